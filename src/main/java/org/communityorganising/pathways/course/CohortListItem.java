package org.communityorganising.pathways.course;

import java.time.LocalDate;
import java.util.Locale;
import org.communityorganising.pathways.base.Bilingual;
import org.jspecify.annotations.Nullable;

/** One row of the cohorts grid. */
public record CohortListItem(
        long id,
        String name,
        String courseTitleEn,
        String courseTitleCy,
        @Nullable String chapterName,
        LocalDate startsOn,
        LocalDate endsOn,
        CohortStatus status,
        int capacity,
        long enrolled) {

    public String courseTitle(Locale locale) {
        return Bilingual.pick(locale, courseTitleEn, courseTitleCy);
    }
}
