package org.communityorganising.pathways.people;

import org.jspecify.annotations.Nullable;

/** A person as a choice in a picker: enough to tell two Sam Patels apart. */
public record PersonOption(
        long id, String fullName, String email, @Nullable String institutionName) {

    public String label() {
        return fullName + " · " + email;
    }
}
