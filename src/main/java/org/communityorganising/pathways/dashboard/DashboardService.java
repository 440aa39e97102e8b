package org.communityorganising.pathways.dashboard;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.communityorganising.pathways.attendance.ChapterAttendance;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.Rows;
import org.communityorganising.pathways.base.SpreadsheetCell;
import org.communityorganising.pathways.progression.PathService;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.ChapterScope;
import org.communityorganising.pathways.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chapter dashboard and the national view: counts over the views the owning modules publish,
 * a fixed number of statements whatever the size of the chapter. A lead sees their own chapter,
 * an administrator any chapter and the national view.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(AppRoles.LEAD_OR_ADMIN)
@EnableConfigurationProperties(DashboardSettings.class)
public class DashboardService {

    /** Active people of the chapter with the rank of the tier they hold. */
    private static final String PEOPLE = """
            select p.id, p.full_name, p.institution_id, t.rank
            from v_person_tier t join v_person p on p.id = t.person_id
            where t.chapter_id = :chapter and t.active""";

    /**
     * Narrows {@link #PEOPLE} (and other queries over {@code p}) to one institution, or not at all.
     * Written into the statement only when asked for: once PostgreSQL settles on a generic plan for
     * "{@code :only is null or ...}", it reads the whole chapter even for one institution.
     */
    private static String onlyInstitution(@Nullable Long only) {
        return only == null ? "" : " and p.institution_id = :only\n";
    }

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ChapterAttendance attendance;
    private final PathService paths;
    private final DashboardSettings settings;
    private final Clock clock;
    // Two computations at most at once, whatever the number of readers: each holds a connection.
    private final ExecutorService background = Executors.newFixedThreadPool(
            2, Thread.ofPlatform().name("dashboard-", 1).daemon().factory());
    private final Snapshots<Long, ChapterDashboard> chapters;
    private final Snapshots<Boolean, NationalSummary> nationals;

    DashboardService(
            JdbcClient jdbc,
            CurrentUser currentUser,
            ChapterAttendance attendance,
            PathService paths,
            DashboardSettings settings,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.attendance = attendance;
        this.paths = paths;
        this.settings = settings;
        this.clock = clock;
        var readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        // Its two dozen statements read one state of the data, not a mix of before and after.
        readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        // A background computation runs as the reader who asked for it: the services it calls
        // check their access as they would for that reader.
        // (The runnable takes the context where it is made, on the reader's thread.)
        Executor asReader = task -> background.execute(new DelegatingSecurityContextRunnable(task));
        this.chapters = new Snapshots<>(
                chapterId -> readOnly.execute(status -> compute(chapterId)),
                ChapterDashboard::asOf,
                clock,
                settings.freshFor(),
                settings.keptFor(),
                asReader);
        this.nationals = new Snapshots<>(
                all -> readOnly.execute(status -> computeNational()),
                NationalSummary::asOf,
                clock,
                settings.freshFor(),
                settings.keptFor(),
                asReader);
    }

    @PreDestroy
    void stopBackground() {
        background.shutdownNow();
    }

    /** The chapter a lead sees first: their own; an administrator's is picked on the page. */
    public @Nullable Long myChapter() {
        return currentUser.require().chapterId();
    }

    /**
     * The chapter's dashboard as last computed, if recent enough to show ({@code keptFor});
     * when {@link #isStale} says so, the page asks for {@link #refreshChapter} and updates itself.
     */
    public ChapterDashboard chapter(long chapterId) {
        requireChapter(chapterId);
        return chapters.get(chapterId);
    }

    /** The chapter's dashboard computed now (the page's Refresh), served from now on. */
    public ChapterDashboard recomputeChapter(long chapterId) {
        requireChapter(chapterId);
        return chapters.recompute(chapterId);
    }

    /** The chapter's dashboard computed in the background, as the caller; one at a time per chapter. */
    public CompletableFuture<ChapterDashboard> refreshChapter(long chapterId) {
        // (Also the page's Refresh: a reader who clicks twice waits for one computation.)
        requireChapter(chapterId);
        return chapters.refresh(chapterId);
    }

    public boolean isStale(ChapterDashboard dashboard) {
        return chapters.isStale(dashboard);
    }

    @PreAuthorize(AppRoles.ADMIN_ONLY)
    public boolean isStale(NationalSummary summary) {
        return nationals.isStale(summary);
    }

    private ChapterDashboard compute(long chapterId) {
        // Taken first: the figures are at least as new as this, whatever they took to read.
        var asOf = clock.instant();
        String name = chapterName(chapterId);
        customPlans();
        var tiers = tierCounts(chapterId, null);
        var scan = attendanceScan(chapterId, null);
        var institutions = institutions(chapterId, null, scan);
        var attention = new ChapterDashboard.Attention(
                lapsing(chapterId).size(),
                attendance.slipping(chapterId).size(),
                paths.readyForReview(chapterId).size(),
                practiceWaiting(chapterId).size(),
                paths.overdueMentoring(chapterId).size());
        return new ChapterDashboard(
                chapterId,
                name,
                tiers,
                movedUp(chapterId).size(),
                waiting(chapterId),
                attention,
                institutions,
                comingCohorts(chapterId),
                finishedCohorts(chapterId),
                months(chapterId, scan),
                settings,
                asOf);
    }

    /** The people behind one count; {@code rank} only for {@link DashboardList#TIER}. */
    public List<PersonLine> list(long chapterId, DashboardList list, int rank) {
        requireChapter(chapterId);
        return switch (list) {
            case LAPSING -> lapsing(chapterId);
            case SLIPPING ->
                attendance.slipping(chapterId).stream()
                        .map(leader -> new PersonLine(
                                leader.personId(),
                                leader.fullName(),
                                null,
                                "dashboard.why.slipping",
                                leader.cohortName(),
                                null,
                                null))
                        .toList();
            case READY ->
                paths.readyForReview(chapterId).stream()
                        .map(leader -> new PersonLine(
                                leader.personId(),
                                leader.fullName(),
                                null,
                                "dashboard.why.ready",
                                leader.nextTierEn(),
                                leader.nextTierCy(),
                                null))
                        .toList();
            case PRACTICE_WAITING -> practiceWaiting(chapterId);
            case MOVED_UP -> movedUp(chapterId);
            case MENTORING_OVERDUE ->
                paths.overdueMentoring(chapterId).stream()
                        .map(pair -> new PersonLine(
                                pair.mentorId(),
                                pair.mentorName(),
                                null,
                                "dashboard.why.mentoring-overdue",
                                pair.menteeName(),
                                null,
                                pair.quietSince()))
                        .toList();
            case TIER -> ofTier(chapterId, rank);
        };
    }

    /** One institution of a chapter the caller may see: its people by tier and its activity as counts. */
    public InstitutionPage institution(long institutionId) {
        // Unknown, inactive and another chapter's institution read alike: an id says nothing.
        var user = currentUser.require();
        Long chapterId = jdbc.sql("select chapter_id from v_institution where id = :id and active")
                .param("id", institutionId)
                .query(Long.class)
                .optional()
                .filter(chapter -> user.isAdmin() || chapter.equals(user.chapterId()))
                .orElseThrow(() -> new InvalidInputException("dashboard.error.no-institution"));
        requireChapter(chapterId);
        var health = institutions(chapterId, institutionId, attendanceScan(chapterId, institutionId))
                .getFirst();
        var members = jdbc.sql(PEOPLE + " and p.institution_id = :institution order by t.rank desc, p.full_name")
                .param("chapter", chapterId)
                .param("institution", institutionId)
                .query((rs, row) ->
                        new InstitutionPage.Member(rs.getLong("id"), rs.getString("full_name"), rs.getInt("rank")))
                .list();
        var kinds = jdbc.sql("""
                        select f.kind, count(*) as count
                        from v_practice_fact f join v_person p on p.id = f.person_id
                        where p.institution_id = :institution and p.active and f.status = 'CONFIRMED'
                          and f.occurred_on > :since
                        group by f.kind order by f.kind""")
                .param("institution", institutionId)
                .param("since", today().minusYears(1))
                .query(Rows.byName(InstitutionPage.KindCount.class))
                .list();
        int attended = jdbc.sql("""
                        select count(*) from v_attendance_mark m
                        join v_person p on p.id = m.person_id
                        join v_training_session s on s.id = m.session_id
                        where p.institution_id = :institution and p.active and m.status in ('PRESENT', 'LATE')
                          and s.starts_at > :since""")
                .param("institution", institutionId)
                .param("since", Timestamp.from(clock.instant().minus(Duration.ofDays(365))))
                .query(Integer.class)
                .single();
        return new InstitutionPage(health, chapterId, tierCounts(chapterId, institutionId), members, kinds, attended);
    }

    /**
     * The institution health table as CSV (UTF-8 with BOM), every text cell neutralised for
     * spreadsheets; the status in English words, as the thresholds on the page define them.
     */
    public byte[] institutionsCsv(long chapterId) {
        // The table the reader is looking at: the dashboard's snapshot.
        var dashboard = chapter(chapterId);
        var institutions = dashboard.institutions();
        List<String> header = new ArrayList<>(List.of("Institution", "Kind", "Status", "People"));
        dashboard.tiers().forEach(tier -> header.add(tier.nameEn()));
        header.addAll(List.of(
                "Core team",
                "One-to-ones confirmed (" + settings.activityDays() + " days)",
                "Attendance %",
                "Last activity"));
        var out = new java.io.StringWriter();
        try (var csv = new org.apache.commons.csv.CSVPrinter(
                out,
                org.apache.commons.csv.CSVFormat.DEFAULT
                        .builder()
                        .setHeader(SpreadsheetCell.row(header).toArray(String[]::new))
                        .get())) {
            for (var row : institutions) {
                List<Object> line =
                        new ArrayList<>(List.of(row.name(), row.kind(), STATUS_WORDS.get(row.status()), row.people()));
                line.addAll(row.byTier());
                line.add(row.coreTeam());
                line.add(row.oneToOnes());
                line.add(row.attendancePercent() == null ? "" : row.attendancePercent());
                line.add(row.lastActivity() == null ? "" : row.lastActivity().toString());
                csv.printRecord(SpreadsheetCell.row(line));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return ("\uFEFF" + out).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static final Map<InstitutionStatus, String> STATUS_WORDS = Map.of(
            InstitutionStatus.STRONG, "Strong",
            InstitutionStatus.GROWING, "Growing",
            InstitutionStatus.QUIET, "Quiet",
            InstitutionStatus.NO_LEADERS, "No leaders yet");

    /** Every active chapter side by side, as last computed (see {@link #chapter}): administrators only. */
    @PreAuthorize(AppRoles.ADMIN_ONLY)
    public NationalSummary national() {
        return nationals.get(true);
    }

    @PreAuthorize(AppRoles.ADMIN_ONLY)
    public NationalSummary recomputeNational() {
        return nationals.recompute(true);
    }

    @PreAuthorize(AppRoles.ADMIN_ONLY)
    public CompletableFuture<NationalSummary> refreshNational() {
        return nationals.refresh(true);
    }

    private NationalSummary computeNational() {
        var asOf = clock.instant();
        var today = today();
        customPlans();
        var rows = jdbc.sql("""
                        with people as (
                            select t.person_id as id, t.chapter_id, t.rank from v_person_tier t where t.active),
                        counts as (
                            select chapter_id, count(*) as people, count(*) filter (where rank >= 1) as leaders,
                                   count(*) filter (where rank >= :core) as core_team
                            from people group by chapter_id),
                        requests as (
                            select p.chapter_id, count(*) as waiting, min(r.requested_at) as oldest
                            from v_promotion_request r join v_person p on p.id = r.person_id
                            where r.status = 'PENDING' group by p.chapter_id),
                        practice as (
                            select p.chapter_id,
                                   count(*) filter (where f.status = 'SUBMITTED' and f.created_at < :waited) as waiting,
                                   count(*) filter (where f.status = 'CONFIRMED' and f.kind = 'ONE_TO_ONE'
                                                    and f.occurred_on > :activity and f.occurred_on <= :today) as one_to_ones
                            from v_practice_fact f join people p on p.id = f.person_id group by p.chapter_id),
                        moved as (
                            select p.chapter_id, count(*) as moved
                            from v_tier_history h join people p on p.id = h.person_id
                            where h.since > :movedSince and h.request_id is not null group by p.chapter_id),
                        marks as (
                            select p.chapter_id,
                                   count(*) filter (where m.status in ('PRESENT', 'LATE')) as attended,
                                   count(*) filter (where m.status is distinct from 'APOLOGIES') as counted
                            from people p
                            join v_enrolment e on e.person_id = p.id and e.status <> 'WITHDRAWN'
                            join v_training_session s on s.cohort_id = e.cohort_id and not s.cancelled
                                 and s.starts_at <= :now and s.starts_at >= :from
                            left join v_attendance_mark m on m.session_id = s.id and m.person_id = p.id
                            group by p.chapter_id)
                        select c.id as chapter_id, c.name,
                               coalesce(n.people, 0) as people, coalesce(n.leaders, 0) as leaders,
                               coalesce(n.core_team, 0) as core_team,
                               coalesce(mv.moved, 0) as moved_up,
                               coalesce(r.waiting, 0) as requests_waiting,
                               coalesce(extract(day from (:now - r.oldest))::int, 0) as oldest_waiting_days,
                               coalesce(pr.waiting, 0) as practice_waiting,
                               coalesce(pr.one_to_ones, 0) as one_to_ones,
                               case when mk.counted > 0 then (mk.attended * 100 / mk.counted)::int end as attendance_percent
                        from v_chapter c
                        left join counts n on n.chapter_id = c.id
                        left join requests r on r.chapter_id = c.id
                        left join practice pr on pr.chapter_id = c.id
                        left join moved mv on mv.chapter_id = c.id
                        left join marks mk on mk.chapter_id = c.id
                        where c.active
                        order by c.name""")
                .param("waited", Timestamp.from(clock.instant().minus(Duration.ofDays(settings.practiceWaitingDays()))))
                .param("activity", today.minusDays(settings.activityDays()))
                .param("today", today)
                .param("movedSince", Timestamp.from(clock.instant().minus(Duration.ofDays(90))))
                .param("now", Timestamp.from(clock.instant()))
                .param(
                        "from",
                        Timestamp.from(YearMonth.from(today)
                                .minusMonths(11)
                                .atDay(1)
                                .atStartOfDay(LondonTime.ZONE)
                                .toInstant()))
                .param("core", settings.coreTeamRank())
                .query(Rows.byName(NationalRow.class))
                .list();
        return new NationalSummary(rows, asOf);
    }

    /**
     * The chapters an administrator should look at: a request or practice waiting over the
     * threshold. From the national snapshot; a stale one is refreshed for the next look.
     */
    @PreAuthorize(AppRoles.ADMIN_ONLY)
    public List<NationalRow> chaptersNeedingAttention() {
        var summary = national();
        if (nationals.isStale(summary)) {
            nationals.refresh(true);
        }
        return summary.chapters().stream()
                .filter(row -> row.needsAttention(settings.practiceWaitingDays()))
                .toList();
    }

    public DashboardSettings settings() {
        return settings;
    }

    /**
     * Plans for these counts are made with their real dates and chapter, every time: after five
     * runs of a prepared statement PostgreSQL may switch to one generic plan, which misjudges the
     * date ranges and was three times slower at national scale. For this transaction only.
     */
    private void customPlans() {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    }

    /** The caller's scope, then the chapter's existence: an unknown id is refused like another's. */
    private void requireChapter(long chapterId) {
        ChapterScope.requireChapter(currentUser.require(), chapterId);
        chapterName(chapterId);
    }

    private String chapterName(long chapterId) {
        return jdbc.sql("select name from v_chapter where id = :id")
                .param("id", chapterId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new AccessDeniedException("No such chapter"));
    }

    /** Every tier with its people in the chapter, or in one of its institutions. */
    private List<ChapterDashboard.TierCount> tierCounts(long chapterId, @Nullable Long only) {
        return jdbc.sql("""
                        select t.rank, t.name_en, t.name_cy, count(p.id) as people
                        from v_tier t
                        left join (""" + PEOPLE + onlyInstitution(only) + """
                        ) p on p.rank = t.rank
                        group by t.rank, t.name_en, t.name_cy order by t.rank""")
                .param("chapter", chapterId)
                .param("only", only, java.sql.Types.BIGINT)
                .query(Rows.byName(ChapterDashboard.TierCount.class))
                .list();
    }

    private List<PersonLine> ofTier(long chapterId, int rank) {
        return jdbc.sql("""
                        select p.id as person_id, p.full_name, i.name as institution, 'dashboard.why.tier' as detail_key,
                               '' as detail, cast(null as varchar) as detail_cy, cast(null as date) as day
                        from (""" + PEOPLE + """
                        ) p left join v_institution i on i.id = p.institution_id
                        where p.rank = :rank order by p.full_name""")
                .param("chapter", chapterId)
                .param("rank", rank)
                .query(LINE)
                .list();
    }

    /**
     * Leaders whose tier is due for renewal or has lapsed by its keep-up rule, as progression last
     * recorded it (v_tier_standing): lapsed first, then by the last day the tier is kept.
     */
    private List<PersonLine> lapsing(long chapterId) {
        return jdbc.sql("""
                        select p.id as person_id, p.full_name, i.name as institution,
                               case s.state when 'LAPSED' then 'dashboard.why.lapsed' else 'dashboard.why.renewal-due' end
                                   as detail_key,
                               t.name_en as detail, t.name_cy as detail_cy,
                               case s.state when 'LAPSED' then s.kept_until + 1 else s.kept_until end as day
                        from (""" + PEOPLE + """
                        ) p
                        join v_tier_standing s on s.person_id = p.id and s.state <> 'ACTIVE'
                        join v_tier t on t.rank = p.rank and t.id = s.tier_id
                        left join v_institution i on i.id = p.institution_id
                        order by s.state = 'LAPSED' desc, s.kept_until nulls first, p.full_name""")
                .param("chapter", chapterId)
                .query(LINE)
                .list();
    }

    /** Practice waiting longer than the threshold for a trainer: the entries' kinds, never their content. */
    private List<PersonLine> practiceWaiting(long chapterId) {
        return jdbc.sql("""
                        select p.id as person_id, p.full_name, i.name as institution,
                               'dashboard.why.practice-waiting' as detail_key, f.kind as detail, cast(null as varchar) as detail_cy,
                               cast(f.created_at at time zone 'Europe/London' as date) as day
                        from v_practice_fact f
                        join v_person p on p.id = f.person_id and p.active and p.chapter_id = :chapter
                        left join v_institution i on i.id = p.institution_id
                        where f.status = 'SUBMITTED' and f.created_at < :waited
                        order by f.created_at, f.id""")
                .param("chapter", chapterId)
                .param("waited", Timestamp.from(clock.instant().minus(Duration.ofDays(settings.practiceWaitingDays()))))
                .query(LINE)
                .list();
    }

    /** Who moved up in the last 90 days (tiers recognised on import are not moves), newest first. */
    private List<PersonLine> movedUp(long chapterId) {
        return jdbc.sql("""
                        select p.id as person_id, p.full_name, i.name as institution, 'dashboard.why.moved-up' as detail_key,
                               t.name_en as detail, t.name_cy as detail_cy, cast(h.since at time zone 'Europe/London' as date) as day
                        from v_tier_history h
                        join v_person p on p.id = h.person_id and p.active and p.chapter_id = :chapter
                        join v_tier t on t.id = h.tier_id
                        left join v_institution i on i.id = p.institution_id
                        where h.since > :since and h.request_id is not null
                        order by h.since desc, p.full_name""")
                .param("chapter", chapterId)
                .param("since", Timestamp.from(clock.instant().minus(Duration.ofDays(90))))
                .query(LINE)
                .list();
    }

    private ChapterDashboard.Waiting waiting(long chapterId) {
        return jdbc.sql("""
                        select count(*) filter (where r.requested_at > :week) as under_a_week,
                               count(*) filter (where r.requested_at <= :week and r.requested_at > :month) as one_to_four_weeks,
                               count(*) filter (where r.requested_at <= :month) as over_four_weeks,
                               coalesce(extract(day from (:now - min(r.requested_at)))::int, 0) as oldest_days,
                               count(*) filter (where r.approvals_needed > 1 and r.approvals_given >= 1) as second_approver
                        from v_promotion_request r join v_person p on p.id = r.person_id
                        where r.status = 'PENDING' and p.chapter_id = :chapter""")
                .param("chapter", chapterId)
                .param("now", Timestamp.from(clock.instant()))
                .param("week", Timestamp.from(clock.instant().minus(Duration.ofDays(7))))
                .param("month", Timestamp.from(clock.instant().minus(Duration.ofDays(28))))
                .query(Rows.byName(ChapterDashboard.Waiting.class))
                .single();
    }

    /**
     * Every institution of the chapter (or only one, reading only its people) with its health, in
     * four statements: people by tier, one-to-ones, attendance and last activity.
     */
    private List<ChapterDashboard.InstitutionHealth> institutions(
            long chapterId, @Nullable Long only, AttendanceScan attendance) {
        var today = today();
        List<Integer> ranks = jdbc.sql("select rank from v_tier order by rank")
                .query((rs, row) -> rs.getInt("rank"))
                .list();
        Map<Long, int[]> byTier = new HashMap<>();
        jdbc.sql("select p.institution_id, p.rank, count(*) as people from (" + PEOPLE + onlyInstitution(only)
                        + ") p where p.institution_id is not null group by p.institution_id, p.rank")
                .param("chapter", chapterId)
                .param("only", only, java.sql.Types.BIGINT)
                .query((rs, row) -> {
                    int index = ranks.indexOf(rs.getInt("rank"));
                    byTier.computeIfAbsent(rs.getLong("institution_id"), id -> new int[ranks.size()])[index] =
                            rs.getInt("people");
                    return null;
                })
                .list();
        Map<Long, Activity> activity = new HashMap<>();
        jdbc.sql("""
                        select p.institution_id,
                               count(*) filter (where f.kind = 'ONE_TO_ONE' and f.occurred_on > :since
                                                and f.occurred_on <= :today) as one_to_ones,
                               max(f.occurred_on) filter (where f.occurred_on <= :today) as last_practice
                        from v_practice_fact f join v_person p on p.id = f.person_id
                        where p.chapter_id = :chapter and p.active and f.status = 'CONFIRMED'
                        """ + onlyInstitution(only) + """
                        group by p.institution_id""")
                .param("chapter", chapterId)
                .param("only", only, java.sql.Types.BIGINT)
                .param("since", today.minusDays(settings.activityDays()))
                .param("today", today)
                .query((rs, row) -> activity.put(
                        rs.getLong("institution_id"),
                        new Activity(
                                rs.getInt("one_to_ones"), rs.getObject("last_practice", LocalDate.class), 0, 0, null)))
                .list();
        attendance.byInstitution().forEach((institution, done) -> activity.merge(institution, done, Activity::plus));
        int coreIndex = firstIndexAtLeast(ranks, settings.coreTeamRank());
        LocalDate quietSince = today.minusDays(settings.activityDays());
        List<ChapterDashboard.InstitutionHealth> health = new ArrayList<>();
        for (var institution : jdbc.sql("""
                        select id, name, kind from v_institution
                        where chapter_id = :chapter and active
                        """ + (only == null ? "" : " and id = :only\n") + """
                        order by name""")
                .param("chapter", chapterId)
                .param("only", only, java.sql.Types.BIGINT)
                .query(Rows.byName(InstitutionRow.class))
                .list()) {
            int[] counts = byTier.getOrDefault(institution.id(), new int[ranks.size()]);
            var done = activity.getOrDefault(institution.id(), Activity.NONE);
            int people = sum(counts, 0);
            int leaders = sum(counts, 1);
            int core = sum(counts, coreIndex);
            var last = done.last();
            boolean active = last != null && last.isAfter(quietSince);
            health.add(new ChapterDashboard.InstitutionHealth(
                    institution.id(),
                    institution.name(),
                    institution.kind(),
                    people,
                    java.util.Arrays.stream(counts).boxed().toList(),
                    leaders,
                    core,
                    done.oneToOnes(),
                    done.counted() == 0 ? null : done.attended() * 100 / done.counted(),
                    last,
                    InstitutionStatus.of(leaders, core, done.oneToOnes(), active, settings)));
        }
        return health;
    }

    private List<ChapterDashboard.CohortPlaces> comingCohorts(long chapterId) {
        return jdbc.sql("""
                        select c.id, c.name, c.starts_on, coalesce(c.capacity, 0) as capacity,
                               (select count(*) from v_enrolment e where e.cohort_id = c.id and e.status <> 'WITHDRAWN') as enrolled
                        from v_cohort c
                        where c.chapter_id = :chapter and c.status in ('PLANNED', 'RUNNING') and c.starts_on > :today
                        order by c.starts_on, c.id""")
                .param("chapter", chapterId)
                .param("today", today())
                .query(Rows.byName(ChapterDashboard.CohortPlaces.class))
                .list();
    }

    private List<ChapterDashboard.CohortOutcome> finishedCohorts(long chapterId) {
        return jdbc.sql("""
                        select c.id, c.name, c.ends_on,
                               (select count(*) from v_enrolment e where e.cohort_id = c.id and e.status <> 'WITHDRAWN') as enrolled,
                               (select count(*) from v_enrolment e where e.cohort_id = c.id and e.status = 'COMPLETED') as completed,
                               (select case when count(*) filter (where m.status is distinct from 'APOLOGIES') > 0
                                       then (count(*) filter (where m.status in ('PRESENT', 'LATE')) * 100
                                             / count(*) filter (where m.status is distinct from 'APOLOGIES'))::int end
                                from v_training_session s
                                join v_enrolment e on e.cohort_id = s.cohort_id and e.status <> 'WITHDRAWN'
                                left join v_attendance_mark m on m.session_id = s.id and m.person_id = e.person_id
                                where s.cohort_id = c.id and not s.cancelled) as attendance_percent
                        from v_cohort c
                        where c.chapter_id = :chapter and c.status = 'COMPLETED' and c.ends_on > :yearAgo
                        order by c.ends_on desc, c.id""")
                .param("chapter", chapterId)
                .param("yearAgo", today().minusYears(1))
                .query(Rows.byName(ChapterDashboard.CohortOutcome.class))
                .list();
    }

    /** The last 12 months, this one included: one-to-ones confirmed and attendance, month by month. */
    private List<ChapterDashboard.Month> months(long chapterId, AttendanceScan attendance) {
        var thisMonth = YearMonth.from(today());
        var first = thisMonth.minusMonths(11).atDay(1);
        Map<YearMonth, Integer> oneToOnes = new HashMap<>();
        jdbc.sql("""
                        select date_trunc('month', f.occurred_on)::date as month, count(*) as count
                        from v_practice_fact f join v_person p on p.id = f.person_id
                        where p.chapter_id = :chapter and f.status = 'CONFIRMED' and f.kind = 'ONE_TO_ONE'
                          and f.occurred_on >= :first and f.occurred_on <= :today
                        group by 1""")
                .param("chapter", chapterId)
                .param("first", first)
                .param("today", today())
                .query((rs, row) ->
                        oneToOnes.put(YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getInt("count")))
                .list();
        List<ChapterDashboard.Month> months = new ArrayList<>();
        for (var month = thisMonth.minusMonths(11); !month.isAfter(thisMonth); month = month.plusMonths(1)) {
            int[] marks = attendance.byMonth().get(month);
            months.add(new ChapterDashboard.Month(
                    month,
                    oneToOnes.getOrDefault(month, 0),
                    marks == null || marks[1] == 0 ? null : marks[0] * 100 / marks[1]));
        }
        return months;
    }

    /**
     * The attendance of the chapter's active people at every session held in the last 12 months
     * (from the first day of the month 11 months back), read once for the institution table and
     * the monthly trend: attended and counted marks by institution and by month.
     */
    private AttendanceScan attendanceScan(long chapterId, @Nullable Long only) {
        var first = YearMonth.from(today()).minusMonths(11).atDay(1);
        Map<Long, Activity> byInstitution = new HashMap<>();
        Map<YearMonth, int[]> byMonth = new HashMap<>();
        jdbc.sql("""
                        select p.institution_id, date_trunc('month', s.starts_at at time zone 'Europe/London')::date as month,
                               count(*) filter (where m.status in ('PRESENT', 'LATE')) as attended,
                               count(*) filter (where m.status is distinct from 'APOLOGIES') as counted,
                               max(s.starts_at) filter (where m.status in ('PRESENT', 'LATE')) as last_session
                        from v_person p
                        join v_enrolment e on e.person_id = p.id and e.status <> 'WITHDRAWN'
                        join v_training_session s on s.cohort_id = e.cohort_id and not s.cancelled
                             and s.starts_at <= :now and s.starts_at >= :from
                        left join v_attendance_mark m on m.session_id = s.id and m.person_id = p.id
                        where p.chapter_id = :chapter and p.active
                        """ + onlyInstitution(only) + """
                        group by 1, 2""")
                .param("chapter", chapterId)
                .param("only", only, java.sql.Types.BIGINT)
                .param("now", Timestamp.from(clock.instant()))
                .param(
                        "from",
                        Timestamp.from(first.atStartOfDay(LondonTime.ZONE).toInstant()))
                .query((rs, row) -> {
                    int attended = rs.getInt("attended");
                    int counted = rs.getInt("counted");
                    var month = byMonth.computeIfAbsent(
                            YearMonth.from(rs.getObject("month", LocalDate.class)), m -> new int[2]);
                    month[0] += attended;
                    month[1] += counted;
                    long institution = rs.getLong("institution_id");
                    if (!rs.wasNull()) {
                        var last = rs.getTimestamp("last_session");
                        byInstitution.merge(
                                institution,
                                new Activity(
                                        0,
                                        null,
                                        attended,
                                        counted,
                                        last == null
                                                ? null
                                                : LondonTime.of(last.toInstant())
                                                        .toLocalDate()),
                                Activity::plus);
                    }
                    return null;
                })
                .list();
        return new AttendanceScan(byInstitution, byMonth);
    }

    private record AttendanceScan(Map<Long, Activity> byInstitution, Map<YearMonth, int[]> byMonth) {}

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LondonTime.ZONE);
    }

    private static int sum(int[] counts, int fromIndex) {
        int sum = 0;
        for (int i = Math.max(0, fromIndex); i < counts.length; i++) {
            sum += counts[i];
        }
        return sum;
    }

    private static int firstIndexAtLeast(List<Integer> ranks, int rank) {
        for (int i = 0; i < ranks.size(); i++) {
            if (ranks.get(i) >= rank) {
                return i;
            }
        }
        return ranks.size();
    }

    private static final RowMapper<PersonLine> LINE = Rows.byName(PersonLine.class);

    private record InstitutionRow(long id, String name, String kind) {}

    /** What an institution's people did: one-to-ones in the window, attendance over 12 months. */
    private record Activity(
            int oneToOnes,
            @Nullable LocalDate lastPractice,
            int attended,
            int counted,
            @Nullable LocalDate lastSession) {

        static final Activity NONE = new Activity(0, null, 0, 0, null);

        Activity plus(Activity other) {
            return new Activity(
                    oneToOnes + other.oneToOnes,
                    later(lastPractice, other.lastPractice),
                    attended + other.attended,
                    counted + other.counted,
                    later(lastSession, other.lastSession));
        }

        @Nullable
        LocalDate last() {
            return later(lastPractice, lastSession);
        }

        private static @Nullable LocalDate later(@Nullable LocalDate a, @Nullable LocalDate b) {
            if (a == null) {
                return b;
            }
            return b == null || a.isAfter(b) ? a : b;
        }
    }
}
