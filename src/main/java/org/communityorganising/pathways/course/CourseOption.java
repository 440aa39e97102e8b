package org.communityorganising.pathways.course;

import java.util.Locale;
import org.communityorganising.pathways.base.Bilingual;

/** A course as a choice in the cohort form. */
public record CourseOption(long id, String titleEn, String titleCy) {

    public String title(Locale locale) {
        return Bilingual.pick(locale, titleEn, titleCy);
    }
}
