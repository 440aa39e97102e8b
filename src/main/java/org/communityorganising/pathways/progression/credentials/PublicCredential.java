package org.communityorganising.pathways.progression.credentials;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.communityorganising.pathways.base.Bilingual;

/**
 * What anyone may read about a credential, signed in or not: its status, who issued it, which
 * tier and when. Nothing about the person.
 */
public record PublicCredential(
        UUID id, CredentialStatus status, String issuer, String tierEn, String tierCy, Instant issuedAt) {

    public String tier(Locale locale) {
        return Bilingual.pick(locale, tierEn, tierCy);
    }
}
