package org.communityorganising.pathways.progression.credentials;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.util.List;
import org.communityorganising.pathways.mail.PublicAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The key that signs credentials, and every public key that ever did. The private key comes from
 * {@code pathways.credentials.signing-key} (an RSA private JWK, RS256 being what every Open Badges
 * 3.0 verifier must accept); without it — the demo, a
 * test — a key is made at start and lives in memory only. Its public half is recorded in {@code
 * credential_key} under its thumbprint, so that a rotated (or restarted) key leaves every earlier
 * credential verifiable.
 */
@Component
class CredentialKeys {

    private static final Logger log = LoggerFactory.getLogger(CredentialKeys.class);

    private final RSAKey signing;
    private final JdbcClient jdbc;

    CredentialKeys(
            JdbcClient jdbc,
            Clock clock,
            PublicAddress address,
            @Value("${pathways.credentials.signing-key:}") String configured)
            throws JOSEException {
        this.jdbc = jdbc;
        RSAKey key;
        if (configured.isBlank()) {
            key = new RSAKeyGenerator(2048).generate();
            log.warn(
                    "Credentials are signed with a key made at start (set PATHWAYS_CREDENTIALS_SIGNING_KEY in production)");
        } else {
            try {
                key = RSAKey.parse(configured);
            } catch (ParseException e) {
                throw new IllegalStateException("pathways.credentials.signing-key is not an RSA private JWK", e);
            }
            if (!key.isPrivate() || key.size() < 2048) {
                throw new IllegalStateException(
                        "pathways.credentials.signing-key must be a private RSA key of 2048 bits or more");
            }
        }
        // The key's id is where its public half can be read (Open Badges 3.0: a URI to a JWK).
        String kid = address.of("/credentials/keys/" + key.computeThumbprint());
        this.signing =
                new RSAKey.Builder(key).keyID(kid).keyUse(KeyUse.SIGNATURE).build();
        jdbc.sql("""
                        insert into credential_key (kid, public_jwk, created_at) values (:kid, :jwk, :at)
                        on conflict (kid) do nothing""")
                .param("kid", kid)
                .param("jwk", signing.toPublicJWK().toJSONString())
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    RSAKey signing() {
        return signing;
    }

    /**
     * One public key by its thumbprint, for a verifier that follows a credential's {@code kid}:
     * by the end of the id, so that a key keeps answering after the public address changes.
     */
    java.util.Optional<String> publicKey(String thumbprint) {
        return jdbc.sql("select public_jwk from credential_key where right(kid, length(:suffix)) = :suffix")
                .param("suffix", "/credentials/keys/" + thumbprint)
                .query(String.class)
                .optional();
    }

    /** Every public key that signed a credential: what a verifier fetches. */
    JWKSet publicKeys() {
        List<String> rows = jdbc.sql("select public_jwk from credential_key order by created_at, kid")
                .query((rs, row) -> rs.getString("public_jwk"))
                .list();
        return new JWKSet(rows.stream()
                .<com.nimbusds.jose.jwk.JWK>map(CredentialKeys::parse)
                .toList());
    }

    private static RSAKey parse(String json) {
        try {
            return RSAKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("A stored credential key cannot be read", e);
        }
    }
}
