package org.communityorganising.pathways.attendance;

/** The four marks of a register. Present and late count as attended; apologies leave the session out. */
public enum AttendanceStatus {
    PRESENT,
    LATE,
    APOLOGIES,
    ABSENT;

    public String translationKey() {
        return "attendance.status." + name();
    }
}
