package org.communityorganising.pathways.progression;

import org.communityorganising.pathways.base.AuditableEvent;

/**
 * What progression tells the rest of the application: every one is in the audit trail. Events carry
 * ids and codes, never the free text of a comment: reviewers write the leader's name in them, and an
 * event is copied into the audit trail and the event publication registry, where erasure would not
 * reach it. Whoever needs the comment reads it from its table, which erasure clears.
 */
public final class ProgressionEvents {

    private ProgressionEvents() {}

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

    public record PromotionRequested(long requestId, long personId, int fromRank, int toRank, boolean nominated)
            implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry(
                    nominated ? "PROMOTION_NOMINATED" : "PROMOTION_REQUESTED",
                    "promotion_request",
                    requestId,
                    "person " + personId + ": tier " + fromRank + " → " + toRank);
        }
    }

    /** One approval of a request that needs two; the request stays pending. */
    public record PromotionApprovalGiven(long requestId, long personId, int approvals, int needed)
            implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry(
                    "PROMOTION_APPROVAL_GIVEN",
                    "promotion_request",
                    requestId,
                    "person " + personId + ": approval " + approvals + " of " + needed);
        }
    }

    /** A decision: approved (the tier changed) or refused. The person is told. */
    public record PromotionDecided(long requestId, long personId, boolean approved, int fromRank, int toRank)
            implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry(
                    approved ? "PROMOTION_APPROVED" : "PROMOTION_REFUSED",
                    "promotion_request",
                    requestId,
                    "person " + personId + ": tier " + fromRank + " → " + toRank);
        }
    }

    /** A person's tier changed: before and after. */
    public record TierChanged(long personId, int fromRank, int toRank, long requestId) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry(
                    "TIER_CHANGED",
                    "person",
                    personId,
                    "tier " + fromRank + " → " + toRank + " (request " + requestId + ")");
        }
    }

    /** An administrator edited a tier or its requirements; decisions already made keep their snapshot. */
    public record TierEdited(long tierId, String before, String after) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry("TIER_EDITED", "tier", tierId, before + " → " + after);
        }
    }
}
