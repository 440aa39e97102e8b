package org.communityorganising.pathways.attendance;

import org.communityorganising.pathways.base.AuditableEvent;
import org.jspecify.annotations.Nullable;

/** What the attendance module tells the others (and the audit trail). */
public final class AttendanceEvents {

    private AttendanceEvents() {}

    /** A register mark was written: by a trainer, an apology, or a self check-in. */
    public record MarkChanged(
            long sessionId, long personId, @Nullable AttendanceStatus from, AttendanceStatus to) {}

    /** Attendance left the system as a file (personal data: always audited). */
    public record AttendanceExported(long cohortId, String format, boolean withInstitutions) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry(
                    "ATTENDANCE_EXPORTED",
                    "cohort",
                    cohortId,
                    format + (withInstitutions ? ", with institutions" : ""));
        }
    }
}
