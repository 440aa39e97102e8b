package org.communityorganising.pathways.calendar;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What one calendar event says about one session. */
record CalendarEntry(
        long sessionId,
        String uid,
        int sequence,
        String summary,
        Instant startsAt,
        Instant endsAt,
        @Nullable String venue,
        @Nullable String onlineLink,
        boolean cancelled,
        @Nullable String cancelReason) {}
