package org.communityorganising.pathways.course;

public enum CohortStatus {
    PLANNED,
    RUNNING,
    COMPLETED,
    CANCELLED;

    public String translationKey() {
        return "cohort.status." + name();
    }
}
