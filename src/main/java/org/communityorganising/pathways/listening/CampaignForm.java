package org.communityorganising.pathways.listening;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

/**
 * A campaign as a lead opens it: its name, dates, targets (either may be empty) and its issue
 * tags, one a line.
 */
public record CampaignForm(
        @NotBlank(message = "{form.error.required}") @Size(max = NAME_MAX, message = "{form.error.too-long}")
        String name,

        @NotNull(message = "{form.error.required}") @Nullable
        LocalDate startsOn,

        @NotNull(message = "{form.error.required}") @Nullable
        LocalDate endsOn,

        @Range(min = 1, max = LEADER_TARGET_MAX, message = "{form.error.range}") @Nullable
        Integer targetPerLeader,

        @Range(min = 1, max = INSTITUTION_TARGET_MAX, message = "{form.error.range}") @Nullable
        Integer targetPerInstitution,

        @NotBlank(message = "{form.error.required}") @Size(max = TAGS_TEXT_MAX, message = "{form.error.too-long}")
        String tags) {

    public static final int NAME_MAX = 120;
    public static final int TAG_MAX = 40;
    public static final int TAGS_MAX = 12;
    public static final int TAGS_TEXT_MAX = TAGS_MAX * (TAG_MAX + 2);
    public static final int LEADER_TARGET_MAX = 10_000;
    public static final int INSTITUTION_TARGET_MAX = 100_000;
    /** The longest campaign, in days. */
    public static final int DAYS_MAX = 366;
}
