package org.communityorganising.pathways.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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

    /** "Forgot your password?" from one address: a few a hour, whatever addresses are typed. */
    static final int RESETS = 5;

    private static final BucketConfiguration RESET_BUDGET = BucketConfiguration.builder()
            .addLimit(Bandwidth.builder()
                    .capacity(RESETS)
                    .refillGreedy(RESETS, Duration.ofHours(1))
                    .build())
            .build();

    /** Every this many attempts, expired buckets are removed (besides the daily retention run). */
    static final int CLEAN_EVERY = 500;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final AtomicInteger attempts = new AtomicInteger();

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
        if (attempts.incrementAndGet() % CLEAN_EVERY == 0) {
            // A flood of new addresses leaves a row each: clear the expired ones as it goes.
            buckets.removeExpired(CLEAN_EVERY);
        }
        boolean allowed = buckets.builder().build(key(address), BUDGET).tryConsume(1);
        if (!allowed && warned.asMap().putIfAbsent(key(address), Boolean.TRUE) == null) {
            log.warn(
                    "Login attempts from {} throttled (at most {} failures per {} min)",
                    address,
                    FAILURES,
                    REFILL.toMinutes());
        }
        return allowed;
    }

    /**
     * The bucket an address spends: an IPv4 address, or an IPv6 address's /64 network — one
     * household or phone is given a whole /64, so rotating within it would otherwise be free.
     */
    static String key(String address) {
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            // A literal with a colon is parsed as IPv6, never looked up in DNS.
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
        } catch (java.net.UnknownHostException notAnAddress) {
            return address;
        }
    }

    /** Takes one reset request from the address's budget; false when it is spent. */
    boolean tryReset(String address) {
        return buckets.builder().build("reset:" + key(address), RESET_BUDGET).tryConsume(1);
    }

    /** A successful login does not count against its address. */
    void succeeded(String address) {
        buckets.builder().build(key(address), BUDGET).addTokens(1);
    }
}
