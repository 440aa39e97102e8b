package org.communityorganising.pathways.course;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

/** One session: its local date and start time in Europe/London, its length, and where. */
public record SessionForm(
        @NotNull(message = "{sessions.error.when}") @Nullable
        LocalDate date,

        @NotNull(message = "{sessions.error.when}") @Nullable
        LocalTime start,

        @NotNull(message = "{form.error.required}")
        @Range(min = MIN_MINUTES, max = MAX_MINUTES, message = "{form.error.range}")
        int durationMinutes,

        @Size(max = VENUE_MAX, message = "{form.error.too-long}") @Nullable
        String venue,

        @Size(max = LINK_MAX, message = "{form.error.too-long}")
        @Pattern(regexp = LINK_PATTERN, message = "{sessions.error.link}")
        @Nullable
        String onlineLink,

        long version) {
    // Length limits: one constant for the column, the service rule and the form field.
    public static final int VENUE_MAX = 300;
    public static final int LINK_MAX = 500;
    public static final int CANCEL_REASON_MAX = 500;
    public static final int MIN_MINUTES = 15;
    public static final int MAX_MINUTES = 24 * 60;
    /** Empty, or a web address: the same rule for a session and a series. */
    public static final String LINK_PATTERN = "^$|^https?://\\S+$";
}
