package org.communityorganising.pathways.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class BoundedPasswordEncoderTest {

    /** Real BCrypt, counting how many hashes run at the same moment. */
    static final class CountingEncoder implements PasswordEncoder {
        final PasswordEncoder bcrypt = new BCryptPasswordEncoder(6);
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger encodes = new AtomicInteger();

        @Override
        public @Nullable String encode(@Nullable CharSequence raw) {
            encodes.incrementAndGet();
            return count(() -> bcrypt.encode(raw));
        }

        @Override
        public boolean matches(@Nullable CharSequence raw, @Nullable String encoded) {
            return Boolean.TRUE.equals(count(() -> bcrypt.matches(raw, encoded)));
        }

        private <T> T count(java.util.function.Supplier<T> hash) {
            calls.incrementAndGet();
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                return hash.get();
            } finally {
                running.decrementAndGet();
            }
        }
    }

    @Test
    void aCrowdSigningInAtOnceIsHashedNoMoreAtATimeThanThereAreHashersAndEveryoneIsAnswered() throws Exception {
        var counting = new CountingEncoder();
        String hash = counting.bcrypt.encode("pathways");
        var encoder = new BoundedPasswordEncoder(counting, 2, 100, Duration.ofSeconds(30));
        var crowd = Executors.newFixedThreadPool(40);
        try {
            var start = new CountDownLatch(1);
            var answers = new ArrayList<Future<Boolean>>();
            for (int person = 0; person < 40; person++) {
                String password = person % 10 == 0 ? "wrong" : "pathways";
                answers.add(crowd.submit(() -> {
                    start.await();
                    return encoder.matches(password, hash);
                }));
            }
            start.countDown();
            int right = 0;
            for (var answer : answers) {
                right += answer.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(right)
                    .as("every right password accepted, every wrong one refused")
                    .isEqualTo(36);
            assertThat(counting.mostAtOnce).as("hashes at the same moment").hasValue(2);
            assertThat(encoder.encode("new password"))
                    .satisfies(newHash -> assertThat(counting.bcrypt.matches("new password", newHash))
                            .isTrue());
        } finally {
            crowd.shutdownNow();
            encoder.destroy();
        }
    }

    @Test
    void aPasswordThatCannotBeCheckedInTimeIsRefusedAsBusyAndNeverChecked() throws Exception {
        var release = new CountDownLatch(1);
        var checked = new AtomicInteger();
        PasswordEncoder slow = new PasswordEncoder() {
            @Override
            public @Nullable String encode(@Nullable CharSequence raw) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean matches(@Nullable CharSequence raw, @Nullable String encoded) {
                checked.incrementAndGet();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return true;
            }
        };
        var encoder = new BoundedPasswordEncoder(slow, 1, 1, Duration.ofMillis(200));
        var first = Executors.newFixedThreadPool(2);
        try {
            var occupying = first.submit(() -> encoder.matches("a", "b"));
            while (checked.get() == 0) {
                Thread.sleep(5);
            }
            assertThatThrownBy(() -> encoder.matches("c", "d")).isInstanceOf(SignInBusyException.class);
            // With one waiting already, a flood is refused at once, without waiting.
            var waiting = first.submit(() -> encoder.matches("e", "f"));
            while (encoder.queued() == 0) {
                Thread.sleep(5);
            }
            long started = System.nanoTime();
            assertThatThrownBy(() -> encoder.matches("g", "h")).isInstanceOf(SignInBusyException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(150));
            assertThatThrownBy(waiting::get).hasCauseInstanceOf(SignInBusyException.class);
            release.countDown();
            assertThat(occupying.get(5, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(100);
            assertThat(checked).as("the refused password was never compared").hasValue(1);
        } finally {
            first.shutdownNow();
            encoder.destroy();
        }
    }

    @Test
    void aNodeJustStartedHashesTheUnknownEmailsDummyOnceNotOncePerSignInOfItsFirstBurst() throws Exception {
        var counting = new CountingEncoder();
        var encoder = new BoundedPasswordEncoder(counting, 2, 100, Duration.ofSeconds(30));
        var accounts = new org.springframework.security.provisioning.InMemoryUserDetailsManager(
                org.springframework.security.core.userdetails.User.withUsername("ana@example.org")
                        .password(counting.bcrypt.encode("pathways"))
                        .roles("TRAINEE")
                        .build());
        var check = new PasswordCheck(accounts);
        check.setPasswordEncoder(encoder);
        var crowd = Executors.newFixedThreadPool(20);
        try {
            var start = new CountDownLatch(1);
            var answers = new ArrayList<Future<Boolean>>();
            for (int person = 0; person < 20; person++) {
                answers.add(crowd.submit(() -> {
                    start.await();
                    return check.authenticate(
                                    UsernamePasswordAuthenticationToken.unauthenticated("ana@example.org", "pathways"))
                            .isAuthenticated();
                }));
            }
            start.countDown();
            for (var answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(counting.encodes).as("the dummy, hashed once").hasValue(1);
            assertThat(counting.calls)
                    .as("one check per sign-in, and the dummy")
                    .hasValue(21);
        } finally {
            crowd.shutdownNow();
            encoder.destroy();
        }
    }
}
