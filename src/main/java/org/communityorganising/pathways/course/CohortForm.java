package org.communityorganising.pathways.course;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

/** What the cohort form edits. No chapter means a national cohort (administrators only). */
public record CohortForm(
        @NotNull(message = "{cohorts.error.course}") @Nullable
        Long courseId,

        @Nullable Long chapterId,

        @NotBlank(message = "{form.error.required}") @Size(max = NAME_MAX, message = "{form.error.too-long}")
        String name,

        @NotNull(message = "{form.error.required}") @Nullable
        LocalDate startsOn,

        @NotNull(message = "{form.error.required}") @Nullable
        LocalDate endsOn,

        @NotNull(message = "{form.error.required}")
        @Range(min = 1, max = CAPACITY_MAX, message = "{cohorts.error.capacity}")
        int capacity,

        @NotNull(message = "{form.error.required}") CohortStatus status,
        @NotEmpty(message = "{cohorts.error.trainers}") Set<Long> trainerIds,
        long version) {
    // Length limits: one constant for the column, the service rule and the form field.
    public static final int NAME_MAX = 120;
    public static final int CAPACITY_MAX = 1000;
}
