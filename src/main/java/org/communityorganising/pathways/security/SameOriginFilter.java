package org.communityorganising.pathways.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses requests that change state (POST and the like) when the browser says they come from
 * another site: {@code Sec-Fetch-Site} when the browser sends it, otherwise {@code Origin}
 * compared with this server's own origin (as the reverse proxy presents it). The login form has no
 * CSRF token (the sign-in page posts a plain form), so for {@code POST /login} one of the two
 * headers is required: every current browser sends {@code Origin} with a POST, and a form on
 * another site can neither omit nor forge it. This stops login CSRF (signing a victim's browser
 * into an attacker's account) and cross-site posts that would replace the victim's session.
 * Vaadin's own requests carry its CSRF token as well.
 */
class SameOriginFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SameOriginFilter.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE_METHODS.contains(request.getMethod()) || sameOrigin(request)) {
            chain.doFilter(request, response);
            return;
        }
        log.warn(
                "Cross-site {} {} refused (Origin {}, Sec-Fetch-Site {})",
                request.getMethod(),
                request.getRequestURI(),
                request.getHeader("Origin"),
                request.getHeader("Sec-Fetch-Site"));
        // Written here, not through sendError: the error page would be dispatched and redirect.
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("Cross-site request refused");
    }

    static boolean sameOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin") || site.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return origin.equalsIgnoreCase(ownOrigin(request));
        }
        // Neither header: not a browser (browsers send Origin with every POST), so not a forged
        // cross-site request — but the login form must come from a browser on our own page.
        return !isLogin(request);
    }

    private static boolean isLogin(HttpServletRequest request) {
        return request.getRequestURI().equals(request.getContextPath() + "/login");
    }

    private static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }
}
