package org.communityorganising.pathways.progression.mentoring;

/** How a pair ended. */
public enum PairOutcome {
    COMPLETED,
    ENDED_EARLY;

    public String translationKey() {
        return "mentoring.outcome." + name();
    }
}
