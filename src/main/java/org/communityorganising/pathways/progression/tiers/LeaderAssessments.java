package org.communityorganising.pathways.progression.tiers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.communityorganising.pathways.actions.ActionService;
import org.communityorganising.pathways.attendance.AttendanceService;
import org.communityorganising.pathways.attendance.CohortAttendance;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.progression.mentoring.MenteeFact;
import org.communityorganising.pathways.progression.mentoring.MentoringService;
import org.communityorganising.pathways.progression.practice.PracticeFact;
import org.communityorganising.pathways.progression.practice.PracticeService;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The one place that assesses a leader for a tier: their tier, courses and practice gathered from
 * their owners (attendance and practice check who may read whose), then the tier rules. My path,
 * asking for a review, a nomination and a decider's page all start here. The standing in the tier
 * held is worked out here too, live, so it is right even before the standing job has recorded it.
 */
@Component
@PreAuthorize("isAuthenticated()")
public class LeaderAssessments {

    private final TierCatalogue tiers;
    private final PracticeService practice;
    private final AttendanceService attendance;
    private final MentoringService mentoring;
    private final ActionService actions;
    private final CurrentUser currentUser;
    private final Clock clock;

    LeaderAssessments(
            TierCatalogue tiers,
            PracticeService practice,
            AttendanceService attendance,
            MentoringService mentoring,
            ActionService actions,
            CurrentUser currentUser,
            Clock clock) {
        this.actions = actions;
        this.tiers = tiers;
        this.practice = practice;
        this.attendance = attendance;
        this.mentoring = mentoring;
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
            List<PracticeFact> practice,
            Standing standing) {}

    /** The signed-in person. */
    public Assessment mine() {
        long me = currentUser.require().personId();
        return assess(me, attendance.myAttendance());
    }

    /** Someone else, for a trainer, lead or administrator whom attendance and practice let read them. */
    public Assessment of(long personId) {
        return assess(personId, attendance.attendanceOf(personId));
    }

    /**
     * Many people at once — a chapter's dashboard, a trainer's cohorts — in a fixed number of
     * statements whatever their number; attendance and practice check that the caller may read them.
     */
    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    public List<Assessment> ofPeople(Collection<Long> personIds) {
        var courses = attendance.attendanceOfPeople(personIds);
        var facts = practice.factsOfPeople(personIds);
        var mentees = personIds.isEmpty() ? Map.<Long, List<MenteeFact>>of() : mentoring.menteesOf(personIds);
        var roles = actions.namedRolesOf(personIds);
        var held = tiers.heldByPeople(personIds);
        var ladder = tiers.all();
        var entry = ladder.getFirst();
        return personIds.stream()
                .map(id -> assess(
                        id,
                        ladder,
                        held.getOrDefault(id, new TierCatalogue.HeldTier(entry.id(), entry.rank(), null)),
                        courses.getOrDefault(id, List.of()),
                        facts.getOrDefault(id, List.of()),
                        mentees.getOrDefault(id, List.of()),
                        roles.getOrDefault(id, List.of())))
                .toList();
    }

    /** Every active person of a chapter, for its leads and administrators; see {@link #ofPeople}. */
    @PreAuthorize(AppRoles.LEAD_OR_ADMIN)
    public List<Assessment> inChapter(long chapterId) {
        var courses = attendance.attendanceInChapter(chapterId);
        var facts = practice.factsInChapter(chapterId);
        var mentees = mentoring.menteesInChapter(chapterId);
        var roles = actions.namedRolesInChapter(chapterId);
        var held = tiers.heldInChapter(chapterId);
        var ladder = tiers.all();
        return held.entrySet().stream()
                .map(person -> assess(
                        person.getKey(),
                        ladder,
                        person.getValue(),
                        courses.getOrDefault(person.getKey(), List.of()),
                        facts.getOrDefault(person.getKey(), List.of()),
                        mentees.getOrDefault(person.getKey(), List.of()),
                        roles.getOrDefault(person.getKey(), List.of())))
                .toList();
    }

    /** The same record measured against any tier (a request's, which may no longer be the next). */
    public TierAssessment towards(LeaderRecord record, TierDefinition tier) {
        return TierRules.assess(record, tier.rank(), tier.requirements(), clock);
    }

    private Assessment assess(long personId, List<CohortAttendance> courses) {
        return assess(
                personId,
                tiers.all(),
                tiers.heldBy(personId),
                courses,
                practice.facts(personId),
                mentoring.menteesOf(List.of(personId)).getOrDefault(personId, List.of()),
                actions.namedRolesOf(List.of(personId)).getOrDefault(personId, List.of()));
    }

    private Assessment assess(
            long personId,
            List<TierDefinition> ladder,
            TierCatalogue.HeldTier held,
            List<CohortAttendance> courses,
            List<PracticeFact> facts,
            List<MenteeFact> mentees,
            List<LocalDate> namedRoles) {
        var record = record(held, courses, facts, mentees, namedRoles);
        var current = ladder.stream()
                .filter(tier -> tier.id() == held.tierId())
                .findFirst()
                .orElseThrow();
        var next = TierCatalogue.next(ladder, held.rank());
        var standing = TierRules.standing(
                current.keepUp(),
                record.tierSince(),
                TierRules.confirmedDays(facts),
                LocalDate.ofInstant(clock.instant(), LondonTime.ZONE));
        return new Assessment(
                personId,
                ladder,
                current,
                next,
                next == null ? null : towards(record, next),
                record,
                courses,
                facts,
                standing);
    }

    private static LeaderRecord record(
            TierCatalogue.HeldTier held,
            List<CohortAttendance> courses,
            List<PracticeFact> facts,
            List<MenteeFact> mentees,
            List<LocalDate> namedRoles) {
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
                facts,
                mentees,
                namedRoles);
    }
}
