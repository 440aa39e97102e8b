package org.communityorganising.pathways.progression.credentials;

import java.util.Map;
import org.communityorganising.pathways.mail.PublicAddress;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a verifier fetches, without signing in (SecurityConfig lets these through): the issuer's
 * public keys, one key by its id, the issuer's profile and the revocation list.
 */
@RestController
class CredentialController {

    static final MediaType JWK_SET = MediaType.parseMediaType("application/jwk-set+json");
    static final MediaType JWT = MediaType.parseMediaType("application/jwt");

    private final CredentialKeys keys;
    private final CredentialIssuer issuer;
    private final StatusLists statusLists;
    private final PublicAddress address;

    CredentialController(CredentialKeys keys, CredentialIssuer issuer, StatusLists statusLists, PublicAddress address) {
        this.keys = keys;
        this.issuer = issuer;
        this.statusLists = statusLists;
        this.address = address;
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
        return keys.publicKey(address.of("/credentials/keys/" + thumbprint))
                .map(jwk -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType("application/jwk+json"))
                        .body(jwk))
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
