package org.communityorganising.pathways.progression;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.progression.mentoring.MentoringService;
import org.communityorganising.pathways.progression.practice.PracticeFact;
import org.communityorganising.pathways.progression.practice.PracticeKind;
import org.communityorganising.pathways.progression.practice.PracticeService;
import org.communityorganising.pathways.progression.practice.PracticeStatus;
import org.communityorganising.pathways.progression.promotions.PromotionService;
import org.communityorganising.pathways.progression.tiers.LeaderAssessments;
import org.communityorganising.pathways.progression.tiers.TierApproval;
import org.communityorganising.pathways.progression.tiers.TierService;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.ChapterScope;
import org.communityorganising.pathways.security.CurrentUser;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A leader's own path up the ladder, composed from progression's parts: where they stand and how
 * far they are (tiers, from practice and attendance), their practice counts and any open request.
 * Also what the rest of the application reads of progression (the home page): the person's tier
 * and the notices of decisions about them, in progression's own published types.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PathService {

    private final LeaderAssessments assessments;
    private final TierService tiers;
    private final PromotionService promotions;

    private final PracticeService practice;
    private final MentoringService mentoring;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    PathService(
            LeaderAssessments assessments,
            TierService tiers,
            PromotionService promotions,
            PracticeService practice,
            MentoringService mentoring,
            JdbcClient jdbc,
            CurrentUser currentUser,
            Clock clock) {
        this.assessments = assessments;
        this.tiers = tiers;
        this.promotions = promotions;
        this.practice = practice;
        this.mentoring = mentoring;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public MyPath myPath() {
        var me = assessments.mine();
        return new MyPath(
                me.current(),
                me.record().tierSince(),
                me.next(),
                me.towardsNext(),
                me.courses(),
                counts(me.practice()),
                tiers.myHistory(),
                promotions.myOpenRequest(),
                me.standing(),
                me.towardsNext() == null
                        ? null
                        : Pace.of(
                                me.towardsNext(),
                                me.practice(),
                                LocalDate.ofInstant(clock.instant(), LondonTime.ZONE)));
    }

    /**
     * The chapter's people who meet every requirement of their next tier (one decided by people,
     * not automatic) and have no request waiting: a lead's "ready for review".
     */
    @PreAuthorize(AppRoles.LEAD_OR_ADMIN)
    public List<LeaderReadiness> readyForReview(long chapterId) {
        ChapterScope.requireChapter(currentUser.require(), chapterId);
        var names = jdbc
                .sql("select id, full_name from v_person where chapter_id = :chapter and active")
                .param("chapter", chapterId)
                .query(Named.ROW)
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Named::id, Named::fullName));
        var pending = new java.util.HashSet<>(
                jdbc.sql("""
                        select r.person_id from v_promotion_request r join v_person p on p.id = r.person_id
                        where r.status = 'PENDING' and p.chapter_id = :chapter""").param("chapter", chapterId).query(Long.class).list());
        return readiness(assessments.inChapter(chapterId), names, pending).stream()
                .filter(leader -> leader.ready() && !leader.requested())
                .sorted(java.util.Comparator.comparing(LeaderReadiness::fullName))
                .toList();
    }

    /**
     * For a trainer: the people of the cohorts they teach that are planned, running or ended in the
     * last 90 days, closest to their next tier first.
     */
    @PreAuthorize(AppRoles.TRAINER_OR_ADMIN)
    public List<LeaderReadiness> myCohortsReadiness() {
        var people = jdbc.sql("""
                        select distinct p.id, p.full_name
                        from v_cohort_trainer t
                        join v_cohort c on c.id = t.cohort_id
                        join v_enrolment e on e.cohort_id = c.id and e.status <> 'WITHDRAWN'
                        join v_person p on p.id = e.person_id and p.active
                        where t.person_id = :me and p.id <> :me and (:admin or p.chapter_id = :chapter)
                          and (c.status in ('PLANNED', 'RUNNING') or c.ends_on >= :since)""")
                .param("me", currentUser.require().personId())
                .param("admin", currentUser.require().isAdmin())
                .param("chapter", currentUser.require().chapterId(), java.sql.Types.BIGINT)
                .param(
                        "since",
                        LocalDate.ofInstant(clock.instant(), LondonTime.ZONE).minusDays(90))
                .query(Named.ROW)
                .list();
        if (people.isEmpty()) {
            return List.of();
        }
        var ids = people.stream().map(Named::id).toList();
        var names = people.stream().collect(java.util.stream.Collectors.toMap(Named::id, Named::fullName));
        var pending = new java.util.HashSet<>(jdbc.sql("""
                        select person_id from v_promotion_request
                        where status = 'PENDING' and person_id = any(cast(:people as bigint[]))""")
                .param("people", ChapterScope.idArray(ids))
                .query(Long.class)
                .list());
        return readiness(assessments.ofPeople(ids), names, pending).stream()
                .sorted(java.util.Comparator.comparing(LeaderReadiness::progress)
                        .reversed()
                        .thenComparing(LeaderReadiness::fullName))
                .toList();
    }

    private static List<LeaderReadiness> readiness(
            List<LeaderAssessments.Assessment> assessed, Map<Long, String> names, java.util.Set<Long> pending) {
        List<LeaderReadiness> readiness = new java.util.ArrayList<>();
        for (var leader : assessed) {
            var next = leader.next();
            var towards = leader.towardsNext();
            if (next == null || towards == null || next.approval() == TierApproval.AUTOMATIC) {
                continue;
            }
            readiness.add(new LeaderReadiness(
                    leader.personId(),
                    names.getOrDefault(leader.personId(), ""),
                    next.nameEn(),
                    next.nameCy(),
                    (int) towards.metCount(),
                    towards.results().size(),
                    pending.contains(leader.personId())));
        }
        return readiness;
    }

    private record Named(long id, String fullName) {
        static final RowMapper<Named> ROW = (rs, row) -> new Named(rs.getLong("id"), rs.getString("full_name"));
    }

    /**
     * What waits for the signed-in person, by role: their own entries waiting for confirmation,
     * practice for them to review, promotions for them to decide and the oldest one's age in days.
     */
    public WhatWaits whatWaitsForMe() {
        var user = currentUser.require();
        int review = user.hasRole(AppRoles.TRAINER) || user.hasRole(AppRoles.CHAPTER_LEAD) || user.isAdmin()
                ? practice.countWaiting()
                : 0;
        int decide = 0;
        int oldestDays = 0;
        if (user.hasRole(AppRoles.CHAPTER_LEAD) || user.isAdmin()) {
            var toDecide = promotions.toDecide();
            decide = toDecide.count();
            oldestDays = toDecide.oldest() == null
                    ? 0
                    : (int) java.time.Duration.between(toDecide.oldest(), clock.instant())
                            .toDays();
        }
        return new WhatWaits(practice.countMineWaiting(), review, decide, oldestDays);
    }

    /** What waits for one person; see {@link #whatWaitsForMe()}. */
    public record WhatWaits(
            int myEntriesWaiting, int practiceToReview, int promotionsToDecide, int oldestPromotionDays) {}

    /** The signed-in person's tier, for the rest of the application. */
    public TierName myTier() {
        var tier = tiers.myTier();
        return new TierName(tier.nameEn(), tier.nameCy());
    }

    /** Unread notices of decisions about the signed-in person, newest first. */
    public List<DecisionNotice> myNotices() {
        return promotions.myNotices().stream().map(DecisionNotice::of).toList();
    }

    /** Dismisses one of the signed-in person's own notices (anyone else's is left alone). */
    @Transactional
    public void dismiss(long noticeId) {
        promotions.dismiss(noticeId);
    }

    /**
     * The chapter's mentoring pairs with no confirmed meeting for longer than expected, for the
     * dashboard: who mentors whom and since when nothing was confirmed. Never a meeting's content.
     */
    @PreAuthorize(AppRoles.LEAD_OR_ADMIN)
    public List<OverduePair> overdueMentoring(long chapterId) {
        return mentoring.overdueInChapter(chapterId).stream()
                .map(pair -> new OverduePair(
                        pair.mentorId(),
                        pair.mentorName(),
                        pair.menteeName(),
                        pair.lastConfirmed() == null ? pair.startedOn() : pair.lastConfirmed()))
                .toList();
    }

    /** A mentoring pair behind on its meetings, as the dashboard lists it. */
    public record OverduePair(long mentorId, String mentorName, String menteeName, LocalDate quietSince) {}

    /** Tiers that need practice to be kept: the signed-in person's own, or of leaders they support. */
    public List<StandingReminder> myStandingReminders() {
        return tiers.myStandingNotices().stream().map(StandingReminder::of).toList();
    }

    /** Dismisses one of the signed-in person's own reminders (anyone else's is left alone). */
    @Transactional
    public void dismissStandingReminder(long reminderId) {
        tiers.dismissStandingNotice(reminderId);
    }

    private static List<MyPath.PracticeCount> counts(List<PracticeFact> facts) {
        int[][] counts = new int[PracticeKind.values().length][PracticeStatus.values().length];
        for (var fact : facts) {
            counts[fact.kind().ordinal()][fact.status().ordinal()]++;
        }
        return Arrays.stream(PracticeKind.values())
                .map(kind -> new MyPath.PracticeCount(
                        kind,
                        counts[kind.ordinal()][PracticeStatus.CONFIRMED.ordinal()],
                        counts[kind.ordinal()][PracticeStatus.SUBMITTED.ordinal()],
                        counts[kind.ordinal()][PracticeStatus.QUERIED.ordinal()]))
                .toList();
    }
}
