package org.communityorganising.pathways.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every log line written while a request is handled carries the client's address ({@code client},
 * as the proxy reports it) and the signed-in account's id ({@code account}) — never a name or an
 * e-mail. Structured (JSON) logs include them as fields; see docs/operating.md.
 */
final class RequestLogContext extends OncePerRequestFilter {

    static final String CLIENT = "client";
    static final String ACCOUNT = "account";

    /** Error pages too: the lines Tomcat writes for an uncaught exception say who and from where. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        MDC.put(CLIENT, request.getRemoteAddr());
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PathwaysUser user) {
            MDC.put(ACCOUNT, Long.toString(user.personId()));
        }
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(CLIENT);
            MDC.remove(ACCOUNT);
        }
    }
}
