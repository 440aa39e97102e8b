package org.communityorganising.pathways.course;

import org.communityorganising.pathways.base.Bilingual;
import java.util.Locale;

/** A course as a choice in the cohort form. */
public record CourseOption(long id, String titleEn, String titleCy) {

    public String title(Locale locale) {
        return Bilingual.pick(locale, titleEn, titleCy);
    }
}
