package org.communityorganising.pathways.progression.mentoring;

import org.communityorganising.pathways.base.AuditableEvent;

/** What mentoring tells the rest of the application, each in the audit trail: ids and codes only. */
public final class MentoringEvents {

    private MentoringEvents() {}

    /** A trainer or lead paired a mentor with a mentee. */
    public record Paired(long pairId, long mentorId, long menteeId) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry("MENTORING_PAIRED", "person", menteeId, "pair " + pairId + ", mentor " + mentorId);
        }
    }

    /** A pair ended, completed or early. */
    public record PairEnded(long pairId, long mentorId, long menteeId, PairOutcome outcome) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry("MENTORING_ENDED", "person", menteeId, "pair " + pairId + ": " + outcome);
        }
    }

    /** One of the two logged a meeting. */
    public record MeetingLogged(long meetingId, long pairId, long loggedBy) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry(
                    "MENTORING_MEETING_LOGGED", "person", loggedBy, "pair " + pairId + ", meeting " + meetingId);
        }
    }

    /** The other one confirmed it: from now on it counts. */
    public record MeetingConfirmed(long meetingId, long pairId, long mentorId, long menteeId, long confirmedBy)
            implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry(
                    "MENTORING_MEETING_CONFIRMED", "person", confirmedBy, "pair " + pairId + ", meeting " + meetingId);
        }
    }
}
