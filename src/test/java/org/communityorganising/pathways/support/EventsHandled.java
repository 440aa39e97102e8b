package org.communityorganising.pathways.support;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits for what happens after a commit: every event published for a listener that runs then is
 * kept in Spring Modulith's registry until the listener has run, and is deleted then
 * ({@code completion-mode=delete}). Once the events an action published are gone, whatever their
 * listeners send has been sent, so a test can say at once that a mail did not go, instead of
 * waiting ten seconds for one that never comes.
 *
 * <p>Only listeners that run after the commit through the registry ({@code
 * ApplicationModuleListener}) are waited for: a plain asynchronous listener would not be. Events
 * that others publish meanwhile (a scheduled job) are waited for too; a listener that fails fails
 * the test, never lets it pass.
 */
public final class EventsHandled {

    private static final Duration AT_MOST = Duration.ofSeconds(10);

    private EventsHandled() {}

    /** Runs the action, then waits until the listeners have handled every event published meanwhile. */
    public static void after(JdbcClient jdbc, Runnable action) {
        Set<String> before = waiting(jdbc);
        action.run();
        long until = System.nanoTime() + AT_MOST.toNanos();
        while (true) {
            var left = waiting(jdbc);
            left.removeAll(before);
            if (left.isEmpty()) {
                return;
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("events not handled within " + AT_MOST.toSeconds() + " s: " + left);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + left, interrupted);
            }
        }
    }

    private static Set<String> waiting(JdbcClient jdbc) {
        return new HashSet<>(jdbc.sql("select id::text || ' ' || event_type from event_publication")
                .query(String.class)
                .list());
    }
}
