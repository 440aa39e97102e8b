package org.communityorganising.pathways.course;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.hibernate.validator.constraints.Range;

/** What the course form edits, in both languages. */
public record CourseForm(
        @NotBlank(message = "{form.error.required}") @Size(max = CODE_MAX, message = "{form.error.too-long}")
        String code,

        @NotBlank(message = "{form.error.required}") @Size(max = TITLE_MAX, message = "{form.error.too-long}")
        String titleEn,

        @NotBlank(message = "{form.error.required}") @Size(max = TITLE_MAX, message = "{form.error.too-long}")
        String titleCy,

        @Size(max = DESCRIPTION_MAX, message = "{form.error.too-long}")
        String descriptionEn,

        @Size(max = DESCRIPTION_MAX, message = "{form.error.too-long}")
        String descriptionCy,

        @NotNull(message = "{form.error.required}") CourseFormat format,

        @NotNull(message = "{form.error.required}")
        @DecimalMin(value = "0", inclusive = false, message = "{courses.error.hours}")
        @DecimalMax(value = HOURS_MAX, message = "{courses.error.hours}")
        @Digits(integer = 4, fraction = 1, message = "{courses.error.hours}")
        BigDecimal hours,

        @NotNull(message = "{form.error.required}") @Range(max = 100, message = "{courses.error.min-attendance}")
        int minAttendancePercent,

        @NotNull(message = "{form.error.required}")
        @Range(min = 1, max = SLIPPING_MAX, message = "{courses.error.slipping-absences}")
        int slippingAbsences,

        @NotNull(message = "{form.error.required}") @Range(max = LATE_AFTER_MAX, message = "{courses.error.late-after}")
        int lateAfterMinutes,

        long version) {
    // Length limits: one constant for the column, the service rule and the form field.
    public static final int CODE_MAX = 40;
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final String HOURS_MAX = "9999";
    public static final int SLIPPING_MAX = 10;
    public static final int LATE_AFTER_MAX = 240;

    public static final int DEFAULT_MIN_ATTENDANCE = 80;

    public static CourseForm empty() {
        return new CourseForm(
                "", "", "", "", "", CourseFormat.IN_PERSON, BigDecimal.valueOf(12), DEFAULT_MIN_ATTENDANCE, 2, 10, 0);
    }
}
