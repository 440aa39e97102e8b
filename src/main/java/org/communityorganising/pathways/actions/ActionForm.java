package org.communityorganising.pathways.actions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

/**
 * An action as its organiser creates it: what, where, why and when (a day, a start and an end in
 * London time); a delegates assembly also names its quorum and the listening campaign whose issues
 * it votes on.
 */
public record ActionForm(
        @NotNull(message = "{form.error.required}") @Nullable
        ActionKind kind,

        @NotBlank(message = "{form.error.required}") @Size(max = TITLE_MAX, message = "{form.error.too-long}")
        String title,

        @Size(max = PURPOSE_MAX, message = "{form.error.too-long}")
        String purpose,

        @NotBlank(message = "{form.error.required}") @Size(max = PLACE_MAX, message = "{form.error.too-long}")
        String place,

        @NotNull(message = "{form.error.required}") @Nullable
        LocalDate day,

        @NotNull(message = "{form.error.required}") @Nullable
        LocalTime starts,

        @NotNull(message = "{form.error.required}") @Nullable
        LocalTime ends,

        @Nullable Long campaignId,

        @Range(min = 1, max = 100, message = "{form.error.range}") @Nullable
        Integer quorumPercent) {

    public static final int TITLE_MAX = 120;
    public static final int PURPOSE_MAX = 1000;
    public static final int PLACE_MAX = 200;
}
