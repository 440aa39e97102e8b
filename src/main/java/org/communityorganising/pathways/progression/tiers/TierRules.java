package org.communityorganising.pathways.progression.tiers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.progression.practice.PracticeFact;
import org.communityorganising.pathways.progression.practice.PracticeKind;
import org.communityorganising.pathways.progression.practice.PracticeStatus;
import org.jspecify.annotations.Nullable;

/**
 * The tier rules: given a person's record, a tier's requirements and a clock, how far the person
 * is with each requirement and what to do next. Pure: no database, no signed-in user, no side
 * effects, so every rule is tested alone and the same answer is frozen into a promotion request.
 *
 * <ul>
 *   <li>A course counts when an enrolment in one of its cohorts is completed with attendance at or
 *       above the course minimum (present and late attend; apologies leave the denominator;
 *       cancelled sessions were never held). Withdrawn enrolments never count; of a course taken
 *       twice, the better run counts.
 *   <li>Practice counts confirmed entries only, dated within the window: on or after the day the
 *       same number of months before today (London), and not after today.
 *   <li>Learning hours add up the courses passed since the current tier was reached (all passed
 *       courses at the entry tier), counting each course once.
 *   <li>A tier held is met by holding that rank or a higher one.
 *   <li>A tier with a keep-up rule is kept until the last day its latest {@code count} confirmed
 *       entries stay within the window: the {@code count}-th latest entry's day plus the window's
 *       months. Nobody lapses sooner than the window after they reached the tier or after the
 *       rule last changed. Renewal is due in the warning days before that; lapsed after it.
 * </ul>
 */
public final class TierRules {

    private TierRules() {}

    public static TierAssessment assess(
            LeaderRecord record, int tierRank, List<Requirement> requirements, Clock clock) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), LondonTime.ZONE);
        return new TierAssessment(
                tierRank,
                requirements.stream().map(r -> assess(record, r, today)).toList());
    }

    /**
     * A leader's standing in the tier they hold.
     *
     * @param rule the tier's keep-up rule; null for a tier kept whatever happens
     * @param tierSince the day the tier was reached; null when not known (kept at the entry tier)
     * @param confirmed the days of the leader's confirmed practice entries; those after today are left out
     */
    public static Standing standing(
            @Nullable KeepUp rule, @Nullable LocalDate tierSince, List<LocalDate> confirmed, LocalDate today) {
        if (rule == null) {
            return Standing.KEPT;
        }
        List<LocalDate> days = confirmed.stream()
                .filter(day -> !day.isAfter(today))
                .sorted(Comparator.reverseOrder())
                .toList();
        LocalDate grace = rule.since();
        if (tierSince != null && tierSince.isAfter(grace)) {
            grace = tierSince;
        }
        LocalDate keptUntil = keptUntil(rule, days, lastDayCounted(grace, rule.months()));
        var state = state(rule, keptUntil, today);
        if (state == StandingState.ACTIVE) {
            return new Standing(state, keptUntil, 0);
        }
        // How many entries logged today would make it active again.
        int needed = rule.count();
        for (int more = 1; more < rule.count(); more++) {
            List<LocalDate> with = new java.util.ArrayList<>(java.util.Collections.nCopies(more, today));
            with.addAll(days);
            if (state(rule, keptUntil(rule, with, lastDayCounted(grace, rule.months())), today)
                    == StandingState.ACTIVE) {
                needed = more;
                break;
            }
        }
        return new Standing(state, keptUntil, needed);
    }

    /** The days of the confirmed entries among a leader's practice, for {@link #standing}. */
    public static List<LocalDate> confirmedDays(List<PracticeFact> practice) {
        return practice.stream()
                .filter(fact -> fact.status() == PracticeStatus.CONFIRMED)
                .map(PracticeFact::occurredOn)
                .toList();
    }

    private static LocalDate keptUntil(KeepUp rule, List<LocalDate> latestFirst, LocalDate graceEnds) {
        if (latestFirst.size() < rule.count()) {
            return graceEnds;
        }
        LocalDate byPractice = lastDayCounted(latestFirst.get(rule.count() - 1), rule.months());
        return byPractice.isAfter(graceEnds) ? byPractice : graceEnds;
    }

    /**
     * The last day on which something dated {@code day} is still within a window of {@code months}
     * months, by the same rule as practice: on or after the day the same number of months before
     * today. Usually {@code day + months}; a month-end day is kept to the end of the shorter month.
     */
    static LocalDate lastDayCounted(LocalDate day, int months) {
        LocalDate last = day.plusMonths(months);
        while (!last.plusDays(1).minusMonths(months).isAfter(day)) {
            last = last.plusDays(1);
        }
        return last;
    }

    private static StandingState state(KeepUp rule, LocalDate keptUntil, LocalDate today) {
        if (today.isAfter(keptUntil)) {
            return StandingState.LAPSED;
        }
        return today.isBefore(keptUntil.minusDays(rule.warningDays()))
                ? StandingState.ACTIVE
                : StandingState.RENEWAL_DUE;
    }

    static RequirementResult assess(LeaderRecord record, Requirement requirement, LocalDate today) {
        return switch (requirement.kind()) {
            case COURSE -> course(record, requirement);
            case PRACTICE -> practice(record, requirement, today);
            case HOURS -> hours(record, requirement);
            case TIER_HELD -> tierHeld(record, requirement);
            case MENTEES -> mentees(record, requirement, today);
        };
    }

    /**
     * People mentored: each mentee holding the rank asked for, with a confirmed meeting in the
     * window, counts once; a mentoring meeting logged as practice before the legacy day counts one,
     * as before pairs existed.
     */
    private static RequirementResult mentees(LeaderRecord record, Requirement requirement, LocalDate today) {
        Integer months = requirement.windowMonths();
        LocalDate from = months == null ? LocalDate.MIN : today.minusMonths(months);
        int paired = (int) record.mentees().stream()
                .filter(mentee -> mentee.menteeRank() >= requirement.tierRank())
                .filter(mentee -> !mentee.lastConfirmedMeeting().isBefore(from))
                .count();
        LocalDate legacyUntil = requirement.legacyUntil();
        int legacy = legacyUntil == null
                ? 0
                : (int) record.practice().stream()
                        .filter(fact -> fact.kind()
                                == org.communityorganising.pathways.progression.practice.PracticeKind.MENTORING)
                        .filter(fact -> fact.status() == PracticeStatus.CONFIRMED)
                        .filter(fact -> fact.occurredOn().isBefore(legacyUntil))
                        .filter(fact -> !fact.occurredOn().isBefore(from)
                                && !fact.occurredOn().isAfter(today))
                        .count();
        int have = paired + legacy;
        int need = requirement.count();
        if (have >= need) {
            return new RequirementResult(requirement, RequirementState.MET, have, need, 0, "path.next.done");
        }
        var state = have > 0 ? RequirementState.IN_PROGRESS : RequirementState.MISSING;
        return new RequirementResult(requirement, state, have, need, 0, "path.next.mentees");
    }

    private static RequirementResult course(LeaderRecord record, Requirement requirement) {
        var runs = record.courses().stream()
                .filter(run -> requirement.courseId() != null && run.courseId() == requirement.courseId())
                .filter(run -> run.status() != LeaderRecord.Enrolled.WITHDRAWN)
                .toList();
        if (runs.stream().anyMatch(LeaderRecord.CourseResult::passed)) {
            return new RequirementResult(requirement, RequirementState.MET, 1, 1, 0, "path.next.done");
        }
        if (runs.stream().anyMatch(run -> run.status() == LeaderRecord.Enrolled.ENROLLED)) {
            return new RequirementResult(requirement, RequirementState.IN_PROGRESS, 0, 1, 0, "path.next.course.finish");
        }
        if (!runs.isEmpty()) {
            // Completed, but below the minimum: the course has to be taken again.
            return new RequirementResult(requirement, RequirementState.MISSING, 0, 1, 0, "path.next.course.retake");
        }
        return new RequirementResult(requirement, RequirementState.MISSING, 0, 1, 0, "path.next.course.enrol");
    }

    private static RequirementResult practice(LeaderRecord record, Requirement requirement, LocalDate today) {
        Integer months = requirement.windowMonths();
        LocalDate from = months == null ? LocalDate.MIN : today.minusMonths(months);
        var relevant = record.practice().stream()
                .filter(fact -> fact.kind() == requirement.practiceKind())
                .filter(fact ->
                        !fact.occurredOn().isBefore(from) && !fact.occurredOn().isAfter(today))
                .filter(fact -> !requirement.namedRole()
                        || (fact.role() != null && fact.role().named() && fact.turnoutDelivered() > 0))
                .toList();
        // Named roles the organiser recorded at an action held in Pathways count as confirmed public actions.
        int recorded = requirement.namedRole() && requirement.practiceKind() == PracticeKind.PUBLIC_ACTION
                ? (int) record.namedRoles().stream()
                        .filter(day -> !day.isBefore(from) && !day.isAfter(today))
                        .count()
                : 0;
        int confirmed = recorded
                + (int) relevant.stream()
                        .filter(fact -> fact.status() == PracticeStatus.CONFIRMED)
                        .count();
        int waiting = (int) relevant.stream()
                .filter(fact -> fact.status() == PracticeStatus.SUBMITTED)
                .count();
        int need = requirement.count();
        if (confirmed >= need) {
            return new RequirementResult(requirement, RequirementState.MET, confirmed, need, waiting, "path.next.done");
        }
        String next = confirmed + waiting >= need ? "path.next.practice.wait" : "path.next.practice.log";
        var state = confirmed > 0 ? RequirementState.IN_PROGRESS : RequirementState.MISSING;
        return new RequirementResult(requirement, state, confirmed, need, waiting, next);
    }

    private static RequirementResult hours(LeaderRecord record, Requirement requirement) {
        LocalDate since = record.tierSince();
        BigDecimal sum = record.courses().stream()
                .filter(LeaderRecord.CourseResult::passed)
                .filter(run -> since == null || run.endsOn().isAfter(since))
                // A course taken twice gives its hours once.
                .collect(java.util.stream.Collectors.toMap(
                        LeaderRecord.CourseResult::courseId, LeaderRecord.CourseResult::hours, (a, b) -> a))
                .values()
                .stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal needed = requirement.hours() == null ? BigDecimal.ZERO : requirement.hours();
        int have = sum.setScale(0, RoundingMode.DOWN).intValue();
        int need = needed.setScale(0, RoundingMode.UP).intValue();
        if (sum.compareTo(needed) >= 0) {
            return new RequirementResult(requirement, RequirementState.MET, have, need, 0, "path.next.done");
        }
        var state = sum.signum() > 0 ? RequirementState.IN_PROGRESS : RequirementState.MISSING;
        return new RequirementResult(requirement, state, have, need, 0, "path.next.hours");
    }

    private static RequirementResult tierHeld(LeaderRecord record, Requirement requirement) {
        boolean held = record.tierRank() >= requirement.tierRank();
        return new RequirementResult(
                requirement,
                held ? RequirementState.MET : RequirementState.MISSING,
                held ? 1 : 0,
                1,
                0,
                held ? "path.next.done" : "path.next.tier");
    }
}
