package org.communityorganising.pathways.course;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the cohort form edits. No chapter means a national cohort (administrators only). */
public record CohortForm(
        @Nullable Long courseId,
        @Nullable Long chapterId,
        String name,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn,
        int capacity,
        CohortStatus status,
        Set<Long> trainerIds,
        long version) {
    // Length limits: one constant for the column, the service rule and the form field.
    public static final int NAME_MAX = 120;
}
