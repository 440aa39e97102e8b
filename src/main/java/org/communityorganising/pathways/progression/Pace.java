package org.communityorganising.pathways.progression;

import java.time.LocalDate;
import java.util.List;
import org.communityorganising.pathways.progression.practice.PracticeFact;
import org.communityorganising.pathways.progression.practice.PracticeStatus;
import org.communityorganising.pathways.progression.tiers.RequirementKind;
import org.communityorganising.pathways.progression.tiers.TierAssessment;
import org.jspecify.annotations.Nullable;

/**
 * How long the next tier is likely to take at the person's own pace. One rule, stated on My path:
 * the practice entries still needed for the next tier, divided by the person's confirmed practice
 * per week over the last {@value #WINDOW_DAYS} days, rounded up to whole weeks. Courses and hours
 * are not forecast: they follow the training calendar, not the person's pace.
 *
 * @param weeks null unless the state is {@link State#WEEKS}
 */
public record Pace(State state, @Nullable Integer weeks, int confirmedInWindow) {

    public static final int WINDOW_DAYS = 90;

    public enum State {
        /** Every practice requirement of the next tier is met; what remains is not practice. */
        PRACTICE_DONE,
        /** No confirmed practice in the window: no pace to measure. */
        NOT_ENOUGH_ACTIVITY,
        /** About this many weeks. */
        WEEKS
    }

    public static Pace of(TierAssessment towardsNext, List<PracticeFact> facts, LocalDate today) {
        int stillNeeded = towardsNext.results().stream()
                .filter(result -> result.requirement().kind() == RequirementKind.PRACTICE)
                .mapToInt(result -> Math.max(0, result.need() - result.have()))
                .sum();
        LocalDate from = today.minusDays(WINDOW_DAYS);
        int confirmed = (int) facts.stream()
                .filter(fact -> fact.status() == PracticeStatus.CONFIRMED)
                .filter(fact ->
                        !fact.occurredOn().isBefore(from) && !fact.occurredOn().isAfter(today))
                .count();
        if (stillNeeded == 0) {
            return new Pace(State.PRACTICE_DONE, null, confirmed);
        }
        if (confirmed == 0) {
            return new Pace(State.NOT_ENOUGH_ACTIVITY, null, 0);
        }
        // stillNeeded ÷ (confirmed ÷ weeks in the window), rounded up, in whole numbers.
        int weeks = (int) Math.ceil(stillNeeded * (WINDOW_DAYS / 7.0) / confirmed);
        return new Pace(State.WEEKS, Math.max(1, weeks), confirmed);
    }
}
