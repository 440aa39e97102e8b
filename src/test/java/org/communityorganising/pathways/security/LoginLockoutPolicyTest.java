package org.communityorganising.pathways.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginLockoutPolicyTest {

    private final Instant now = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void theFirstFourFailuresOnlyCount() {
        for (int soFar = 0; soFar < 4; soFar++) {
            var outcome = LoginLockoutPolicy.afterFailure(soFar, now);
            assertThat(outcome.failedLogins()).isEqualTo(soFar + 1);
            assertThat(outcome.lockUntil()).isNull();
        }
    }

    @Test
    void theFifthFailureLocksForFifteenMinutesAndStartsCountingAfresh() {
        var outcome = LoginLockoutPolicy.afterFailure(4, now);
        assertThat(outcome.lockUntil()).isEqualTo(Instant.parse("2026-11-28T10:15:00Z"));
        assertThat(outcome.failedLogins()).isZero();
    }
}
