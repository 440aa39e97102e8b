package org.communityorganising.pathways.people;

import java.util.Map;
import java.util.Optional;
import org.communityorganising.pathways.base.Normalised;
import org.communityorganising.pathways.chapter.InstitutionKind;
import org.communityorganising.pathways.security.AppRoles;

/**
 * The words a chapter spreadsheet uses for roles, languages and kinds of institution, in English
 * and Welsh (as the app names them, compared ignoring case and accents), and the codes they mean.
 */
final class ImportValues {

    private static final Map<String, String> ROLES = Map.ofEntries(
            Map.entry("trainee", AppRoles.TRAINEE),
            Map.entry("hyfforddai", AppRoles.TRAINEE),
            Map.entry("trainer", AppRoles.TRAINER),
            Map.entry("hyfforddwr", AppRoles.TRAINER),
            Map.entry("chapter lead", AppRoles.CHAPTER_LEAD),
            Map.entry("chapter_lead", AppRoles.CHAPTER_LEAD),
            Map.entry("lead", AppRoles.CHAPTER_LEAD),
            Map.entry("arweinydd cangen", AppRoles.CHAPTER_LEAD),
            Map.entry("administrator", AppRoles.ADMIN),
            Map.entry("admin", AppRoles.ADMIN),
            Map.entry("gweinyddwr", AppRoles.ADMIN),
            Map.entry("weinyddwr", AppRoles.ADMIN));

    private static final Map<String, String> LANGUAGES = Map.of(
            "en", "en",
            "english", "en",
            "saesneg", "en",
            "cy", "cy",
            "welsh", "cy",
            "cymraeg", "cy");

    private static final Map<String, InstitutionKind> KINDS = Map.ofEntries(
            Map.entry("faith group", InstitutionKind.FAITH_GROUP),
            Map.entry("faith_group", InstitutionKind.FAITH_GROUP),
            Map.entry("grwp ffydd", InstitutionKind.FAITH_GROUP),
            Map.entry("school", InstitutionKind.SCHOOL),
            Map.entry("ysgol", InstitutionKind.SCHOOL),
            Map.entry("union", InstitutionKind.UNION),
            Map.entry("undeb", InstitutionKind.UNION),
            Map.entry("charity", InstitutionKind.CHARITY),
            Map.entry("elusen", InstitutionKind.CHARITY),
            Map.entry("university", InstitutionKind.UNIVERSITY),
            Map.entry("prifysgol", InstitutionKind.UNIVERSITY),
            Map.entry("other", InstitutionKind.OTHER),
            Map.entry("arall", InstitutionKind.OTHER));

    private ImportValues() {}

    static Optional<String> role(String text) {
        return Optional.ofNullable(ROLES.get(Normalised.key(text)));
    }

    static Optional<String> language(String text) {
        return Optional.ofNullable(LANGUAGES.get(Normalised.key(text)));
    }

    static Optional<InstitutionKind> kind(String text) {
        return Optional.ofNullable(KINDS.get(Normalised.key(text)));
    }
}
