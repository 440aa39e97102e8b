package org.communityorganising.pathways.progression.tiers;

/** How far a person is with one requirement. */
public enum RequirementState {
    MET,
    IN_PROGRESS,
    MISSING;

    public String translationKey() {
        return "path.state." + name();
    }
}
