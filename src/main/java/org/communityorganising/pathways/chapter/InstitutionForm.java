package org.communityorganising.pathways.chapter;

import org.jspecify.annotations.Nullable;

/** What the institution form edits; the chapter is fixed once created. */
public record InstitutionForm(
        String name, InstitutionKind kind, @Nullable Long chapterId, long version) {
    // Length limits: one constant for the column, the service rule and the form field.
    public static final int NAME_MAX = 200;
}
