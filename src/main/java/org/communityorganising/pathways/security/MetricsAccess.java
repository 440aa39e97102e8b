package org.communityorganising.pathways.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may read /actuator/prometheus: a signed-in administrator, or a scraper that sends the
 * configured token ({@code PATHWAYS_METRICS_TOKEN}) as {@code Authorization: Bearer …}. A scraper
 * cannot sign in through a form; without a token configured, only administrators read it.
 */
final class MetricsAccess implements AuthorizationManager<RequestAuthorizationContext> {

    private static final String BEARER = "Bearer ";

    private final byte[] token;
    private final AuthorizationManager<RequestAuthorizationContext> administrators =
            AuthorityAuthorizationManager.hasRole(AppRoles.ADMIN);

    /** A token shorter than this is refused at start: it could be guessed. */
    static final int MIN_TOKEN_LENGTH = 32;

    MetricsAccess(String token) {
        String given = token.strip();
        if (!given.isEmpty() && given.length() < MIN_TOKEN_LENGTH) {
            throw new IllegalStateException("PATHWAYS_METRICS_TOKEN must be at least " + MIN_TOKEN_LENGTH
                    + " characters (for example: openssl rand -hex 32)");
        }
        this.token = given.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        String header = context.getRequest().getHeader("Authorization");
        if (token.length > 0 && header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            // Compared in constant time: the answer's timing tells nothing about the token.
            byte[] sent = header.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
            return new AuthorizationDecision(MessageDigest.isEqual(sent, token));
        }
        var decision = administrators.authorize(authentication, context);
        return decision == null ? new AuthorizationDecision(false) : decision;
    }
}
