package org.communityorganising.pathways.progression.routes;

import org.communityorganising.pathways.base.AuditableEvent;

/** What happens on accredited routes, for the audit trail: ids, names of buckets and codes, never hours typed by anyone. */
public final class RouteEvents {

    private RouteEvents() {}

    /** An administrator created or changed a route. */
    public record RouteSaved(long routeId, boolean created) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry(created ? "ROUTE_CREATED" : "ROUTE_CHANGED", "accredited_route", routeId, "");
        }
    }

    /** A leader joined a route. */
    public record RouteJoined(long personId, long portfolioId, long routeId) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry("ROUTE_JOINED", "person", personId, "route " + routeId);
        }
    }

    /** A leader left a route; the portfolio stays, closed. */
    public record RouteLeft(long personId, long portfolioId, long routeId) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry("ROUTE_LEFT", "person", personId, "route " + routeId);
        }
    }

    /** A trainer signed off one bucket of a leader's portfolio, with the minutes counted then. */
    public record BucketSignedOff(long personId, long portfolioId, long bucketId, long minutes)
            implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry(
                    "ROUTE_BUCKET_SIGNED_OFF", "person", personId, "portfolio " + portfolioId + ", bucket " + bucketId);
        }
    }

    /** Someone downloaded a portfolio's evidence pack (personal data leaving Pathways). */
    public record EvidencePackExported(long personId, long portfolioId, String format) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry(
                    "EVIDENCE_PACK_EXPORTED", "person", personId, "portfolio " + portfolioId + " (" + format + ")");
        }
    }
}
