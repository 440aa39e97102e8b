package org.communityorganising.pathways.progression.promotions;

import org.communityorganising.pathways.base.AuditableEvent;

/**
 * What promotions tell the rest of the application. Every one is in the audit trail. Events carry ids and codes, never the free text of a
 * comment: reviewers write the leader's name in them, and an event is copied into the audit trail
 * and the event publication registry, where erasure would not reach it. Whoever needs the comment
 * reads it from its table, which erasure clears.
 */
public final class PromotionEvents {

    private PromotionEvents() {}

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
}
