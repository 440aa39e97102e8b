package org.communityorganising.pathways.progression;

import java.util.Locale;
import org.communityorganising.pathways.base.Bilingual;

/** A tier's name in both languages, as the rest of the application shows it. */
public record TierName(String nameEn, String nameCy) {

    public String name(Locale locale) {
        return Bilingual.pick(locale, nameEn, nameCy);
    }
}
