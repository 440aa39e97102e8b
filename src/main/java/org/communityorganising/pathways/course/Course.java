package org.communityorganising.pathways.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.communityorganising.pathways.base.AbstractEntity;
import org.communityorganising.pathways.base.Bilingual;

/** A training offer, titled and described in English and Welsh. */
@Entity
@Table(name = "course")
public class Course extends AbstractEntity {

    @Column(nullable = false, length = CourseForm.CODE_MAX)
    private String code = "";

    @Column(name = "title_en", nullable = false, length = CourseForm.TITLE_MAX)
    private String titleEn = "";

    @Column(name = "title_cy", nullable = false, length = CourseForm.TITLE_MAX)
    private String titleCy = "";

    @Column(name = "description_en", nullable = false, length = CourseForm.DESCRIPTION_MAX)
    private String descriptionEn = "";

    @Column(name = "description_cy", nullable = false, length = CourseForm.DESCRIPTION_MAX)
    private String descriptionCy = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CourseFormat format = CourseFormat.IN_PERSON;

    @Column(nullable = false, precision = 5, scale = 1)
    private BigDecimal hours = BigDecimal.ONE;

    @Column(name = "min_attendance_percent", nullable = false)
    private int minAttendancePercent = 80;

    @Column(name = "slipping_absences", nullable = false)
    private int slippingAbsences = 2;

    @Column(name = "late_after_minutes", nullable = false)
    private int lateAfterMinutes = 10;

    @Column(nullable = false)
    private boolean active = true;

    protected Course() {}

    Course(String code) {
        this.code = code;
    }

    void update(CourseForm form) {
        this.code = form.code().strip();
        this.titleEn = form.titleEn().strip();
        this.titleCy = form.titleCy().strip();
        this.descriptionEn = form.descriptionEn().strip();
        this.descriptionCy = form.descriptionCy().strip();
        this.format = form.format();
        this.hours = form.hours();
        this.minAttendancePercent = form.minAttendancePercent();
        this.slippingAbsences = form.slippingAbsences();
        this.lateAfterMinutes = form.lateAfterMinutes();
    }

    public int getSlippingAbsences() {
        return slippingAbsences;
    }

    public int getLateAfterMinutes() {
        return lateAfterMinutes;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getTitleCy() {
        return titleCy;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public String getDescriptionCy() {
        return descriptionCy;
    }

    public String getTitle(java.util.Locale locale) {
        return Bilingual.pick(locale, titleEn, titleCy);
    }

    public String getCode() {
        return code;
    }

    public CourseFormat getFormat() {
        return format;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public int getMinAttendancePercent() {
        return minAttendancePercent;
    }

    public boolean isActive() {
        return active;
    }
}
