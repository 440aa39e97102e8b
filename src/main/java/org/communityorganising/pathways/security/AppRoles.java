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

    // The rules services are guarded by, one name each (@PreAuthorize expressions). Views list the
    // same roles in @RolesAllowed, which takes role names, not expressions.

    /** Everyone who trains or runs a chapter: trainers, chapter leads and administrators. */
    public static final String TRAINER_LEAD_OR_ADMIN = "hasAnyRole('TRAINER', 'CHAPTER_LEAD', 'ADMIN')";

    /** Chapter leads and administrators: people, institutions, promotion decisions. */
    public static final String LEAD_OR_ADMIN = "hasAnyRole('CHAPTER_LEAD', 'ADMIN')";

    /** Trainers and administrators: scheduling sessions. */
    public static final String TRAINER_OR_ADMIN = "hasAnyRole('TRAINER', 'ADMIN')";

    /** Administrators only. */
    public static final String ADMIN_ONLY = "hasRole('ADMIN')";

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
