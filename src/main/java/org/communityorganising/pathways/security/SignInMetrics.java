package org.communityorganising.pathways.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Sign-ins and refusals, counted for the operator: a sudden run of refusals is an attack or an outage of mail. */
@Component
class SignInMetrics {

    private final Counter signedIn;
    private final Counter refused;

    SignInMetrics(MeterRegistry meters) {
        signedIn = Counter.builder("pathways.signins")
                .tag("outcome", "success")
                .description("Sign-ins with a password")
                .register(meters);
        refused = Counter.builder("pathways.signins")
                .tag("outcome", "refused")
                .description("Sign-ins refused (wrong password, unknown address, locked account)")
                .register(meters);
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        signedIn.increment();
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        refused.increment();
    }
}
