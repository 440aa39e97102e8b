package org.communityorganising.pathways.progression;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communityorganising.pathways.progression.practice.PracticeFact;
import org.communityorganising.pathways.progression.practice.PracticeKind;
import org.communityorganising.pathways.progression.practice.PracticeStatus;
import org.communityorganising.pathways.progression.tiers.Requirement;
import org.communityorganising.pathways.progression.tiers.RequirementResult;
import org.communityorganising.pathways.progression.tiers.RequirementState;
import org.communityorganising.pathways.progression.tiers.TierAssessment;
import org.junit.jupiter.api.Test;

/** The pace rule on My path: practice still needed ÷ confirmed practice per week of the last 90 days. */
class PaceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void twelveLeftAtOneEveryFortnightIsAboutTwentySixWeeks() {
        // 6 confirmed in 90 days (12.86 weeks): 0.467 a week; 12 still needed → 25.7 → 26 weeks.
        var pace = Pace.of(needing(20, 8), confirmed(6, 14), TODAY);
        assertThat(pace.state()).isEqualTo(Pace.State.WEEKS);
        assertThat(pace.weeks()).isEqualTo(26);
        assertThat(pace.confirmedInWindow()).isEqualTo(6);
    }

    @Test
    void practiceOlderThanNinetyDaysOrWaitingIsNoPace() {
        var facts = new ArrayList<>(confirmed(3, 40).stream()
                .map(f -> new PracticeFact(f.kind(), f.occurredOn().minusDays(100), f.status(), null, 0))
                .toList());
        facts.add(new PracticeFact(PracticeKind.ONE_TO_ONE, TODAY.minusDays(2), PracticeStatus.SUBMITTED, null, 0));
        var pace = Pace.of(needing(6, 0), facts, TODAY);
        assertThat(pace.state()).isEqualTo(Pace.State.NOT_ENOUGH_ACTIVITY);
        assertThat(pace.weeks()).isNull();
    }

    @Test
    void whenOnlyACourseIsLeftThePaceSaysThePracticeIsDone() {
        var course = new RequirementResult(
                Requirement.course(1, "CLT", "HAG"), RequirementState.MISSING, 0, 1, 0, "path.next.course.enrol");
        var practice = new RequirementResult(
                Requirement.practice(PracticeKind.ONE_TO_ONE, 6, null, false),
                RequirementState.MET,
                6,
                6,
                0,
                "path.next.done");
        var pace = Pace.of(new TierAssessment(1, List.of(course, practice)), confirmed(6, 10), TODAY);
        assertThat(pace.state()).isEqualTo(Pace.State.PRACTICE_DONE);
    }

    private static TierAssessment needing(int need, int have) {
        return new TierAssessment(
                2,
                List.of(new RequirementResult(
                        Requirement.practice(PracticeKind.ONE_TO_ONE, need, 6, false),
                        RequirementState.IN_PROGRESS,
                        have,
                        need,
                        0,
                        "path.next.practice")));
    }

    private static List<PracticeFact> confirmed(int count, int everyDays) {
        List<PracticeFact> facts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            facts.add(new PracticeFact(
                    PracticeKind.ONE_TO_ONE,
                    TODAY.minusDays(1 + (long) i * everyDays),
                    PracticeStatus.CONFIRMED,
                    null,
                    0));
        }
        return facts;
    }
}
