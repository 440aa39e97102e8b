package org.communityorganising.pathways.progression.credentials;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.communityorganising.pathways.base.Bilingual;

/** One of the signed-in person's credentials, as "My credentials" lists it. */
public record MyCredential(
        UUID id, int tierRank, String tierNameEn, String tierNameCy, Instant issuedAt, CredentialStatus status) {

    public String tier(Locale locale) {
        return Bilingual.pick(locale, tierNameEn, tierNameCy);
    }
}
