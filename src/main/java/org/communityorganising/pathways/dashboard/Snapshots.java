package org.communityorganising.pathways.dashboard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Figures computed once and served while they are recent enough: a page of counts over a whole
 * chapter costs half a second to compute and a few milliseconds to serve (docs/benchmarks.md).
 * A snapshot older than {@code freshFor} is still served and is recomputed in the background, one
 * computation per key at a time; one older than {@code keptFor} (or from a clock that went back)
 * is recomputed while the caller waits. Ages are read from the app's clock, so the snapshot says
 * when it was taken and tests can age it.
 *
 * <p>The caller checks who may see a key before asking: a snapshot holds no one viewer's data.
 */
final class Snapshots<K, V> {

    private static final Logger log = LoggerFactory.getLogger(Snapshots.class);

    private final Cache<K, V> served;
    private final ConcurrentMap<K, CompletableFuture<V>> refreshing = new ConcurrentHashMap<>();
    private final Function<K, V> compute;
    private final Function<V, Instant> asOf;
    private final Clock clock;
    private final Duration freshFor;
    private final Duration keptFor;
    private final Executor background;

    Snapshots(
            Function<K, V> compute,
            Function<V, Instant> asOf,
            Clock clock,
            Duration freshFor,
            Duration keptFor,
            Executor background) {
        this.compute = compute;
        this.asOf = asOf;
        this.clock = clock;
        this.freshFor = freshFor;
        this.keptFor = keptFor;
        this.background = background;
        // Unread keys leave; a snapshot is small (counts), a few hundred chapters at most.
        this.served = Caffeine.newBuilder()
                .maximumSize(1_000)
                .expireAfterAccess(keptFor)
                .build();
    }

    /** The snapshot to show now: computed here when there is none, or it is too old to show. */
    V get(K key) {
        V snapshot = served.get(key, compute);
        Duration age = Duration.between(asOf.apply(snapshot), clock.instant());
        return age.isNegative() || age.compareTo(keptFor) > 0 ? recompute(key) : snapshot;
    }

    /** Whether a snapshot served by {@link #get} should be followed by a {@link #refresh}. */
    boolean isStale(V snapshot) {
        return Duration.between(asOf.apply(snapshot), clock.instant()).compareTo(freshFor) > 0;
    }

    /** Computes now, while the caller waits, and serves the result from now on. */
    V recompute(K key) {
        V snapshot = compute.apply(key);
        // Unconditionally: a snapshot dated after now (a clock set back) must not outlive this one.
        served.put(key, snapshot);
        return snapshot;
    }

    /**
     * Computes in the background, on the caller's security context; while one computation for
     * the key runs, every caller gets its future rather than starting another. The future
     * completes on the background thread: whoever continues from it brings their own context.
     */
    CompletableFuture<V> refresh(K key) {
        var started = new CompletableFuture<V>();
        var running = refreshing.putIfAbsent(key, started);
        if (running != null) {
            return running;
        }
        try {
            background.execute(() -> {
                try {
                    V snapshot = compute.apply(key);
                    keepNewer(key, snapshot);
                    refreshing.remove(key, started);
                    started.complete(snapshot);
                } catch (RuntimeException | Error e) {
                    log.warn("Recomputing the snapshot of {} failed", key, e);
                    refreshing.remove(key, started);
                    started.completeExceptionally(e);
                }
            });
        } catch (RuntimeException refused) {
            // The pool is shut down or full: nothing runs, so nobody may wait for it.
            refreshing.remove(key, started);
            started.completeExceptionally(refused);
        }
        return started;
    }

    /**
     * A computation that started earlier but finishes last must not replace a later one ({@code
     * asOf} is taken when a computation starts).
     */
    private void keepNewer(K key, V snapshot) {
        served.asMap()
                .merge(
                        key,
                        snapshot,
                        (old, computed) -> asOf.apply(computed).isBefore(asOf.apply(old)) ? old : computed);
    }
}
