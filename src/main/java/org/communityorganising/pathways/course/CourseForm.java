package org.communityorganising.pathways.course;

import java.math.BigDecimal;

/** What the course form edits, in both languages. */
public record CourseForm(
        String code,
        String titleEn,
        String titleCy,
        String descriptionEn,
        String descriptionCy,
        CourseFormat format,
        BigDecimal hours,
        int minAttendancePercent,
        int slippingAbsences,
        int lateAfterMinutes,
        long version) {
    // Length limits: one constant for the column, the service rule and the form field.
    public static final int CODE_MAX = 40;
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;

    public static final int DEFAULT_MIN_ATTENDANCE = 80;

    public static CourseForm empty() {
        return new CourseForm(
                "", "", "", "", "", CourseFormat.IN_PERSON, BigDecimal.valueOf(12), DEFAULT_MIN_ATTENDANCE, 2, 10, 0);
    }
}
