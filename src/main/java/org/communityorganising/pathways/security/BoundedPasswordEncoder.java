package org.communityorganising.pathways.security;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashes on a few threads of their own, one per core: a crowd signing in at once (the
 * start of an assembly) queues for them, first come first served, instead of every sign-in
 * hashing at once and sharing the cores until all of them finish late together. The request
 * threads wait without working, and everyone already signed in keeps the cores' remaining share.
 * The hash itself is not weakened. A hash that no hasher takes within {@code maxWait}, or that finds
 * the queue full, is refused as {@link SignInBusyException}: the login page asks the person to try
 * again in a moment.
 */
final class BoundedPasswordEncoder implements PasswordEncoder, DisposableBean {

    private final PasswordEncoder hashes;
    private final ThreadPoolExecutor hashers;
    private final Duration maxWait;

    /**
     * @param maxQueued how many hashes may wait for a hasher: beyond it a sign-in is answered busy
     *     at once, so that no flood of logins can hold every request thread waiting
     */
    BoundedPasswordEncoder(PasswordEncoder hashes, int threads, int maxQueued, Duration maxWait) {
        this.hashes = hashes;
        this.maxWait = maxWait;
        var number = new AtomicInteger();
        this.hashers = new ThreadPoolExecutor(
                threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(maxQueued), work -> {
                    var thread = new Thread(work, "password-hashing-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    @Override
    public @Nullable String encode(@Nullable CharSequence rawPassword) {
        return hashed(() -> hashes.encode(rawPassword));
    }

    @Override
    public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
        Boolean matches = hashed(() -> hashes.matches(rawPassword, encodedPassword));
        return Boolean.TRUE.equals(matches);
    }

    @Override
    public boolean upgradeEncoding(@Nullable String encodedPassword) {
        return hashes.upgradeEncoding(encodedPassword); // reads the hash's prefix and cost: no hashing
    }

    /**
     * Waits at most maxWait for a hasher to take the hash; once taken, waits for it to finish. The
     * hasher and the waiter both claim the hash: whoever claims it first decides whether it runs,
     * so a hash refused as busy is never computed.
     */
    private <T> @Nullable T hashed(Callable<@Nullable T> hash) {
        long queued = System.nanoTime();
        var claimed = new AtomicBoolean();
        Future<@Nullable T> result;
        try {
            result = hashers.submit(() -> claimed.compareAndSet(false, true) ? hash.call() : null);
        } catch (RejectedExecutionException queueFull) {
            throw new SignInBusyException(Duration.ZERO);
        }
        try {
            try {
                return result.get(maxWait.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException notYet) {
                if (claimed.compareAndSet(false, true)) {
                    // Never ran, never will: out of the queue, so that it takes no one's place.
                    result.cancel(false);
                    if (result instanceof Runnable queuedTask) {
                        hashers.remove(queuedTask);
                    }
                    throw new SignInBusyException(Duration.ofNanos(System.nanoTime() - queued));
                }
                return result.get(); // one hash, already running: tens of milliseconds
            }
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
            claimed.set(true);
            throw new SignInBusyException(Duration.ofNanos(System.nanoTime() - queued));
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failed.getCause());
        }
    }

    /** Hashes waiting for a hasher now. */
    int queued() {
        return hashers.getQueue().size();
    }

    @Override
    public void destroy() {
        hashers.shutdownNow();
    }
}
