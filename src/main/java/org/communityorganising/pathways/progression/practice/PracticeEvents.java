package org.communityorganising.pathways.progression.practice;

import org.communityorganising.pathways.base.AuditableEvent;

/**
 * What the practice log tells the rest of the application. Every one is in the audit trail. Events carry ids and codes, never the free text of a
 * comment: reviewers write the leader's name in them, and an event is copied into the audit trail
 * and the event publication registry, where erasure would not reach it. Whoever needs the comment
 * reads it from its table, which erasure clears.
 */
public final class PracticeEvents {

    private PracticeEvents() {}

    public record PracticeLogged(long entryId, long personId, PracticeKind kind, boolean resubmitted)
            implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry(
                    resubmitted ? "PRACTICE_RESUBMITTED" : "PRACTICE_LOGGED",
                    "practice_entry",
                    entryId,
                    "person " + personId + ": " + kind);
        }
    }

    public record PracticeReviewed(long entryId, long personId, PracticeKind kind, PracticeStatus outcome)
            implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry(
                    outcome == PracticeStatus.CONFIRMED ? "PRACTICE_CONFIRMED" : "PRACTICE_QUERIED",
                    "practice_entry",
                    entryId,
                    "person " + personId + ": " + kind);
        }
    }
}
