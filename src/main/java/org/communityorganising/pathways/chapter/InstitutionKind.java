package org.communityorganising.pathways.chapter;

/**
 * What kind of member organisation an institution is. Faith groups and unions reveal
 * special-category data (UK GDPR Art. 9): keep the kind inside the chapter and out of exports.
 */
public enum InstitutionKind {
    FAITH_GROUP,
    SCHOOL,
    UNION,
    CHARITY,
    UNIVERSITY,
    OTHER;

    /** The i18n key of the kind's name. */
    public String translationKey() {
        return "institution.kind." + name();
    }
}
