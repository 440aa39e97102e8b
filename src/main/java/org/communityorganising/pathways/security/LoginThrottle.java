package org.communityorganising.pathways.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
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
 *
 * <p>The buckets live in PostgreSQL (table login_throttle, Bucket4j's store, each attempt one
 * short transaction under a row lock), so on several nodes one address has one budget, not one
 * per node.
 */
@Component
class LoginThrottle {

    static final int FAILURES = 20;
    static final Duration REFILL = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private static final BucketConfiguration BUDGET = BucketConfiguration.builder()
            .addLimit(Bandwidth.builder()
                    .capacity(FAILURES)
                    .refillGreedy(FAILURES, REFILL)
                    .build())
            .build();

    private final ProxyManager<String> buckets;

    // One WARN line per address per window on this node, not one per refused request.
    private final Cache<String, Boolean> warned =
            Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(REFILL).build();

    LoginThrottle(DataSource dataSource, Clock clock) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("login_throttle")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                // A row is worth keeping only until its bucket is full again.
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                // The app's clock, as every other rule of time (and the nodes' clocks agree: NTP).
                .clientClock(new TimeMeter() {
                    @Override
                    public long currentTimeNanos() {
                        return TimeUnit.MILLISECONDS.toNanos(clock.millis());
                    }

                    @Override
                    public boolean isWallClockBased() {
                        return true;
                    }
                })
                .build();
    }

    /** Takes one attempt from the address's budget; false when it is spent. */
    boolean tryAttempt(String address) {
        boolean allowed = buckets.builder().build(address, BUDGET).tryConsume(1);
        if (!allowed && warned.asMap().putIfAbsent(address, Boolean.TRUE) == null) {
            log.warn(
                    "Login attempts from {} throttled (at most {} failures per {} min)",
                    address,
                    FAILURES,
                    REFILL.toMinutes());
        }
        return allowed;
    }

    /** A successful login does not count against its address. */
    void succeeded(String address) {
        buckets.builder().build(address, BUDGET).addTokens(1);
    }
}
