package org.communityorganising.pathways.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.TestData;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** When every password hasher is taken for longer than a person may wait (issue 20, item 3). */
@IntegrationTest
class SignInBusyTest {

    @Autowired
    AccountDetailsService accounts;

    @Autowired
    LoginAttempts attempts;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    Clock clock;

    @Autowired
    TestData data;

    @AfterEach
    void reset() {
        data.clearFailedLogins();
    }

    @Test
    void aSignInWhosePasswordCouldNotBeCheckedInTimeIsNotCountedTowardsALock() throws Exception {
        var release = new CountDownLatch(1);
        var taken = new CountDownLatch(1);
        PasswordEncoder held = new PasswordEncoder() {
            @Override
            public @Nullable String encode(@Nullable CharSequence raw) {
                return "{noop}" + raw; // what the provider compares an unknown e-mail with
            }

            @Override
            public boolean matches(@Nullable CharSequence raw, @Nullable String encoded) {
                taken.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return false;
            }
        };
        var hasher = new BoundedPasswordEncoder(held, 1, 100, Duration.ofMillis(300));
        var passwordCheck = new DaoAuthenticationProvider(accounts);
        passwordCheck.setPasswordEncoder(hasher);
        var signIn = new GuardedAuthenticationProvider(passwordCheck, attempts, throttle, clock);
        var someoneElse = Executors.newSingleThreadExecutor();
        try {
            // Another person's hash takes the only hasher and holds it.
            var first = someoneElse.submit(() -> signIn.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(DemoLogins.LEAD, "anything")));
            assertThat(taken.await(10, TimeUnit.SECONDS)).isTrue();
            // A hall full of people on one address, all told "busy", more of them than its budget.
            String hall = "198.51.100.77";
            for (int attempt = 0; attempt < LoginThrottle.FAILURES + 2; attempt++) {
                var token = UsernamePasswordAuthenticationToken.unauthenticated(DemoLogins.TRAINER, "guess");
                token.setDetails(new WebAuthenticationDetails(hall, null));
                assertThatThrownBy(() -> signIn.authenticate(token)).isInstanceOf(SignInBusyException.class);
            }
            assertThat(data.failedLogins(DemoLogins.TRAINER))
                    .as("nothing was learnt, so nothing is counted")
                    .isZero();
            assertThat(throttle.tryAttempt(hall))
                    .as("nor against the hall's address")
                    .isTrue();
            release.countDown();
            assertThatThrownBy(() -> first.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(BadCredentialsException.class);
            assertThat(data.failedLogins(DemoLogins.LEAD))
                    .as("a password really checked is")
                    .isEqualTo(1);
        } finally {
            release.countDown();
            someoneElse.shutdownNow();
            hasher.destroy();
        }
    }
}
