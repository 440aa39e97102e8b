package org.communityorganising.pathways.progression.routes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.communityorganising.pathways.progression.practice.PracticeKind;
import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

/** One bucket as the route form edits it; {@code id} is null for a new one. The service checks again. */
public record BucketForm(
        @Nullable Long id,

        @NotBlank(message = "{form.error.required}") @Size(max = NAME_MAX, message = "{form.error.too-long}") @Nullable
        String nameEn,

        @NotBlank(message = "{form.error.required}") @Size(max = NAME_MAX, message = "{form.error.too-long}") @Nullable
        String nameCy,

        @NotNull(message = "{form.error.required}")
        @Range(min = 1, max = HOURS_MAX, message = "{form.error.range}")
        @Nullable
        Integer hours,

        boolean countsTraining,
        Set<PracticeKind> practiceKinds) {

    public static final int NAME_MAX = 100;
    public static final int HOURS_MAX = 2000;

    public BucketForm {
        practiceKinds = Set.copyOf(practiceKinds);
    }

    public static BucketForm empty() {
        return new BucketForm(null, "", "", null, false, Set.of());
    }
}
