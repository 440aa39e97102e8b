package org.communityorganising.pathways.people;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.communityorganising.pathways.base.Normalised;
import org.communityorganising.pathways.chapter.InstitutionForm;

/**
 * What a column of a chapter spreadsheet holds, recognised from its header in English or Welsh
 * (compared ignoring case, accents, spacing and a trailing colon or asterisk). The person can
 * correct the guess before any row is judged.
 */
public enum ImportField {
    NAME(PersonForm.NAME_MAX, "name", "full name", "person", "enw", "enw llawn"),
    EMAIL(
            PersonForm.EMAIL_MAX,
            "email",
            "e-mail",
            "email address",
            "e-mail address",
            "e-bost",
            "ebost",
            "cyfeiriad e-bost"),
    PHONE(
            PersonForm.PHONE_MAX,
            "phone",
            "telephone",
            "mobile",
            "phone number",
            "mobile number",
            "ffon",
            "rhif ffon",
            "ffon symudol"),
    INSTITUTION(
            InstitutionForm.NAME_MAX,
            "institution",
            "member institution",
            "organisation",
            "organization",
            "sefydliad",
            "aelod-sefydliad",
            "sefydliad sy'n aelod"),
    INSTITUTION_KIND(
            40, "kind of institution", "institution kind", "institution type", "kind", "type", "math o sefydliad"),
    ROLES(200, "roles", "role", "rolau", "rol"),
    LANGUAGE(20, "language", "iaith"),
    /** For administrators only: the tier a leader already holds, recognised on import. */
    TIER(100, "tier", "leadership tier", "haen", "haen arweinyddiaeth"),
    IGNORE(0);

    private final int maxLength;
    private final List<String> headers;

    ImportField(int maxLength, String... headers) {
        this.maxLength = maxLength;
        this.headers = List.of(headers);
    }

    public int maxLength() {
        return maxLength;
    }

    public String translationKey() {
        return "import.field." + name();
    }

    /** The field a header names, if any. */
    public static Optional<ImportField> forHeader(String header) {
        String key = Normalised.key(header).replaceAll("[:*]+$", "").strip();
        return Arrays.stream(values())
                .filter(field -> field.headers.contains(key))
                .findFirst();
    }
}
