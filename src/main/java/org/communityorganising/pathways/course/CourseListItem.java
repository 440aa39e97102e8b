package org.communityorganising.pathways.course;

import org.communityorganising.pathways.base.Bilingual;
import java.math.BigDecimal;
import java.util.Locale;

/** One row of the courses grid. */
public record CourseListItem(
        long id, String code, String titleEn, String titleCy, CourseFormat format, BigDecimal hours, int minAttendancePercent) {

    public String title(Locale locale) {
        return Bilingual.pick(locale, titleEn, titleCy);
    }
}
