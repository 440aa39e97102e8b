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
import org.springframework.transaction.annotation.Transactional;

/**
 * The W3C Bitstring Status List every credential points into, for revocation, as a signed
 * credential: bit {@code status_index} is set when the credential is revoked (or, in the
 * suspension list, suspended; the credential refers to the revocation list only). At least 131,072 bits, as the specification asks, so a list says nothing about how
 * many credentials exist; index 0 is the most significant bit of the first byte.
 */
@Component
class StatusLists {

    static final int MINIMUM_BITS = 131_072;

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

    /** The status list credential of a purpose ("revocation" or "suspension"), signed. */
    @Transactional(readOnly = true)
    String signed(String purpose) {
        String status = switch (purpose) {
            case "revocation" -> "REVOKED";
            case "suspension" -> "SUSPENDED";
            default -> throw new IllegalArgumentException(purpose);
        };
        List<Integer> set = jdbc.sql("select status_index from credential where status = :status")
                .param("status", status)
                .query((rs, row) -> rs.getInt("status_index"))
                .list();
        int max = set.stream().mapToInt(Integer::intValue).max().orElse(0);
        byte[] bits = new byte[Math.max(MINIMUM_BITS, max + 1 + 7) / 8];
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
