package org.communityorganising.pathways.course;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** A weekly series in one form: from a date, on a weekday, at a local time, so many times. */
public record WeeklySeriesForm(
        @Nullable LocalDate from,
        @Nullable DayOfWeek weekday,
        @Nullable LocalTime start,
        int durationMinutes,
        int count,
        @Nullable String venue,
        @Nullable String onlineLink) {}
