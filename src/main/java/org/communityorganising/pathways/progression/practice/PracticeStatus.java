package org.communityorganising.pathways.progression.practice;

/** Where a practice entry stands: only confirmed entries count toward a tier. */
public enum PracticeStatus {
    SUBMITTED,
    CONFIRMED,
    QUERIED;

    public String translationKey() {
        return "practice.status." + name();
    }
}
