package org.communityorganising.pathways.people;

import org.jspecify.annotations.Nullable;

/** What the home page shows about the signed-in person. */
public record MyProfile(
        long personId,
        String fullName,
        String email,
        @Nullable String chapterName,
        @Nullable String institutionName,
        String language) {

    /** The first name, for a greeting. */
    public String firstName() {
        int space = fullName.indexOf(' ');
        return space < 0 ? fullName : fullName.substring(0, space);
    }
}
