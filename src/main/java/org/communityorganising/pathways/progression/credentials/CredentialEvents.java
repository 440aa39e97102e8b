package org.communityorganising.pathways.progression.credentials;

import java.util.UUID;
import org.communityorganising.pathways.base.AuditableEvent;

/** What happens to credentials, for the audit trail. Ids and codes only. */
public final class CredentialEvents {

    private CredentialEvents() {}

    /** A credential was issued for a tier the person was granted. */
    public record CredentialIssued(UUID credentialId, long personId, int tierRank) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry(
                    "CREDENTIAL_ISSUED", "person", personId, "tier " + tierRank + ", credential " + credentialId);
        }
    }

    /** A credential's status changed: suspended, reinstated or revoked, and why (a code). */
    public record CredentialStatusChanged(UUID credentialId, long personId, CredentialStatus status, String reason)
            implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry(
                    "CREDENTIAL_" + status.name(),
                    "person",
                    personId,
                    "credential " + credentialId + " (" + reason + ")");
        }
    }
}
