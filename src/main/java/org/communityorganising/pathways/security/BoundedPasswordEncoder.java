package org.communityorganising.pathways.security;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashes on a few threads of their own, one per core: a crowd signing in at once (the
 * start of an assembly) queues for them, first come first served, instead of every sign-in
 * hashing at once and sharing the cores until all of them finish late together. The request
 * threads wait without working, and everyone already signed in keeps the cores' remaining share.
 * The hash itself is not weakened. A hash that no hasher takes within {@code maxWait} is refused as
 * {@link SignInBusyException}: the login page asks the person to try again in a moment.
 */
final class BoundedPasswordEncoder implements PasswordEncoder, DisposableBean {

    private final PasswordEncoder hashes;
    private final ExecutorService hashers;
    private final Duration maxWait;

    BoundedPasswordEncoder(PasswordEncoder hashes, int threads, Duration maxWait) {
        this.hashes = hashes;
        this.maxWait = maxWait;
        var number = new AtomicInteger();
        this.hashers = Executors.newFixedThreadPool(threads, work -> {
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

    /** Waits at most maxWait for a hasher to take the hash; once taken, waits for it to finish. */
    private <T> @Nullable T hashed(Callable<@Nullable T> hash) {
        long queued = System.nanoTime();
        var taken = new CountDownLatch(1);
        Future<@Nullable T> result = hashers.submit(() -> {
            taken.countDown();
            return hash.call();
        });
        boolean interrupted = false;
        try {
            if (!taken.await(maxWait.toNanos(), TimeUnit.NANOSECONDS) && result.cancel(false)) {
                throw new SignInBusyException(Duration.ofNanos(System.nanoTime() - queued));
            }
        } catch (InterruptedException stop) {
            interrupted = true;
            if (result.cancel(false)) {
                Thread.currentThread().interrupt();
                throw new SignInBusyException(Duration.ofNanos(System.nanoTime() - queued));
            }
        }
        try {
            return result.get(); // one hash, already running: tens of milliseconds
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
            throw new SignInBusyException(Duration.ofNanos(System.nanoTime() - queued));
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failed.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void destroy() {
        hashers.shutdownNow();
    }
}
