package org.communityorganising.pathways.progression.practice;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

/** What the practice log form edits. The service checks again, and against the kind. */
public record PracticeForm(
        @NotNull(message = "{form.error.required}") @Nullable
        PracticeKind kind,

        @NotNull(message = "{form.error.required}") @PastOrPresent(message = "{practice.error.future}") @Nullable
        LocalDate occurredOn,

        @Nullable Long counterpartInstitutionId,
        @Nullable PracticeRole role,

        @Range(max = TURNOUT_MAX, message = "{form.error.range}") @Nullable
        Integer turnoutPledged,

        @Range(max = TURNOUT_MAX, message = "{form.error.range}") @Nullable
        Integer turnoutDelivered,

        @Size(max = NOTE_MAX, message = "{form.error.too-long}") @Nullable
        String privateNote,

        @Range(min = 1, max = DURATION_MAX, message = "{form.error.range}") @Nullable
        Integer durationMinutes,

        long version) {

    public static final int NOTE_MAX = 500;
    public static final int COMMENT_MAX = 500;
    public static final int TURNOUT_MAX = 100_000;
    /** How far back an entry may be dated: evidence older than this is not what tiers ask for. */
    public static final int YEARS_BACK = 5;
    /** The longest piece of practice, in minutes: one day. */
    public static final int DURATION_MAX = 24 * 60;

    public static PracticeForm oneToOne(LocalDate today) {
        return new PracticeForm(PracticeKind.ONE_TO_ONE, today, null, null, null, null, null, null, 0);
    }
}
