package org.communityorganising.pathways.progression;

import java.time.LocalDate;
import java.util.List;
import org.communityorganising.pathways.attendance.CohortAttendance;
import org.communityorganising.pathways.progression.practice.PracticeKind;
import org.communityorganising.pathways.progression.promotions.OpenRequest;
import org.communityorganising.pathways.progression.tiers.Standing;
import org.communityorganising.pathways.progression.tiers.TierApproval;
import org.communityorganising.pathways.progression.tiers.TierAssessment;
import org.communityorganising.pathways.progression.tiers.TierDefinition;
import org.communityorganising.pathways.progression.tiers.TierStep;
import org.jspecify.annotations.Nullable;

/**
 * Everything "my path" shows, read in one service call: the tier held, the next one with every
 * requirement assessed, attendance per course, practice counts, tier history, any open request and
 * the standing in the tier held (kept by practice).
 */
public record MyPath(
        TierDefinition current,
        @Nullable LocalDate since,
        @Nullable TierDefinition next,
        @Nullable TierAssessment assessment,
        List<CohortAttendance> courses,
        List<PracticeCount> practice,
        List<TierStep> history,
        @Nullable OpenRequest open,
        Standing standing,
        @Nullable Pace pace) {

    /** "Ask for a review" is offered once every requirement of the next tier is met and nothing is pending. */
    public boolean mayAskForReview() {
        return next != null
                && next.approval() != TierApproval.AUTOMATIC
                && assessment != null
                && assessment.allMet()
                && open == null;
    }

    public record PracticeCount(PracticeKind kind, int confirmed, int waiting, int queried) {}
}
