package org.communityorganising.pathways.progression.credentials;

/** What a credential's public page says: valid, suspended (can be reinstated) or revoked (for good). */
public enum CredentialStatus {
    ACTIVE,
    SUSPENDED,
    REVOKED
}
