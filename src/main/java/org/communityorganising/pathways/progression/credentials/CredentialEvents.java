package org.communityorganising.pathways.progression.credentials;

import org.communityorganising.pathways.base.AuditableEvent;

/**
 * What happens to credentials, for the audit trail: the person, the tier and codes. Never the
 * credential's id — the audit trail outlives erasure, and the id opens the credential's page.
 */
public final class CredentialEvents {

    private CredentialEvents() {}

    /** A credential was issued for a tier the person was granted. */
    public record CredentialIssued(long personId, int tierRank) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry("CREDENTIAL_ISSUED", "person", personId, "tier " + tierRank);
        }
    }

    /** A credential's status changed: suspended, reinstated or revoked, and why (a code). */
    public record CredentialStatusChanged(long personId, int tierRank, CredentialStatus status, String reason)
            implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry(
                    "CREDENTIAL_" + status.name(), "person", personId, "tier " + tierRank + " (" + reason + ")");
        }
    }
}
