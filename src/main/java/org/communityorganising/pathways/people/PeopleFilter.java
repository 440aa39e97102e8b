package org.communityorganising.pathways.people;

import org.communityorganising.pathways.security.AccountLinks;
import org.jspecify.annotations.Nullable;

/**
 * What the people grid and the enrolment search ask for: text in the name or e-mail, a chapter,
 * a role, where their invitation stands. Callers scoped to a chapter get their own chapter whatever they name.
 */
public record PeopleFilter(
        String text,
        @Nullable Long chapterId,
        @Nullable String role,
        boolean includeInactive,
        AccountLinks.@Nullable InvitationStatus invitation) {

    public PeopleFilter {
        text = text.strip();
    }

    public PeopleFilter(String text, @Nullable Long chapterId, @Nullable String role, boolean includeInactive) {
        this(text, chapterId, role, includeInactive, null);
    }

    public static PeopleFilter text(String text) {
        return new PeopleFilter(text, null, null, false);
    }
}
