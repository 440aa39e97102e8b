package org.communityorganising.pathways.base;

import java.util.Locale;

/**
 * A text kept in English and Welsh (course titles, tier names): the one place that decides which
 * of the two a person reads. Welsh for a Welsh locale, English otherwise.
 */
public record Bilingual(String en, String cy) {

    public String in(Locale locale) {
        return pick(locale, en, cy);
    }

    public static String pick(Locale locale, String en, String cy) {
        return "cy".equals(locale.getLanguage()) ? cy : en;
    }
}
