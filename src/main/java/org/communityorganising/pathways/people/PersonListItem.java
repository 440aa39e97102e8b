package org.communityorganising.pathways.people;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One row of the people grid.
 *
 * @param manageable whether the caller may edit this person (details, roles, password, deactivation)
 */
public record PersonListItem(
        long id,
        String fullName,
        String email,
        @Nullable Long chapterId,
        @Nullable String chapterName,
        @Nullable String institutionName,
        boolean active,
        Set<String> roles,
        boolean manageable) {}
