package org.communityorganising.pathways.people;

import java.util.Set;
import org.communityorganising.pathways.security.AccountLinks;
import org.jspecify.annotations.Nullable;

/**
 * One row of the people grid.
 *
 * @param manageable whether the caller may edit this person (details, roles, invitation, deactivation)
 * @param invitation their latest invitation; null when never invited (or revoked), or not for this caller
 * @param hasPassword they have chosen a password: no invitation can be sent, only they reset it
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
        boolean manageable,
        AccountLinks.@Nullable Invitation invitation,
        boolean hasPassword) {}
