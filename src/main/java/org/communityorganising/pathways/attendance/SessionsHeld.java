package org.communityorganising.pathways.attendance;

import java.time.Instant;
import java.time.LocalDate;
import org.communityorganising.pathways.base.LondonTime;

/**
 * The one rule of which sessions count as held for attendance rates: not cancelled, and on or
 * before today's date in London. Java code asks {@link #held}; SQL uses {@link #SQL} (with the
 * session aliased {@code s} and today bound as {@code :today}) — the two side by side, so they
 * cannot drift apart.
 */
final class SessionsHeld {

    /** For a query over {@code training_session s}, with {@code :today} bound to {@link #today}. */
    static final String SQL = "(not s.cancelled and (s.starts_at at time zone 'Europe/London')::date <= :today)";

    private SessionsHeld() {}

    static boolean held(Instant startsAt, boolean cancelled, LocalDate today) {
        return !cancelled && !LondonTime.of(startsAt).toLocalDate().isAfter(today);
    }

    static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, LondonTime.ZONE);
    }
}
