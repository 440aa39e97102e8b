package org.communityorganising.pathways.dashboard;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One person in a list behind a dashboard count, with what put them there in a few words' worth of
 * data: never the content of their practice.
 *
 * @param detailKey the translation key of the reason
 * @param detail the reason's argument (a tier's name, a cohort, a count); may be empty
 * @param detailCy the argument in Welsh where it has its own (a tier's name); null otherwise
 * @param day the day that matters (last practice, tier reached, waiting since); null when none
 */
public record PersonLine(
        long personId,
        String fullName,
        @Nullable String institution,
        String detailKey,
        String detail,
        @Nullable String detailCy,
        @Nullable LocalDate day) {

    public String detail(java.util.Locale locale) {
        return detailCy == null
                ? detail
                : org.communityorganising.pathways.base.Bilingual.pick(locale, detail, detailCy);
    }
}
