package org.communityorganising.pathways.course;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

/** A weekly series in one form: from a date, on a weekday, at a local time, so many times. */
public record WeeklySeriesForm(
        @NotNull(message = "{form.error.required}") @Nullable
        LocalDate from,

        @NotNull(message = "{form.error.required}") @Nullable
        DayOfWeek weekday,

        @NotNull(message = "{sessions.error.when}") @Nullable
        LocalTime start,

        @NotNull(message = "{form.error.required}")
        @Range(min = SessionForm.MIN_MINUTES, max = SessionForm.MAX_MINUTES, message = "{form.error.range}")
        int durationMinutes,

        @NotNull(message = "{form.error.required}")
        @Range(min = 1, max = WeeklySeries.MAX_SESSIONS, message = "{form.error.range}")
        int count,

        @Size(max = SessionForm.VENUE_MAX, message = "{form.error.too-long}") @Nullable
        String venue,

        @Size(max = SessionForm.LINK_MAX, message = "{form.error.too-long}")
        @Pattern(regexp = SessionForm.LINK_PATTERN, message = "{sessions.error.link}")
        @Nullable
        String onlineLink) {}
