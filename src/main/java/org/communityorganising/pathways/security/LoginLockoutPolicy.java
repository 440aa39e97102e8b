package org.communityorganising.pathways.security;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * After {@value #MAX_FAILURES} failed logins in a row an account is locked for
 * {@link #LOCK_DURATION}. Pure, so the rule is unit-tested apart from the database.
 */
public final class LoginLockoutPolicy {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private LoginLockoutPolicy() {}

    /** What the account looks like after one more failure. */
    public static Outcome afterFailure(int failuresSoFar, Instant now) {
        int failures = failuresSoFar + 1;
        if (failures >= MAX_FAILURES) {
            return new Outcome(0, now.plus(LOCK_DURATION));
        }
        return new Outcome(failures, null);
    }

    /**
     * @param failedLogins the failures counted towards the next lock
     * @param lockUntil when a new lock ends, or null when this failure does not lock
     */
    public record Outcome(int failedLogins, @Nullable Instant lockUntil) {}
}
