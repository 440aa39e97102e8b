package org.communityorganising.pathways.chapter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the chapter form edits. The constraints are checked by the form; the service checks again. */
public record ChapterForm(
        @NotBlank(message = "{form.error.required}") @Size(max = NAME_MAX, message = "{form.error.too-long}")
        String name,

        @NotBlank(message = "{form.error.required}") @Size(max = REGION_MAX, message = "{form.error.too-long}")
        String region,

        String preferredLanguage,
        long version) {
    // Length limits: one constant for the column, the service rule and the form field.
    public static final int NAME_MAX = 120;
    public static final int REGION_MAX = 120;
}
