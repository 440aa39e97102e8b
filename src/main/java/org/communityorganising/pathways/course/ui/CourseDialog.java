package org.communityorganising.pathways.course.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.communityorganising.pathways.base.ui.FormDialog;
import org.communityorganising.pathways.course.CourseForm;
import org.communityorganising.pathways.course.CourseFormat;
import org.communityorganising.pathways.course.CourseService;
import org.jspecify.annotations.Nullable;

/** A course in English and Welsh, with its format, hours and minimum attendance. */
class CourseDialog extends FormDialog {

    CourseDialog(CourseService courses, @Nullable Long id, CourseForm initial, Runnable saved) {
        setHeaderTitle(getTranslation(id == null ? "courses.new" : "courses.edit"));
        setId("course-dialog");
        var code = text("courses.field.code", CourseForm.CODE_MAX);
        var titleEn = text("courses.field.title-en", CourseForm.TITLE_MAX);
        var titleCy = text("courses.field.title-cy", CourseForm.TITLE_MAX);
        titleCy.getElement().setAttribute("lang", "cy");
        var descriptionEn = new TextArea(getTranslation("courses.field.description-en"));
        descriptionEn.setMaxLength(CourseForm.DESCRIPTION_MAX);
        var descriptionCy = new TextArea(getTranslation("courses.field.description-cy"));
        descriptionCy.setMaxLength(CourseForm.DESCRIPTION_MAX);
        descriptionCy.getElement().setAttribute("lang", "cy");
        var format = new Select<CourseFormat>();
        format.setLabel(getTranslation("courses.column.format"));
        format.setItems(CourseFormat.values());
        format.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
        var hours = new BigDecimalField(getTranslation("courses.column.hours"));
        var minimum = new IntegerField(getTranslation("courses.column.min-attendance"));
        minimum.setMin(0);
        minimum.setMax(100);
        minimum.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        minimum.setHelperText(getTranslation("courses.field.min-attendance.help"));
        addFields(code, format);
        addWide(titleEn);
        addWide(titleCy);
        addWide(descriptionEn);
        addWide(descriptionCy);
        var slipping = new IntegerField(getTranslation("courses.field.slipping-absences"));
        slipping.setMin(1);
        slipping.setMax(CourseForm.SLIPPING_MAX);
        slipping.setStepButtonsVisible(true);
        slipping.setHelperText(getTranslation("courses.field.slipping-absences.help"));
        var lateAfter = new IntegerField(getTranslation("courses.field.late-after"));
        lateAfter.setMin(0);
        lateAfter.setMax(CourseForm.LATE_AFTER_MAX);
        lateAfter.setHelperText(getTranslation("courses.field.late-after.help"));
        addFields(hours, minimum, slipping, lateAfter);

        var binder = bind(CourseForm.class);
        binder.bind(code, "code");
        binder.bind(titleEn, "titleEn");
        binder.bind(titleCy, "titleCy");
        binder.bind(descriptionEn, "descriptionEn");
        binder.bind(descriptionCy, "descriptionCy");
        binder.bind(format, "format");
        binder.bind(hours, "hours");
        binder.bind(minimum, "minAttendancePercent");
        binder.bind(slipping, "slippingAbsences");
        binder.bind(lateAfter, "lateAfterMinutes");
        carry(binder, "version");
        binder.readRecord(initial);

        if (id != null) {
            addFooterAction(getTranslation("courses.deactivate"), "course-deactivate", () -> {
                courses.setActive(id, false);
                saved.run();
            });
        }
        onSave(() -> {
            var form = written(binder);
            if (id == null) {
                courses.create(form);
            } else {
                courses.update(id, form);
            }
            saved.run();
        });
    }

    private TextField text(String key, int max) {
        var field = new TextField(getTranslation(key));
        field.setMaxLength(max);
        return field;
    }
}
