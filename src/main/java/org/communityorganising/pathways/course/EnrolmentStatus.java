package org.communityorganising.pathways.course;

public enum EnrolmentStatus {
    ENROLLED,
    WITHDRAWN,
    COMPLETED;

    public String translationKey() {
        return "enrolment.status." + name();
    }
}
