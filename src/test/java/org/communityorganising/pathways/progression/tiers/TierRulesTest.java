package org.communityorganising.pathways.progression.tiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.progression.practice.PracticeFact;
import org.communityorganising.pathways.progression.practice.PracticeKind;
import org.communityorganising.pathways.progression.practice.PracticeRole;
import org.communityorganising.pathways.progression.practice.PracticeStatus;
import org.communityorganising.pathways.progression.tiers.LeaderRecord.CourseResult;
import org.communityorganising.pathways.progression.tiers.LeaderRecord.Enrolled;
import org.junit.jupiter.api.Test;

class TierRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    // 00:30 in London on TODAY: the rules must take London's date, not UTC's.
    private static final Clock CLOCK =
            Clock.fixed(ZonedDateTime.of(TODAY.atTime(0, 30), LondonTime.ZONE).toInstant(), LondonTime.ZONE);
    private static final long CLT = 1;
    private static final long NCLT = 2;
    private static final Requirement CLT_DONE =
            Requirement.course(CLT, "Community Leadership Training", "Hyfforddiant");

    private static CourseResult run(long course, Enrolled status, int attended, int counted) {
        return new CourseResult(
                course, "cohort", status, TODAY.minusMonths(2), BigDecimal.valueOf(12), 80, attended, counted);
    }

    private static PracticeFact oneToOne(LocalDate on, PracticeStatus status) {
        return new PracticeFact(PracticeKind.ONE_TO_ONE, on, status, null, 0);
    }

    private static LeaderRecord record(List<CourseResult> courses, List<PracticeFact> practice) {
        return new LeaderRecord(0, null, courses, practice, List.of(), List.of());
    }

    private static RequirementResult only(LeaderRecord record, Requirement requirement) {
        return TierRules.assess(record, 1, List.of(requirement), CLOCK)
                .results()
                .getFirst();
    }

    @Test
    void aCourseCompletedAtTheMinimumIsMet() {
        // 8 of 10 counted sessions is exactly 80 %.
        var result = only(record(List.of(run(CLT, Enrolled.COMPLETED, 8, 10)), List.of()), CLT_DONE);
        assertThat(result.state()).isEqualTo(RequirementState.MET);
        assertThat(result.nextStepKey()).isEqualTo("path.next.done");
    }

    @Test
    void aCourseCompletedBelowTheMinimumMustBeRetaken() {
        var result = only(record(List.of(run(CLT, Enrolled.COMPLETED, 7, 10)), List.of()), CLT_DONE);
        assertThat(result.state()).isEqualTo(RequirementState.MISSING);
        assertThat(result.nextStepKey()).isEqualTo("path.next.course.retake");
    }

    @Test
    void apologiesLeaveTheDenominatorSoTheyDoNotCountAgainst() {
        // Ten sessions held, two with apologies: 8 attended of 8 counted is 100 %.
        var withApologies = run(CLT, Enrolled.COMPLETED, 8, 10 - 2);
        assertThat(withApologies.percent()).isEqualTo(100);
        assertThat(only(record(List.of(withApologies), List.of()), CLT_DONE).met())
                .isTrue();
    }

    @Test
    void cancelledSessionsWereNeverHeldSoAFullRunOfTheRestMeetsTheMinimum() {
        // Two sessions, one cancelled: the attendance rule counts one held session, attended.
        var run = run(CLT, Enrolled.COMPLETED, 1, 1);
        assertThat(only(record(List.of(run), List.of()), CLT_DONE).met()).isTrue();
    }

    @Test
    void aWithdrawnEnrolmentNeverCountsEvenWithGoodAttendance() {
        var result = only(record(List.of(run(CLT, Enrolled.WITHDRAWN, 10, 10)), List.of()), CLT_DONE);
        assertThat(result.state()).isEqualTo(RequirementState.MISSING);
        assertThat(result.nextStepKey()).isEqualTo("path.next.course.enrol");
    }

    @Test
    void aCourseTakenTwiceCountsItsBetterRun() {
        var failed = run(CLT, Enrolled.COMPLETED, 5, 10);
        var passed = run(CLT, Enrolled.COMPLETED, 9, 10);
        assertThat(only(record(List.of(failed, passed), List.of()), CLT_DONE).met())
                .isTrue();
        assertThat(only(record(List.of(passed, failed), List.of()), CLT_DONE).met())
                .isTrue();
    }

    @Test
    void aCourseUnderWayIsInProgressAndAnotherCourseDoesNotCount() {
        assertThat(only(record(List.of(run(CLT, Enrolled.ENROLLED, 2, 2)), List.of()), CLT_DONE)
                        .state())
                .isEqualTo(RequirementState.IN_PROGRESS);
        assertThat(only(record(List.of(run(NCLT, Enrolled.COMPLETED, 10, 10)), List.of()), CLT_DONE)
                        .state())
                .isEqualTo(RequirementState.MISSING);
    }

    @Test
    void onlyConfirmedPracticeCountsAndWaitingEntriesAreShown() {
        var practice = new ArrayList<PracticeFact>();
        for (int i = 0; i < 4; i++) {
            practice.add(oneToOne(TODAY.minusDays(i), PracticeStatus.CONFIRMED));
        }
        practice.add(oneToOne(TODAY, PracticeStatus.SUBMITTED));
        practice.add(oneToOne(TODAY, PracticeStatus.SUBMITTED));
        practice.add(oneToOne(TODAY, PracticeStatus.QUERIED));
        var result = only(record(List.of(), practice), Requirement.practice(PracticeKind.ONE_TO_ONE, 6, null, false));

        assertThat(result.state()).isEqualTo(RequirementState.IN_PROGRESS);
        assertThat(result.have()).isEqualTo(4);
        assertThat(result.need()).isEqualTo(6);
        assertThat(result.waiting()).isEqualTo(2);
        assertThat(result.nextStepKey())
                .as("enough are logged; they wait for a trainer")
                .isEqualTo("path.next.practice.wait");
    }

    @Test
    void theWindowIncludesItsFirstDayAndTodayButNotTheDayBeforeOrTheFuture() {
        var sixMonths = Requirement.practice(PracticeKind.ONE_TO_ONE, 2, 6, false);
        LocalDate firstDay = TODAY.minusMonths(6);
        var inside = record(
                List.of(),
                List.of(oneToOne(firstDay, PracticeStatus.CONFIRMED), oneToOne(TODAY, PracticeStatus.CONFIRMED)));
        assertThat(only(inside, sixMonths).have()).isEqualTo(2);

        var outside = record(
                List.of(),
                List.of(
                        oneToOne(firstDay.minusDays(1), PracticeStatus.CONFIRMED),
                        oneToOne(TODAY.plusDays(1), PracticeStatus.CONFIRMED)));
        assertThat(only(outside, sixMonths).have()).isZero();
        assertThat(only(outside, sixMonths).state()).isEqualTo(RequirementState.MISSING);
    }

    @Test
    void aNamedRoleNeedsSpeakerNegotiatorOrChairAndTurnoutDelivered() {
        var named = Requirement.practice(PracticeKind.PUBLIC_ACTION, 1, null, true);
        var participant = new PracticeFact(
                PracticeKind.PUBLIC_ACTION, TODAY, PracticeStatus.CONFIRMED, PracticeRole.PARTICIPANT, 200);
        var noTurnout =
                new PracticeFact(PracticeKind.PUBLIC_ACTION, TODAY, PracticeStatus.CONFIRMED, PracticeRole.SPEAKER, 0);
        var speaker = new PracticeFact(
                PracticeKind.PUBLIC_ACTION, TODAY, PracticeStatus.CONFIRMED, PracticeRole.SPEAKER, 120);

        assertThat(only(record(List.of(), List.of(participant, noTurnout)), named)
                        .met())
                .isFalse();
        assertThat(only(record(List.of(), List.of(speaker)), named).met()).isTrue();
    }

    @Test
    void learningHoursCountCoursesPassedSinceTheCurrentTierOnce() {
        var old = new CourseResult(
                CLT, "old", Enrolled.COMPLETED, TODAY.minusYears(2), BigDecimal.valueOf(12), 80, 10, 10);
        var recent = new CourseResult(
                NCLT, "recent", Enrolled.COMPLETED, TODAY.minusMonths(1), BigDecimal.valueOf(20), 80, 10, 10);
        var again = new CourseResult(
                NCLT, "again", Enrolled.COMPLETED, TODAY.minusDays(3), BigDecimal.valueOf(20), 80, 10, 10);
        var failed = new CourseResult(
                3, "failed", Enrolled.COMPLETED, TODAY.minusDays(3), BigDecimal.valueOf(30), 80, 1, 10);
        var record = new LeaderRecord(
                1, TODAY.minusYears(1), List.of(old, recent, again, failed), List.of(), List.of(), List.of());

        var result = only(record, Requirement.hours(BigDecimal.valueOf(25)));

        assertThat(result.have())
                .as("only the recent course, once; not the failed one")
                .isEqualTo(20);
        assertThat(result.state()).isEqualTo(RequirementState.IN_PROGRESS);
        assertThat(only(record, Requirement.hours(BigDecimal.valueOf(20))).met())
                .isTrue();
    }

    @Test
    void aTierHeldIsMetByThatRankOrHigher() {
        assertThat(only(new LeaderRecord(1, TODAY, List.of(), List.of(), List.of(), List.of()), Requirement.tierHeld(1))
                        .met())
                .isTrue();
        assertThat(only(new LeaderRecord(2, TODAY, List.of(), List.of(), List.of(), List.of()), Requirement.tierHeld(1))
                        .met())
                .isTrue();
        assertThat(only(new LeaderRecord(0, null, List.of(), List.of(), List.of(), List.of()), Requirement.tierHeld(1))
                        .nextStepKey())
                .isEqualTo("path.next.tier");
    }

    @Test
    void anEditedTierIsAssessedByItsNewNumbersWhileTheOldAnswerStaysAsItWas() {
        var practice = new ArrayList<PracticeFact>();
        for (int i = 0; i < 6; i++) {
            practice.add(oneToOne(TODAY.minusDays(i), PracticeStatus.CONFIRMED));
        }
        var record = record(List.of(run(CLT, Enrolled.COMPLETED, 10, 10)), practice);
        var before = TierRules.assess(
                record, 1, List.of(CLT_DONE, Requirement.practice(PracticeKind.ONE_TO_ONE, 6, null, false)), CLOCK);
        var after = TierRules.assess(
                record, 1, List.of(CLT_DONE, Requirement.practice(PracticeKind.ONE_TO_ONE, 8, null, false)), CLOCK);

        assertThat(before.allMet()).isTrue();
        assertThat(after.allMet()).isFalse();
        assertThat(after.results().get(1).have()).isEqualTo(6);
        assertThat(after.results().get(1).need()).isEqualTo(8);
        assertThat(before.allMet())
                .as("an assessment is a value: editing the tier cannot change it")
                .isTrue();
    }

    @Test
    void aTierWithoutRequirementsIsMet() {
        assertThat(TierRules.assess(record(List.of(), List.of()), 0, List.of(), CLOCK)
                        .allMet())
                .isTrue();
    }
}
