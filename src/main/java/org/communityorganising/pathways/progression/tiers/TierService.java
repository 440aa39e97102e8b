package org.communityorganising.pathways.progression.tiers;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.communityorganising.pathways.base.ConcurrentChangeException;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.PlainText;
import org.communityorganising.pathways.course.CourseOption;
import org.communityorganising.pathways.progression.practice.PracticeKind;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The leadership ladder: every signed-in person may read it. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class TierService {

    private final TierCatalogue catalogue;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TierStandings standings;

    TierService(
            TierStandings standings,
            TierCatalogue catalogue,
            JdbcClient jdbc,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.clock = clock;
        this.standings = standings;
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** Every tier with its requirements, lowest first: the ladder in full, for everyone signed in. */
    public List<TierDefinition> definitions() {
        return catalogue.all();
    }

    /** The active courses a requirement can name. */
    @PreAuthorize(AppRoles.ADMIN_ONLY)
    public List<CourseOption> courseOptions() {
        return jdbc.sql("select id, title_en, title_cy from v_course where active order by title_en")
                .query((rs, row) ->
                        new CourseOption(rs.getLong("id"), rs.getString("title_en"), rs.getString("title_cy")))
                .list();
    }

    /**
     * Changes a tier: its names, who approves it, and its requirements. Decisions already made keep
     * the evidence frozen in their request; pending requests are judged by deciders against the
     * snapshot and today's evidence under the new rules, side by side.
     */
    @PreAuthorize(AppRoles.ADMIN_ONLY)
    @Transactional
    public void edit(long tierId, TierForm form) {
        var before = catalogue.all().stream()
                .filter(tier -> tier.id() == tierId)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("tiers.error.not-found"));
        String nameEn = PlainText.requiredLine(form.nameEn(), TierForm.NAME_MAX, "tiers.error.name");
        String nameCy = PlainText.requiredLine(form.nameCy(), TierForm.NAME_MAX, "tiers.error.name");
        String summaryEn = PlainText.optionalLines(form.summaryEn(), TierForm.SUMMARY_MAX, "tiers.error.summary");
        String summaryCy = PlainText.optionalLines(form.summaryCy(), TierForm.SUMMARY_MAX, "tiers.error.summary");
        var approval = form.approval();
        boolean entry = before.rank() == catalogue.entryRank();
        if (approval == null || (approval == TierApproval.AUTOMATIC) != entry) {
            throw new InvalidInputException("tiers.error.approval");
        }
        if (entry && !form.requirements().isEmpty()) {
            throw new InvalidInputException("tiers.error.entry-requirements");
        }
        if (form.requirements().size() > TierForm.MAX_REQUIREMENTS) {
            throw new InvalidInputException("tiers.error.too-many", TierForm.MAX_REQUIREMENTS);
        }
        form.requirements().forEach(requirement -> requireValid(requirement, before.rank()));
        var keepUp = keepUp(form, entry);
        // A new or stricter rule starts its own grace: nobody lapses sooner than its window after it.
        var kept = before.keepUp();
        boolean ruleChanged = keepUp == null
                ? kept != null
                : kept == null
                        || kept.count() != keepUp.count()
                        || kept.months() != keepUp.months()
                        || kept.warningDays() != keepUp.warningDays();
        boolean stricter = keepUp != null && (kept == null || keepUp.stricterThan(kept));
        int updated = jdbc.sql("""
                        update tier set name_en = :nameEn, name_cy = :nameCy, summary_en = :summaryEn,
                            summary_cy = :summaryCy, approval = :approval, version = version + 1,
                            keep_count = :keepCount, keep_months = :keepMonths, keep_warning_days = :keepWarning,
                            keep_since = case when :keepCount is null then null
                                              when :stricter or keep_since is null then :now else keep_since end
                        where id = :id and version = :version""")
                .param("keepCount", keepUp == null ? null : keepUp.count(), java.sql.Types.INTEGER)
                .param("keepMonths", keepUp == null ? null : keepUp.months(), java.sql.Types.INTEGER)
                .param("keepWarning", keepUp == null ? null : keepUp.warningDays(), java.sql.Types.INTEGER)
                .param("stricter", stricter)
                .param("now", Timestamp.from(clock.instant()))
                .param("nameEn", nameEn)
                .param("nameCy", nameCy)
                .param("summaryEn", summaryEn == null ? "" : summaryEn)
                .param("summaryCy", summaryCy == null ? "" : summaryCy)
                .param("approval", approval.name())
                .param("id", tierId)
                .param("version", form.version())
                .update();
        if (updated == 0) {
            throw new ConcurrentChangeException("tier " + tierId);
        }
        jdbc.sql("delete from tier_requirement where tier_id = :id")
                .param("id", tierId)
                .update();
        int position = 1;
        for (var requirement : form.requirements()) {
            jdbc.sql("""
                            insert into tier_requirement (tier_id, position, kind, course_id, practice_kind, min_count,
                                window_months, hours, named_role, tier_rank, legacy_until)
                            values (:tier, :position, :kind, :course, :practice, :count, :window, :hours, :named, :rank,
                                :legacy)""")
                    .param("tier", tierId)
                    .param("position", position++)
                    .param("kind", requirement.kind().name())
                    .param(
                            "course",
                            requirement.kind() == RequirementKind.COURSE ? requirement.courseId() : null,
                            java.sql.Types.BIGINT)
                    .param(
                            "practice",
                            requirement.practiceKind() == null
                                    ? null
                                    : requirement.practiceKind().name(),
                            java.sql.Types.VARCHAR)
                    .param("count", counted(requirement) ? requirement.count() : null, java.sql.Types.INTEGER)
                    .param("window", counted(requirement) ? requirement.windowMonths() : null, java.sql.Types.INTEGER)
                    .param(
                            "hours",
                            requirement.kind() == RequirementKind.HOURS ? requirement.hours() : null,
                            java.sql.Types.NUMERIC)
                    .param("named", requirement.kind() == RequirementKind.PRACTICE && requirement.namedRole())
                    .param(
                            "rank",
                            requirement.kind() == RequirementKind.TIER_HELD
                                            || requirement.kind() == RequirementKind.MENTEES
                                    ? requirement.tierRank()
                                    : null,
                            java.sql.Types.INTEGER)
                    .param(
                            "legacy",
                            requirement.kind() == RequirementKind.MENTEES ? requirement.legacyUntil() : null,
                            java.sql.Types.DATE)
                    .update();
        }
        var after = catalogue.all().stream()
                .filter(tier -> tier.id() == tierId)
                .findFirst()
                .orElseThrow();
        events.publishEvent(new TierEvents.TierEdited(tierId, describe(before), describe(after)));
        if (ruleChanged) {
            standings.refreshAll();
        }
    }

    /** Requirements with a count and a window: practice entries, or people mentored. */
    private static boolean counted(Requirement requirement) {
        return requirement.kind() == RequirementKind.PRACTICE || requirement.kind() == RequirementKind.MENTEES;
    }

    /** The form's keep-up rule: none, or three numbers in range; the entry tier is never lapsed. */
    private @org.jspecify.annotations.Nullable KeepUp keepUp(TierForm form, boolean entry) {
        var count = form.keepCount();
        var months = form.keepMonths();
        var warning = form.keepWarningDays();
        if (count == null && months == null && warning == null) {
            return null;
        }
        if (entry) {
            throw new InvalidInputException("tiers.error.entry-keep-up");
        }
        if (count == null || months == null || warning == null || !KeepUp.valid(count, months, warning)) {
            throw new InvalidInputException("tiers.error.keep-up");
        }
        return new KeepUp(count, months, warning, java.time.LocalDate.ofInstant(clock.instant(), LondonTime.ZONE));
    }

    private void requireValid(Requirement requirement, int rank) {
        boolean valid = switch (requirement.kind()) {
            case COURSE ->
                requirement.courseId() != null
                        && jdbc.sql("select exists (select 1 from v_course where id = :id and active)")
                                .param("id", requirement.courseId())
                                .query(Boolean.class)
                                .single();
            case PRACTICE ->
                requirement.practiceKind() != null
                        && requirement.count() >= 1
                        && requirement.count() <= TierForm.COUNT_MAX
                        && (requirement.windowMonths() == null
                                || (requirement.windowMonths() >= 1
                                        && requirement.windowMonths() <= TierForm.WINDOW_MAX))
                        && (!requirement.namedRole() || requirement.practiceKind() == PracticeKind.PUBLIC_ACTION);
            case HOURS ->
                requirement.hours() != null
                        && requirement.hours().signum() > 0
                        && requirement.hours().compareTo(java.math.BigDecimal.valueOf(TierForm.HOURS_MAX)) <= 0
                        && requirement.hours().scale() <= 1;
            case TIER_HELD -> requirement.tierRank() >= 0 && requirement.tierRank() < rank;
            case MENTEES ->
                requirement.count() >= 1
                        && requirement.count() <= TierForm.COUNT_MAX
                        && requirement.tierRank() >= 0
                        && requirement.tierRank() < rank
                        && (requirement.windowMonths() == null
                                || (requirement.windowMonths() >= 1
                                        && requirement.windowMonths() <= TierForm.WINDOW_MAX));
        };
        if (!valid) {
            throw new InvalidInputException("tiers.error.requirement");
        }
    }

    /** A short account of a tier for the audit trail: approval and requirements, in English. */
    private static String describe(TierDefinition tier) {
        var keepUp = tier.keepUp();
        return tier.nameEn() + " [" + tier.approval() + "] "
                + (keepUp == null
                        ? "kept always; "
                        : "kept by " + keepUp.count() + " in " + keepUp.months() + " months, renewal "
                                + keepUp.warningDays() + " days before; ")
                + tier.requirements().stream()
                        .map(requirement -> switch (requirement.kind()) {
                            case COURSE -> "course " + requirement.courseTitleEn();
                            case PRACTICE ->
                                requirement.count() + " " + requirement.practiceKind()
                                        + (requirement.windowMonths() == null
                                                ? ""
                                                : " in " + requirement.windowMonths() + " months")
                                        + (requirement.namedRole() ? " (named role)" : "");
                            case HOURS -> requirement.hours() + " hours";
                            case TIER_HELD -> "tier " + requirement.tierRank() + " held";
                            case MENTEES ->
                                "mentors " + requirement.count() + " of tier " + requirement.tierRank()
                                        + (requirement.windowMonths() == null
                                                ? ""
                                                : " in " + requirement.windowMonths() + " months");
                        })
                        .collect(java.util.stream.Collectors.joining("; "));
    }

    /** The signed-in person's tier: the one progression records for them, else the entry tier. */
    public LadderStep myTier() {
        var held = catalogue.heldBy(currentUser.require().personId());
        return LadderStep.of(catalogue.tier(held.tierId()));
    }

    /** The steps the signed-in person took up the ladder, latest first. */
    public List<TierStep> myHistory() {
        return jdbc.sql(TierStep.HISTORY_OF_PERSON)
                .param("me", currentUser.require().personId())
                .query(TierStep.ROW)
                .list();
    }

    /** How many active people of the signed-in lead's chapter (administrators: all) hold each tier. */
    @PreAuthorize(AppRoles.LEAD_OR_ADMIN)
    public List<PipelineCount> pipeline() {
        var user = currentUser.require();
        return jdbc.sql("""
                        select t.name_en, t.name_cy, count(p.id) as people
                        from tier t
                        left join v_person_tier v on v.tier_id = t.id
                        left join v_person p on p.id = v.person_id and p.active and (:admin or p.chapter_id = :chapter)
                        group by t.id, t.rank, t.name_en, t.name_cy
                        order by t.rank""")
                .param("admin", user.isAdmin())
                .param("chapter", user.chapterId(), java.sql.Types.BIGINT)
                .query(PipelineCount.ROW)
                .list();
    }

    /**
     * A decided promotion gives the person its tier: recorded with the request that decided it,
     * and announced. Called by promotions inside the deciding transaction, which checked the
     * decider; the person's tier must still be the one the request started from.
     */
    @PreAuthorize(AppRoles.LEAD_OR_ADMIN)
    @Transactional(propagation = Propagation.MANDATORY)
    public void grant(long personId, long tierId, int fromRank, long requestId) {
        var user = currentUser.require();
        Long chapter = jdbc.sql("select chapter_id from v_person where id = :id")
                .param("id", personId)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (!user.isAdmin() && (chapter == null || !chapter.equals(user.chapterId()) || personId == user.personId())) {
            throw new AccessDeniedException("Only a lead of the person's chapter, never for themselves");
        }
        var held = catalogue.heldBy(personId);
        if (held.rank() != fromRank) {
            throw new InvalidInputException("promotions.error.out-of-date");
        }
        var to = catalogue.tier(tierId);
        var now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        insert into person_tier (person_id, tier_id, since) values (:person, :tier, :at)
                        on conflict (person_id) do update set tier_id = excluded.tier_id, since = excluded.since""")
                .param("person", personId)
                .param("tier", tierId)
                .param("at", now)
                .update();
        jdbc.sql(
                        "insert into tier_history (person_id, tier_id, since, request_id) values (:person, :tier, :at, :request)")
                .param("person", personId)
                .param("tier", tierId)
                .param("at", now)
                .param("request", requestId)
                .update();
        events.publishEvent(new TierEvents.TierChanged(personId, fromRank, to.rank(), requestId));
    }

    /** A tier and how many people hold it. */
    public record PipelineCount(String nameEn, String nameCy, int people) {
        static final org.springframework.jdbc.core.RowMapper<PipelineCount> ROW =
                org.communityorganising.pathways.base.Rows.byName(PipelineCount.class);

        public String name(java.util.Locale locale) {
            return org.communityorganising.pathways.base.Bilingual.pick(locale, nameEn, nameCy);
        }
    }

    /**
     * Notices of standings that need practice, to the signed-in person: about themselves, or about
     * a leader they support. Newest first, the latest 20.
     */
    public List<StandingNotice> myStandingNotices() {
        return jdbc.sql(StandingNotice.UNREAD_OF_PERSON)
                .param("me", currentUser.require().personId())
                .query(StandingNotice.ROW)
                .list();
    }

    /** Dismisses one of the signed-in person's own standing notices (anyone else's is left alone). */
    @Transactional
    public void dismissStandingNotice(long noticeId) {
        jdbc.sql("update standing_notice set read_at = :at where id = :id and person_id = :me and read_at is null")
                .param("at", Timestamp.from(clock.instant()))
                .param("id", noticeId)
                .param("me", currentUser.require().personId())
                .update();
    }

    /**
     * The active leaders of a chapter whose standing is due for renewal or lapsed, as last recorded
     * (by the standing job each night, and at once when practice is confirmed): lapsed first, then
     * by the day they lapse. For the chapter's leads and administrators.
     */
    @PreAuthorize(AppRoles.LEAD_OR_ADMIN)
    public List<StandingLine> needingPractice(long chapterId) {
        org.communityorganising.pathways.security.ChapterScope.requireChapter(currentUser.require(), chapterId);
        // The standing of the tier each person holds now (person_tier), of the chapter's active people.
        return jdbc.sql("""
                        select s.person_id, v.full_name, t.name_en as tier_name_en, t.name_cy as tier_name_cy,
                               s.state, s.kept_until
                        from tier_standing s
                        join person_tier pt on pt.person_id = s.person_id and pt.tier_id = s.tier_id
                        join v_person v on v.id = s.person_id and v.chapter_id = :chapter and v.active
                        join tier t on t.id = s.tier_id
                        where s.state <> 'ACTIVE'
                        order by s.state = 'LAPSED' desc, s.kept_until nulls first, v.full_name""").param("chapter", chapterId).query(StandingLine.ROW).list();
    }

    /** All tiers, lowest first. The ladder has a handful of steps, so it is read whole. */
    public List<LadderStep> ladder() {
        return catalogue.all().stream().map(LadderStep::of).toList();
    }
}
