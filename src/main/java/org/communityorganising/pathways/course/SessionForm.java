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
        long version) {}
