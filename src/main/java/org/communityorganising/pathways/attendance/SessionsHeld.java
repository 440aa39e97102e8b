package org.communityorganising.pathways.attendance;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * The one rule of which sessions count as held for attendance rates: not cancelled, and started.
 * A session later today is not held yet: at 17:38 an 18:30 session must not make anyone slipping.
 * Java code asks {@link #held}; SQL uses {@link #SQL} (with the session aliased {@code s} and the
 * moment bound as {@code :now} by {@link #now}) — the two side by side, so they cannot drift apart.
 */
final class SessionsHeld {

    /** For a query over {@code training_session s}, with {@code :now} bound to {@link #now}. */
    static final String SQL = "(not s.cancelled and s.starts_at <= :now)";

    private SessionsHeld() {}

    static boolean held(Instant startsAt, boolean cancelled, Instant now) {
        return !cancelled && !startsAt.isAfter(now);
    }

    /** The value to bind as {@code :now}. */
    static Timestamp now(Instant now) {
        return Timestamp.from(now);
    }
}
