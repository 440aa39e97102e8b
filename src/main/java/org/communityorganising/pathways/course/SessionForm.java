package org.communityorganising.pathways.course;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** One session: its local date and start time in Europe/London, its length, and where. */
public record SessionForm(
        @Nullable LocalDate date,
        @Nullable LocalTime start,
        int durationMinutes,
        @Nullable String venue,
        @Nullable String onlineLink,
        long version) {
    // Length limits: one constant for the column, the service rule and the form field.
    public static final int VENUE_MAX = 300;
    public static final int LINK_MAX = 500;
    public static final int CANCEL_REASON_MAX = 500;
}
