package org.communityorganising.pathways.progression.credentials;

import com.nimbusds.jwt.JWTClaimsSet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.communityorganising.pathways.mail.PublicAddress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The W3C Bitstring Status List every credential points into, for revocation, as a signed
 * credential: bit {@code status_index} is set when the credential is revoked (or, in the
 * suspension list, suspended; the credential refers to the revocation list only). At least 131,072 bits, as the specification asks, so a list says nothing about how
 * many credentials exist; index 0 is the most significant bit of the first byte.
 */
@Component
class StatusLists {

    static final int MINIMUM_BITS = 131_072;

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final com.github.benmanes.caffeine.cache.Cache<String, String> signedLists =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
                    .expireAfterWrite(java.time.Duration.ofMinutes(1))
                    .build();

    private final JdbcClient jdbc;
    private final CredentialIssuer issuer;
    private final PublicAddress address;
    private final Clock clock;

    StatusLists(JdbcClient jdbc, CredentialIssuer issuer, PublicAddress address, Clock clock) {
        this.jdbc = jdbc;
        this.issuer = issuer;
        this.address = address;
        this.clock = clock;
    }

    /**
     * A free index for a new credential, at random (as the specification advises: a list's
     * indexes then say nothing of how many credentials there are, or in which order they came),
     * within a range kept at least twice the number issued.
     */
    int freeIndex() {
        int issued =
                jdbc.sql("select count(*) from credential").query(Integer.class).single();
        int range = Math.max(MINIMUM_BITS, Integer.highestOneBit(Math.max(1, issued) * 4));
        for (int tries = 0; ; tries++) {
            int candidate = RANDOM.nextInt(range);
            boolean taken = jdbc.sql("select exists (select 1 from credential where status_index = :index)")
                    .param("index", candidate)
                    .query(Boolean.class)
                    .single();
            if (!taken || tries > 50) {
                if (!taken) {
                    return candidate;
                }
                return jdbc.sql("select coalesce(max(status_index), 0) + 1 from credential")
                        .query(Integer.class)
                        .single();
            }
        }
    }

    /** A status changed: the next request signs the list again. */
    void changed() {
        signedLists.invalidateAll();
    }

    /**
     * The status list credential of a purpose ("revocation" or "suspension"), signed; kept until
     * a status changes or a minute passes, since anyone may ask for it as often as they like.
     */
    String signed(String purpose) {
        return signedLists.get(purpose, this::sign);
    }

    private String sign(String purpose) {
        String status = switch (purpose) {
            case "revocation" -> "REVOKED";
            case "suspension" -> "SUSPENDED";
            default -> throw new IllegalArgumentException(purpose);
        };
        List<Integer> set = jdbc.sql("select status_index from credential where status = :status")
                .param("status", status)
                .query((rs, row) -> rs.getInt("status_index"))
                .list();
        // Long enough for every index issued, revoked or not: one outside the list is an error.
        int max = jdbc.sql("select coalesce(max(status_index), 0) from credential")
                .query(Integer.class)
                .single();
        byte[] bits = new byte[(Math.max(MINIMUM_BITS, max + 1) + 7) / 8];
        for (int index : set) {
            bits[index / 8] |= (byte) (0x80 >>> (index % 8));
        }
        String id = address.of("/credentials/status/" + purpose);
        var subject = new LinkedHashMap<String, Object>();
        subject.put("id", id + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", purpose);
        subject.put("encodedList", "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(gzip(bits)));
        var now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        var claims = new JWTClaimsSet.Builder()
                .claim("@context", List.of("https://www.w3.org/ns/credentials/v2"))
                .claim("id", id)
                .claim("type", List.of("VerifiableCredential", "BitstringStatusListCredential"))
                .claim("issuer", issuer.issuerId())
                .claim("validFrom", now.toString())
                .claim("credentialSubject", subject)
                .issuer(issuer.issuerId())
                .jwtID(id)
                .subject(id + "#list")
                .notBeforeTime(Date.from(now))
                .build();
        return issuer.sign(claims);
    }

    private static byte[] gzip(byte[] bytes) {
        var out = new ByteArrayOutputStream();
        try (var zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
