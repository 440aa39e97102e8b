package org.communityorganising.pathways.progression;

import java.time.Instant;
import java.util.Locale;
import org.communityorganising.pathways.base.Bilingual;
import org.jspecify.annotations.Nullable;

/** A decision about the person's promotion, shown on their home until they dismiss it. */
public record Notice(
        long id,
        boolean approved,
        String tierNameEn,
        String tierNameCy,
        @Nullable String comment,
        Instant at) {

    public String tierName(Locale locale) {
        return Bilingual.pick(locale, tierNameEn, tierNameCy);
    }
}
