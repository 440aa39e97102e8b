package org.communityorganising.pathways.course;

import java.util.Set;
import org.communityorganising.pathways.base.AuditableEvent;

/** What the course module tells the others (and the audit trail) about cohorts, sessions and enrolments. */
public final class CourseEvents {

    private CourseEvents() {}

    public record CohortCreated(long cohortId, String name) implements AuditableEvent {
        public String action() {
            return "COHORT_CREATED";
        }

        public String subjectType() {
            return "cohort";
        }

        public long subjectId() {
            return cohortId;
        }

        public String details() {
            return name;
        }
    }

    public record SessionCancelled(long sessionId, String reason) implements AuditableEvent {
        public String action() {
            return "SESSION_CANCELLED";
        }

        public String subjectType() {
            return "session";
        }

        public long subjectId() {
            return sessionId;
        }

        public String details() {
            return reason;
        }
    }

    public record SessionReinstated(long sessionId) implements AuditableEvent {
        public String action() {
            return "SESSION_REINSTATED";
        }

        public String subjectType() {
            return "session";
        }

        public long subjectId() {
            return sessionId;
        }

        public String details() {
            return "";
        }
    }

    public record WalkInEnrolled(long cohortId, long personId) implements AuditableEvent {
        public String action() {
            return "WALK_IN";
        }

        public String subjectType() {
            return "cohort";
        }

        public long subjectId() {
            return cohortId;
        }

        public String details() {
            return "person " + personId;
        }
    }

    public record EnrolmentWithdrawn(long enrolmentId, long personId) implements AuditableEvent {
        public String action() {
            return "WITHDRAWN";
        }

        public String subjectType() {
            return "enrolment";
        }

        public long subjectId() {
            return enrolmentId;
        }

        public String details() {
            return "person " + personId;
        }
    }

    public record CsvEnrolmentImported(long cohortId, int enrolled, int skipped) implements AuditableEvent {
        public String action() {
            return "CSV_ENROLMENT";
        }

        public String subjectType() {
            return "cohort";
        }

        public long subjectId() {
            return cohortId;
        }

        public String details() {
            return enrolled + " enrolled, " + skipped + " skipped";
        }
    }

    /** A completed cohort's enrolments of these people became completed (progression counts them). */
    public record EnrolmentsCompleted(long cohortId, Set<Long> personIds) {}
}
