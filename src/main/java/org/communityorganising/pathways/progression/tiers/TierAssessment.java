package org.communityorganising.pathways.progression.tiers;

import java.util.List;

/** A person measured against one tier: every requirement with its state. */
public record TierAssessment(int tierRank, List<RequirementResult> results) {

    public TierAssessment {
        results = List.copyOf(results);
    }

    /** Every requirement met (a tier without requirements is met). */
    public boolean allMet() {
        return results.stream().allMatch(RequirementResult::met);
    }

    public long metCount() {
        return results.stream().filter(RequirementResult::met).count();
    }
}
