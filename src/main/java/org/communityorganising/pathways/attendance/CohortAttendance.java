package org.communityorganising.pathways.attendance;

import java.util.Locale;
import org.communityorganising.pathways.base.Bilingual;

/** A person's attendance in one cohort, with the course minimum it is measured against. */
public record CohortAttendance(
        long cohortId,
        String cohortName,
        String courseTitleEn,
        String courseTitleCy,
        int minimumPercent,
        AttendanceRate rate) {

    public String courseTitle(Locale locale) {
        return Bilingual.pick(locale, courseTitleEn, courseTitleCy);
    }
}
