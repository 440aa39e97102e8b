package org.communityorganising.pathways.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A limit on failed logins per client address, across accounts: the per-account lock cannot stop
 * one client trying one password on many accounts. Each address has a bucket of
 * {@value #FAILURES} failures that refills over {@link #REFILL}; a successful login gives its
 * token back, so a church hall full of people signing in on one Wi-Fi is never slowed. The
 * address is the client's as Tomcat sees it, which behind the README's reverse proxy is the one
 * in {@code X-Forwarded-For} (server.forward-headers-strategy=native).
 */
@Component
class LoginThrottle {

    static final int FAILURES = 20;
    static final Duration REFILL = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    // Bounded and self-cleaning, so a flood of addresses cannot fill the heap.
    private final Cache<String, Bucket> buckets =
            Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(REFILL).build();

    /** Takes one attempt from the address's budget; false when it is spent. */
    boolean tryAttempt(String address) {
        boolean allowed = bucket(address).tryConsume(1);
        if (!allowed) {
            log.warn("Login attempts from {} throttled", address);
        }
        return allowed;
    }

    /** A successful login does not count against its address. */
    void succeeded(String address) {
        bucket(address).addTokens(1);
    }

    private Bucket bucket(String address) {
        return buckets.get(
                address,
                key -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(FAILURES)
                                .refillGreedy(FAILURES, REFILL)
                                .build())
                        .build());
    }
}
