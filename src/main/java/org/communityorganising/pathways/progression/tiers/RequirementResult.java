package org.communityorganising.pathways.progression.tiers;

/**
 * Where a person stands with one requirement: its state, progress as "have of need", and what to
 * do next (a translation key of the next step, with the requirement as its arguments).
 *
 * @param waiting practice entries of this kind still waiting for confirmation
 */
public record RequirementResult(
        Requirement requirement, RequirementState state, int have, int need, int waiting, String nextStepKey) {

    public boolean met() {
        return state == RequirementState.MET;
    }
}
