package org.communityorganising.pathways.chapter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What the institution form edits; the chapter is fixed once created. */
public record InstitutionForm(
        @NotBlank(message = "{form.error.required}") @Size(max = NAME_MAX, message = "{form.error.too-long}")
        String name,

        @NotNull(message = "{form.error.required}") InstitutionKind kind,

        @NotNull(message = "{form.error.required}") @Nullable
        Long chapterId,

        long version) {
    // Length limits: one constant for the column, the service rule and the form field.
    public static final int NAME_MAX = 200;
}
