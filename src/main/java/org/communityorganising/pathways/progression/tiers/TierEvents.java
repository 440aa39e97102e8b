package org.communityorganising.pathways.progression.tiers;

import java.time.LocalDate;
import org.communityorganising.pathways.base.AuditableEvent;
import org.jspecify.annotations.Nullable;

/**
 * What the ladder tells the rest of the application: a person's tier changed, a tier was edited. Every one is in the audit trail. Events carry ids and codes, never the free text of a
 * comment: reviewers write the leader's name in them, and an event is copied into the audit trail
 * and the event publication registry, where erasure would not reach it. Whoever needs the comment
 * reads it from its table, which erasure clears.
 */
public final class TierEvents {

    private TierEvents() {}

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

    /** An administrator's chapter import recognised a tier the person held before Pathways. */
    public record TierRecognised(long personId, int fromRank, int toRank) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry("TIER_RECOGNISED", "person", personId, "tier " + fromRank + " → " + toRank + " (import)");
        }
    }

    /** An administrator edited a tier or its requirements; decisions already made keep their snapshot. */
    public record TierEdited(long tierId, String before, String after) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry("TIER_EDITED", "tier", tierId, before + " → " + after);
        }
    }

    /**
     * A leader's standing in their tier moved: due for renewal, lapsed, or kept again by practice.
     *
     * @param from null the first time a standing is recorded
     */
    public record StandingChanged(
            long personId,
            int rank,
            @Nullable StandingState from,
            StandingState to,
            @Nullable LocalDate keptUntil) implements AuditableEvent {
        @Override
        public Entry audit() {
            String action = switch (to) {
                case ACTIVE -> "STANDING_KEPT";
                case RENEWAL_DUE -> "STANDING_RENEWAL_DUE";
                case LAPSED -> "STANDING_LAPSED";
            };
            return new Entry(
                    action,
                    "person",
                    personId,
                    "tier " + rank + ": " + (from == null ? "new" : from) + " → " + to
                            + (keptUntil == null ? "" : " (kept until " + keptUntil + ")"));
        }
    }
}
