package org.communityorganising.pathways.people;

import org.jspecify.annotations.Nullable;

/**
 * What the people grid and the enrolment search ask for: text in the name or e-mail, a chapter,
 * a role. Callers scoped to a chapter get their own chapter whatever they name.
 */
public record PeopleFilter(
        String text, @Nullable Long chapterId, @Nullable String role, boolean includeInactive) {

    public PeopleFilter {
        text = text.strip();
    }

    public static PeopleFilter text(String text) {
        return new PeopleFilter(text, null, null, false);
    }
}
