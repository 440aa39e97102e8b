package org.communityorganising.pathways.people;

import org.jspecify.annotations.Nullable;

/** The person columns of a people-grid row, before the roles are added. */
record PersonRow(
        long id,
        String fullName,
        String email,
        @Nullable Long chapterId,
        @Nullable String chapterName,
        @Nullable String institutionName,
        boolean active) {}
