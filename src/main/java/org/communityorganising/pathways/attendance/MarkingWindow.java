package org.communityorganising.pathways.attendance;

import java.time.Duration;
import java.time.Instant;
import org.communityorganising.pathways.course.SessionDetails;

/**
 * When a session's register can be marked: from {@link #OPENS_BEFORE_START} before it starts (as
 * people arrive, the same moment self check-in opens) and from then on, for corrections later.
 * Before that the register is read-only — "everyone present" at breakfast must not count people as
 * attended, nor block their apologies. Apologies may be recorded at any time. Self check-in (and
 * the code that allows it) is for the session's own time only.
 */
public final class MarkingWindow {

    public static final Duration OPENS_BEFORE_START = Duration.ofMinutes(15);

    private MarkingWindow() {}

    public static Instant opensAt(SessionDetails session) {
        return session.startsAt().minus(OPENS_BEFORE_START);
    }

    public static boolean isOpen(SessionDetails session, Instant now) {
        return !now.isBefore(opensAt(session));
    }

    /** Self check-in: from the moment the register opens until the session ends. */
    public static boolean isCheckInOpen(SessionDetails session, Instant now) {
        return isOpen(session, now) && !now.isAfter(session.endsAt());
    }
}
