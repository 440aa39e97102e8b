package org.communityorganising.pathways.course;

import java.math.BigDecimal;
import java.util.Locale;
import org.communityorganising.pathways.base.Bilingual;

/** One row of the courses grid. */
public record CourseListItem(
        long id,
        String code,
        String titleEn,
        String titleCy,
        CourseFormat format,
        BigDecimal hours,
        int minAttendancePercent) {

    public String title(Locale locale) {
        return Bilingual.pick(locale, titleEn, titleCy);
    }
}
