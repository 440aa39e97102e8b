package org.communityorganising.pathways.attendance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.communityorganising.pathways.base.Bilingual;

/**
 * A person's attendance in one cohort, with the course minimum it is measured against, and what
 * progression needs to count the course: which course, its hours, when the cohort ended, and
 * whether the enrolment is completed.
 */
public record CohortAttendance(
        long cohortId,
        String cohortName,
        String courseTitleEn,
        String courseTitleCy,
        int minimumPercent,
        AttendanceRate rate,
        long courseId,
        BigDecimal courseHours,
        LocalDate endsOn,
        boolean completed) {

    public String courseTitle(Locale locale) {
        return Bilingual.pick(locale, courseTitleEn, courseTitleCy);
    }
}
