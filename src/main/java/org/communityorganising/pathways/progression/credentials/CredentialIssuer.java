package org.communityorganising.pathways.progression.credentials;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communityorganising.pathways.mail.PublicAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes and signs an Open Badges 3.0 {@code OpenBadgeCredential} (W3C VC Data Model 2.0) as a
 * VC-JWT: the credential is the JWT's payload, with {@code iss}, {@code jti}, {@code nbf} and
 * {@code sub} beside it, signed RS256 under a {@code kid} that is the URL of its public key
 * (decision 0016). The subject is a salted SHA-256 of the e-mail address and a random id: never
 * the address, the name or the member institution.
 */
@Component
class CredentialIssuer {

    static final String SCHEMA =
            "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CredentialKeys keys;
    private final PublicAddress address;
    private final String issuerName;

    CredentialIssuer(
            CredentialKeys keys,
            PublicAddress address,
            @Value("${pathways.credentials.issuer-name:Citizens Alliance}") String issuerName) {
        this.keys = keys;
        this.address = address;
        this.issuerName = issuerName;
    }

    String issuerName() {
        return issuerName;
    }

    String issuerId() {
        return address.of("/credentials/issuer");
    }

    /** The issuer's profile, as a credential names it and as /credentials/issuer serves it. */
    Map<String, Object> issuerProfile() {
        var profile = new LinkedHashMap<String, Object>();
        profile.put("id", issuerId());
        profile.put("type", List.of("Profile"));
        profile.put("name", issuerName);
        profile.put("url", address.of("/"));
        return profile;
    }

    /** A tier as a credential states it: its names and its requirements, in both languages. */
    record Tier(int rank, String nameEn, String nameCy, String summaryEn, String summaryCy) {}

    /** The credential for one tier granted, signed. */
    String sign(UUID id, String email, Tier tier, Instant granted, int statusIndex) {
        Instant validFrom = granted.truncatedTo(ChronoUnit.SECONDS);
        String salt = salt();
        String subjectId = "urn:uuid:" + UUID.randomUUID();
        var identity = new LinkedHashMap<String, Object>();
        identity.put("type", "IdentityObject");
        identity.put("identityHash", "sha256$" + sha256Hex(email.trim().toLowerCase(java.util.Locale.ROOT) + salt));
        identity.put("identityType", "emailAddress");
        identity.put("hashed", true);
        identity.put("salt", salt);

        var achievement = achievement(tier);
        String tierEn = tier.nameEn();
        String tierCy = tier.nameCy();

        var subject = new LinkedHashMap<String, Object>();
        subject.put("id", subjectId);
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", List.of(identity));
        subject.put("achievement", achievement);

        String credentialId = address.of("/credentials/" + id);
        var status = new LinkedHashMap<String, Object>();
        status.put("id", address.of("/credentials/status/revocation#" + statusIndex));
        status.put("type", "BitstringStatusListEntry");
        status.put("statusPurpose", "revocation");
        status.put("statusListIndex", String.valueOf(statusIndex));
        status.put("statusListCredential", address.of("/credentials/status/revocation"));
        var credential = new LinkedHashMap<String, Object>();
        credential.put(
                "@context",
                List.of(
                        "https://www.w3.org/ns/credentials/v2",
                        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
        credential.put("id", credentialId);
        credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        credential.put("issuer", issuerProfile());
        credential.put("validFrom", validFrom.toString());
        credential.put("name", tierEn + " / " + tierCy);
        credential.put("credentialSubject", subject);
        // One entry: Open Badges 3.0 allows one. Revocation is what a verifier checks; a suspension
        // (reversible) shows on the credential's public page, which its id points to.
        credential.put("credentialStatus", status);
        credential.put("credentialSchema", List.of(Map.of("id", SCHEMA, "type", "1EdTechJsonSchemaValidator2019")));

        var claims = new JWTClaimsSet.Builder();
        credential.forEach(claims::claim);
        claims.issuer(issuerId())
                .jwtID(credentialId)
                .notBeforeTime(Date.from(validFrom))
                .subject(subjectId);
        return sign(claims.build());
    }

    /** The tier as an Open Badges Achievement: what a credential names, and /credentials/tiers/{rank} serves. */
    Map<String, Object> achievement(Tier tier) {
        var achievement = new LinkedHashMap<String, Object>();
        achievement.put("id", address.of("/credentials/tiers/" + tier.rank()));
        achievement.put("type", List.of("Achievement"));
        achievement.put("name", tier.nameEn() + " / " + tier.nameCy());
        achievement.put(
                "description",
                "A tier of the " + issuerName + " leadership ladder: " + tier.nameEn() + ". "
                        + "Un o haenau ysgol arweinyddiaeth " + issuerName + ": " + tier.nameCy() + ".");
        achievement.put(
                "criteria",
                Map.of(
                        "narrative",
                        tier.summaryEn()
                                + " Granted when the leader met these requirements, as the alliance records them, or"
                                + " was recognised by the alliance as holding the tier.\n\n"
                                + tier.summaryCy()
                                + " Fe'i dyfernir pan fo'r arweinydd wedi bodloni'r gofynion hyn, fel y mae'r gynghrair"
                                + " yn eu cofnodi, neu pan gydnabu'r gynghrair ei fod yn dal yr haen."));
        achievement.put("inLanguage", "en");
        return achievement;
    }

    /** Signs any payload the issuer publishes (a credential, a status list) under the current key. */
    String sign(JWTClaimsSet claims) {
        var key = keys.signing();
        var header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT)
                .keyID(key.getKeyID())
                .build();
        var jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("The credential could not be signed", e);
        }
        return jwt.serialize();
    }

    private static String salt() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
