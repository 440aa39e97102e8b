package org.communityorganising.pathways.progression.mentoring;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

/** A meeting as one of a pair logs it: the day and how long, nothing else. */
public record MeetingForm(
        @NotNull(message = "{form.error.required}") @PastOrPresent(message = "{practice.error.future}") @Nullable
        LocalDate metOn,

        @NotNull(message = "{form.error.required}")
        @Range(min = 1, max = MINUTES_MAX, message = "{form.error.range}")
        @Nullable
        Integer minutes) {

    public static final int MINUTES_MAX = 24 * 60;
}
