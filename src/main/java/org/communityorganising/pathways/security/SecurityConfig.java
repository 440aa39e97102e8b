package org.communityorganising.pathways.security;

import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /** Where sign-in lives (security.ui.SignInPage, outside Vaadin); the form posts back to it. */
    private static final String LOGIN_PAGE = "/login";

    /**
     * The policy the app really runs under (a browser test loads every view with it and fails on
     * any violation). Vaadin Flow evaluates server-sent JavaScript and injects styles, so scripts
     * need 'unsafe-eval' and 'unsafe-inline', styles 'unsafe-inline'; everything else is locked to
     * our own origin, and nobody may frame the app.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            JdbcClient jdbc,
            AuthenticationManager authenticationManager,
            Clock clock,
            @Value("${pathways.metrics.token:}") String metricsToken)
            throws Exception {
        // The login form must use our guarded manager, not one Spring builds from the UserDetailsService.
        http.authenticationManager(authenticationManager);
        // Before anything reads the request's session or credentials: cross-site posts are refused,
        // and a session whose account has changed since sign-in is ended.
        http.addFilterBefore(new SameOriginFilter(), CsrfFilter.class);
        http.addFilterAfter(new SessionFollowsAccountFilter(jdbc, clock), SecurityContextHolderFilter.class);
        // After the session's account is known (and checked): who and from where, in every log line.
        http.addFilterAfter(new RequestLogContext(), SessionFollowsAccountFilter.class);
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                // A scraper with the metrics token, or an administrator.
                .requestMatchers("/actuator/prometheus")
                .access(new MetricsAccess(metricsToken))
                .requestMatchers("/actuator/**")
                .hasRole(AppRoles.ADMIN)
                .requestMatchers("/styles/**", "/images/**", "/icons/**")
                .permitAll()
                // Calendar apps cannot log in: the secret token in the feed URL is the credential.
                .requestMatchers("/calendar/feed/**")
                .permitAll()
                // What a verifier of a credential fetches: public keys, the issuer, a tier, the status list.
                .requestMatchers(
                        "/.well-known/jwks.json",
                        "/credentials/keys/**",
                        "/credentials/issuer",
                        "/credentials/tiers/**",
                        "/credentials/status/**")
                .permitAll()
                // One session as an .ics download: for whoever may see the session (the service checks).
                .requestMatchers("/calendar/session/**")
                .authenticated());
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny())
                // Vaadin serves its bootstrap page through a forward that skips lazily written
                // headers; writing them up front gives every response, the login page included, the policy.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        // Any other address goes to Vaadin's router, which answers an unknown one with the app's own
        // "page not found" (404), signed in or not, and sends protected views to the login page.
        // Every non-Vaadin endpoint is listed above; EndpointSecurityTest fails on one that is not.
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                // The sign-in page is plain HTML served by Spring MVC (security.ui.SignInPage, decision 0023).
                vaadin -> vaadin.loginView(LOGIN_PAGE).anyRequest(rule -> rule.permitAll()));
        return http.build();
    }

    /**
     * Vaadin's navigation access control, built from the same configurer and checkers as Vaadin's
     * own bean, which stays defined but unused: Vaadin's security configurer and its UI listener
     * take the primary one. It spares every check a scan of the classpath (decision 0025).
     */
    @Bean
    @Primary
    NavigationAccessControl requestRolesNavigationAccessControl(
            List<NavigationAccessChecker> checkers,
            NavigationAccessControlConfigurer configurer,
            VaadinRolePrefixHolder rolePrefix) {
        return configurer.build(
                (chosen, decisionResolver) ->
                        new RequestRolesNavigationAccessControl(chosen, decisionResolver, rolePrefix),
                checkers);
    }

    /**
     * BCrypt today; the {id} prefix lets a later move to Argon2 re-hash on login without a migration.
     * Hashed on one thread per core (by default), so a crowd signing in queues instead of starving
     * everyone else (docs/decisions/0021-a-crowd-signs-in-through-a-queue.md).
     */
    @Bean
    PasswordEncoder passwordEncoder(
            @Value("${pathways.password-hashing.threads:0}") int threads,
            @Value("${pathways.password-hashing.max-queued:200}") int maxQueued,
            @Value("${pathways.password-hashing.max-wait:PT20S}") Duration maxWait) {
        return new BoundedPasswordEncoder(
                PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                threads > 0 ? threads : Runtime.getRuntime().availableProcessors(),
                maxQueued,
                maxWait);
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    AuthenticationManager authenticationManager(
            UserDetailsService accounts,
            PasswordEncoder passwordEncoder,
            AuthenticationEventPublisher events,
            LoginAttempts attempts,
            LoginThrottle throttle,
            Clock clock) {
        var provider = new PasswordCheck(accounts);
        provider.setPasswordEncoder(passwordEncoder);
        // Check locked/disabled only after the password, so that every attempt costs one hash and
        // neither timing nor message tells whether an account exists or is locked.
        provider.setPreAuthenticationChecks(user -> {});
        provider.setPostAuthenticationChecks(
                new org.springframework.security.authentication.AccountStatusUserDetailsChecker());
        var manager = new ProviderManager(new GuardedAuthenticationProvider(provider, attempts, throttle, clock));
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }
}
