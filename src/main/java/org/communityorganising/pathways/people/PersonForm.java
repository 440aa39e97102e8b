package org.communityorganising.pathways.people;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the person form edits. {@code version} is the one the form was opened with. */
public record PersonForm(
        String fullName,
        String email,
        @Nullable String phone,
        @Nullable Long chapterId,
        @Nullable Long institutionId,
        Set<String> roles,
        long version) {
    // Length limits: one constant for the column, the service rule and the form field.
    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 40;

    public static PersonForm empty(@Nullable Long chapterId) {
        return new PersonForm(
                "", "", null, chapterId, null, Set.of(org.communityorganising.pathways.security.AppRoles.TRAINEE), 0);
    }
}
