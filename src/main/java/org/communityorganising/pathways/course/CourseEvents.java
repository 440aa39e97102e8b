package org.communityorganising.pathways.course;

import java.util.Set;
import org.communityorganising.pathways.base.AuditableEvent;

/** What the course module tells the others (and the audit trail) about cohorts, sessions and enrolments. */
public final class CourseEvents {

    private CourseEvents() {}

    public record CohortCreated(long cohortId, String name) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry("COHORT_CREATED", "cohort", cohortId, name);
        }
    }

    /** The reason stays on the session (people read it there); the audit trail keeps no free text. */
    public record SessionCancelled(long sessionId, String reason) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry("SESSION_CANCELLED", "session", sessionId, "");
        }
    }

    public record SessionReinstated(long sessionId) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry("SESSION_REINSTATED", "session", sessionId, "");
        }
    }

    public record WalkInEnrolled(long cohortId, long personId) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry("WALK_IN", "cohort", cohortId, "person " + personId);
        }
    }

    public record EnrolmentWithdrawn(long enrolmentId, long personId) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry("WITHDRAWN", "enrolment", enrolmentId, "person " + personId);
        }
    }

    public record CsvEnrolmentImported(long cohortId, int enrolled, int skipped) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry("CSV_ENROLMENT", "cohort", cohortId, enrolled + " enrolled, " + skipped + " skipped");
        }
    }

    /**
     * A completed cohort's enrolments of these people became completed. No module listens today:
     * progression reads completed enrolments when it assesses a leader, it is not told.
     */
    public record EnrolmentsCompleted(long cohortId, Set<Long> personIds) {}
}
