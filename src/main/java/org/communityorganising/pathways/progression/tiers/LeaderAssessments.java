package org.communityorganising.pathways.progression.tiers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.communityorganising.pathways.attendance.AttendanceService;
import org.communityorganising.pathways.attendance.CohortAttendance;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.progression.practice.PracticeFact;
import org.communityorganising.pathways.progression.practice.PracticeService;
import org.communityorganising.pathways.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The one place that assesses a leader for a tier: their tier, courses and practice gathered from
 * their owners (attendance and practice check who may read whose), then the tier rules. My path,
 * asking for a review, a nomination and a decider's page all start here.
 */
@Component
@PreAuthorize("isAuthenticated()")
public class LeaderAssessments {

    private final TierCatalogue tiers;
    private final PracticeService practice;
    private final AttendanceService attendance;
    private final CurrentUser currentUser;
    private final Clock clock;

    LeaderAssessments(
            TierCatalogue tiers,
            PracticeService practice,
            AttendanceService attendance,
            CurrentUser currentUser,
            Clock clock) {
        this.tiers = tiers;
        this.practice = practice;
        this.attendance = attendance;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * A leader on the ladder: where they stand and how far they are with the next tier.
     *
     * @param next null at the top of the ladder
     * @param towardsNext null at the top of the ladder
     */
    public record Assessment(
            long personId,
            List<TierDefinition> ladder,
            TierDefinition current,
            @Nullable TierDefinition next,
            @Nullable TierAssessment towardsNext,
            LeaderRecord record,
            List<CohortAttendance> courses,
            List<PracticeFact> practice) {}

    /** The signed-in person. */
    public Assessment mine() {
        long me = currentUser.require().personId();
        return assess(me, attendance.myAttendance());
    }

    /** Someone else, for a trainer, lead or administrator whom attendance and practice let read them. */
    public Assessment of(long personId) {
        return assess(personId, attendance.attendanceOf(personId));
    }

    /** The same record measured against any tier (a request's, which may no longer be the next). */
    public TierAssessment towards(LeaderRecord record, TierDefinition tier) {
        return TierRules.assess(record, tier.rank(), tier.requirements(), clock);
    }

    private Assessment assess(long personId, List<CohortAttendance> courses) {
        var ladder = tiers.all();
        var held = tiers.heldBy(personId);
        var facts = practice.facts(personId);
        var record = record(held, courses, facts);
        var current = ladder.stream()
                .filter(tier -> tier.id() == held.tierId())
                .findFirst()
                .orElseThrow();
        var next = TierCatalogue.next(ladder, held.rank());
        return new Assessment(
                personId, ladder, current, next, next == null ? null : towards(record, next), record, courses, facts);
    }

    private static LeaderRecord record(
            TierCatalogue.HeldTier held, List<CohortAttendance> courses, List<PracticeFact> facts) {
        LocalDate since = held.since() == null ? null : LocalDate.ofInstant(held.since(), LondonTime.ZONE);
        return new LeaderRecord(
                held.rank(),
                since,
                courses.stream()
                        .map(course -> new LeaderRecord.CourseResult(
                                course.courseId(),
                                course.cohortName(),
                                course.completed() ? LeaderRecord.Enrolled.COMPLETED : LeaderRecord.Enrolled.ENROLLED,
                                course.endsOn(),
                                course.courseHours(),
                                course.minimumPercent(),
                                course.rate().attended(),
                                course.rate().counted()))
                        .toList(),
                facts);
    }
}
