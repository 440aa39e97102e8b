package org.communityorganising.pathways.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the person form edits. {@code version} is the one the form was opened with. */
public record PersonForm(
        @NotBlank(message = "{form.error.required}") @Size(max = NAME_MAX, message = "{form.error.too-long}")
        String fullName,

        @NotBlank(message = "{form.error.required}")
        @Size(max = EMAIL_MAX, message = "{form.error.too-long}")
        @Pattern(regexp = EMAIL_PATTERN, message = "{people.error.email}")
        String email,

        @Size(max = PHONE_MAX, message = "{form.error.too-long}") @Nullable
        String phone,

        @Nullable Long chapterId,
        @Nullable Long institutionId,
        @NotEmpty(message = "{people.error.roles}") Set<String> roles,
        long version) {
    // Length limits: one constant for the column, the service rule and the form field.
    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 40;
    /** Something, an @, a domain with a dot: the form and the service accept the same addresses. */
    public static final String EMAIL_PATTERN = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    public PersonForm withRoles(Set<String> chosen) {
        return new PersonForm(fullName, email, phone, chapterId, institutionId, chosen, version);
    }

    /** A new person: no role is chosen for them, so nobody becomes a trainee by not looking. */
    public static PersonForm empty(@Nullable Long chapterId) {
        return new PersonForm("", "", null, chapterId, null, Set.of(), 0);
    }
}
