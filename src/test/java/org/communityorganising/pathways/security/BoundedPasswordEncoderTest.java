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
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class BoundedPasswordEncoderTest {

    /** Real BCrypt, counting how many hashes run at the same moment. */
    static final class CountingEncoder implements PasswordEncoder {
        final PasswordEncoder bcrypt = new BCryptPasswordEncoder(6);
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public @Nullable String encode(@Nullable CharSequence raw) {
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
        var encoder = new BoundedPasswordEncoder(counting, 2, Duration.ofSeconds(30));
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
        var encoder = new BoundedPasswordEncoder(slow, 1, Duration.ofMillis(200));
        var first = Executors.newSingleThreadExecutor();
        try {
            var occupying = first.submit(() -> encoder.matches("a", "b"));
            while (checked.get() == 0) {
                Thread.sleep(5);
            }
            assertThatThrownBy(() -> encoder.matches("c", "d")).isInstanceOf(SignInBusyException.class);
            release.countDown();
            assertThat(occupying.get(5, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(100);
            assertThat(checked).as("the refused password was never compared").hasValue(1);
        } finally {
            first.shutdownNow();
            encoder.destroy();
        }
    }
}
