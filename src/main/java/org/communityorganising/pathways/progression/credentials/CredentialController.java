package org.communityorganising.pathways.progression.credentials;

import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a verifier fetches, without signing in (SecurityConfig lets these through): the issuer's
 * public keys, one key by its thumbprint, the issuer's profile, a tier and the revocation list.
 */
@RestController
class CredentialController {

    static final MediaType JWK_SET = MediaType.parseMediaType("application/jwk-set+json");
    static final MediaType JWT = MediaType.parseMediaType("application/jwt");

    private final CredentialKeys keys;
    private final CredentialIssuer issuer;
    private final StatusLists statusLists;
    private final CredentialGrants grants;

    CredentialController(
            CredentialKeys keys, CredentialIssuer issuer, StatusLists statusLists, CredentialGrants grants) {
        this.keys = keys;
        this.issuer = issuer;
        this.statusLists = statusLists;
        this.grants = grants;
    }

    @GetMapping("/.well-known/jwks.json")
    ResponseEntity<String> jwks() {
        return ResponseEntity.ok()
                .contentType(JWK_SET)
                .cacheControl(CacheControl.noCache())
                .body(keys.publicKeys().toString(true));
    }

    @GetMapping("/credentials/keys/{thumbprint}")
    ResponseEntity<String> key(@PathVariable String thumbprint) {
        if (!thumbprint.matches("[A-Za-z0-9_-]{20,100}")) {
            return ResponseEntity.notFound().build();
        }
        return keys.publicKey(thumbprint)
                .map(jwk -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType("application/jwk+json"))
                        .body(jwk))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** The achievement a credential names: the tier, its criteria in both languages. */
    @GetMapping("/credentials/tiers/{rank}")
    ResponseEntity<Map<String, Object>> tier(@PathVariable String rank) {
        if (!rank.matches("\\d{1,3}")) {
            return ResponseEntity.notFound().build();
        }
        return grants.tier(Integer.parseInt(rank))
                .map(tier -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(issuer.achievement(tier)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/credentials/issuer")
    ResponseEntity<Map<String, Object>> issuer() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(issuer.issuerProfile());
    }

    @GetMapping("/credentials/status/{purpose}")
    ResponseEntity<String> statusList(@PathVariable String purpose) {
        if (!purpose.equals("revocation")) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(JWT)
                .cacheControl(CacheControl.noCache())
                .body(statusLists.signed(purpose));
    }
}
