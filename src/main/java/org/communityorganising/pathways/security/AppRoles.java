package org.communityorganising.pathways.security;

import java.util.List;

/**
 * The four roles of Pathways. A person can hold several; every role but {@link #ADMIN} acts only
 * inside the person's own chapter. Spring Security stores them as authorities {@code ROLE_<name>}.
 */
public final class AppRoles {

    public static final String TRAINEE = "TRAINEE";
    public static final String TRAINER = "TRAINER";
    public static final String CHAPTER_LEAD = "CHAPTER_LEAD";
    public static final String ADMIN = "ADMIN";

    /** In the order the user menu lists them. */
    public static final List<String> ALL = List.of(TRAINEE, TRAINER, CHAPTER_LEAD, ADMIN);

    private AppRoles() {}

    public static String authority(String role) {
        return "ROLE_" + role;
    }

    /** The i18n key of the role's name. */
    public static String translationKey(String role) {
        return "role." + role;
    }
}
