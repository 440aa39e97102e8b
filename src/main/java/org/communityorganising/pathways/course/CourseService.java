package org.communityorganising.pathways.course;

import org.communityorganising.pathways.base.ConcurrentChangeException;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.PlainText;
import org.communityorganising.pathways.security.AppRoles;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The training offer. Courses are national: trainers, chapter leads and administrators read them. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
public class CourseService {

    private final CourseRepository courses;

    CourseService(CourseRepository courses) {
        this.courses = courses;
    }

    public Slice<CourseListItem> list(Pageable pageable) {
        return courses.findListItems(pageable);
    }

    public java.util.List<CourseOption> options() {
        return courses.findOptions();
    }

    @PreAuthorize(AppRoles.ADMIN_ONLY)
    public CourseForm load(long id) {
        var course = courses.findById(id).orElseThrow(() -> new InvalidInputException("courses.error.not-found"));
        return new CourseForm(
                course.getCode(),
                course.getTitleEn(),
                course.getTitleCy(),
                course.getDescriptionEn(),
                course.getDescriptionCy(),
                course.getFormat(),
                course.getHours(),
                course.getMinAttendancePercent(),
                course.getSlippingAbsences(),
                course.getLateAfterMinutes(),
                course.getVersion());
    }

    @Transactional
    @PreAuthorize(AppRoles.ADMIN_ONLY)
    public long create(CourseForm form) {
        validate(form, 0L);
        var course = new Course(form.code());
        course.update(form);
        return java.util.Objects.requireNonNull(courses.save(course).getId());
    }

    @Transactional
    @PreAuthorize(AppRoles.ADMIN_ONLY)
    public void update(long id, CourseForm form) {
        var course = courses.findById(id).orElseThrow(() -> new InvalidInputException("courses.error.not-found"));
        ConcurrentChangeException.check(course, form.version(), "This course");
        validate(form, id);
        course.update(form);
    }

    @Transactional
    @PreAuthorize(AppRoles.ADMIN_ONLY)
    public void setActive(long id, boolean active) {
        courses.findById(id)
                .orElseThrow(() -> new InvalidInputException("courses.error.not-found"))
                .setActive(active);
    }

    private void validate(CourseForm form, long id) {
        PlainText.requiredLine(form.code(), CourseForm.CODE_MAX, "courses.error.code");
        PlainText.requiredLine(form.titleEn(), CourseForm.TITLE_MAX, "courses.error.title");
        PlainText.requiredLine(form.titleCy(), CourseForm.TITLE_MAX, "courses.error.title");
        PlainText.optionalLines(form.descriptionEn(), CourseForm.DESCRIPTION_MAX, "courses.error.description");
        PlainText.optionalLines(form.descriptionCy(), CourseForm.DESCRIPTION_MAX, "courses.error.description");
        if (courses.codeTaken(form.code().strip(), id)) {
            throw new InvalidInputException("courses.error.code-taken");
        }
        if (form.titleEn().isBlank()
                || form.titleCy().isBlank()
                || form.titleEn().length() > CourseForm.TITLE_MAX
                || form.titleCy().length() > CourseForm.TITLE_MAX) {
            throw new InvalidInputException("courses.error.title");
        }
        if (form.descriptionEn().length() > CourseForm.DESCRIPTION_MAX
                || form.descriptionCy().length() > CourseForm.DESCRIPTION_MAX) {
            throw new InvalidInputException("courses.error.description");
        }
        if (form.hours().signum() <= 0
                || form.hours().compareTo(new java.math.BigDecimal(CourseForm.HOURS_MAX)) > 0
                || form.hours().scale() > 1) {
            throw new InvalidInputException("courses.error.hours");
        }
        if (form.minAttendancePercent() < 0 || form.minAttendancePercent() > 100) {
            throw new InvalidInputException("courses.error.min-attendance");
        }
        if (form.slippingAbsences() < 1 || form.slippingAbsences() > CourseForm.SLIPPING_MAX) {
            throw new InvalidInputException("courses.error.slipping-absences");
        }
        if (form.lateAfterMinutes() < 0 || form.lateAfterMinutes() > CourseForm.LATE_AFTER_MAX) {
            throw new InvalidInputException("courses.error.late-after");
        }
    }
}
