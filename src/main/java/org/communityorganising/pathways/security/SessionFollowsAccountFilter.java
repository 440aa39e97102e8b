package org.communityorganising.pathways.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.communityorganising.pathways.base.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On every request of a signed-in session: is the account still the one this session signed in
 * with? One primary-key lookup compares the account's security version with the session's copy;
 * when the account has changed (roles, chapter, deactivation, password — see
 * {@link AccountSessions}) or is gone, the session ends and the request goes on unauthenticated,
 * so the person meets the login page at their next tap instead of acting on stale rights.
 */
class SessionFollowsAccountFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionFollowsAccountFilter.class);

    /** When the session's account was last found current (epoch millis). */
    private static final String CHECKED_AT = SessionFollowsAccountFilter.class.getName() + ".checkedAt";

    /** How long after its last check a session may go on while the database cannot be reached. */
    private static final Duration GRACE = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    SessionFollowsAccountFilter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null) {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof PathwaysUser user) {
                Long version;
                try {
                    version = jdbc.sql("select security_version from account where person_id = :id")
                            .param("id", user.personId())
                            .query(Long.class)
                            .optional()
                            .orElse(null);
                } catch (RuntimeException failure) {
                    if (!DatabaseUnavailable.unreachable(failure)) {
                        throw failure;
                    }
                    Object checkedAt = session.getAttribute(CHECKED_AT);
                    if (checkedAt instanceof Long at && clock.millis() - at < GRACE.toMillis()) {
                        // The database is restarting, and this session was found current moments
                        // ago: the request goes on, so that a tap meanwhile is answered "not saved,
                        // try again" by the page, not with an error page. Checked again next request.
                        log.warn("Account of person {} not checked: database unreachable", user.personId());
                        chain.doFilter(request, response);
                    } else {
                        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                    }
                    return;
                }
                if (version == null || version != user.securityVersion()) {
                    log.info("Session of person {} ended: the account changed since sign-in", user.personId());
                    SecurityContextHolder.clearContext();
                    session.invalidate();
                } else {
                    session.setAttribute(CHECKED_AT, clock.millis());
                }
            }
        }
        chain.doFilter(request, response);
    }
}
