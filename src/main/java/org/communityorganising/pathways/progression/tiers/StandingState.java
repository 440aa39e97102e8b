package org.communityorganising.pathways.progression.tiers;

/** Where a leader stands in the tier they hold, by its keep-up rule. */
public enum StandingState {
    /** Enough confirmed practice in the window, or a tier without a keep-up rule. */
    ACTIVE,
    /** Still held, but it lapses within the tier's warning window without more practice. */
    RENEWAL_DUE,
    /** Not enough practice in the window: the tier is still recorded; practice restores it. */
    LAPSED;

    public String translationKey() {
        return "standing.state." + name();
    }
}
