package org.communityorganising.pathways.course.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
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
        var code = text("courses.field.code", initial.code(), CourseForm.CODE_MAX, true);
        var titleEn = text("courses.field.title-en", initial.titleEn(), CourseForm.TITLE_MAX, true);
        var titleCy = text("courses.field.title-cy", initial.titleCy(), CourseForm.TITLE_MAX, true);
        titleCy.getElement().setAttribute("lang", "cy");
        var descriptionEn = new TextArea(getTranslation("courses.field.description-en"));
        descriptionEn.setMaxLength(CourseForm.DESCRIPTION_MAX);
        descriptionEn.setValue(initial.descriptionEn());
        var descriptionCy = new TextArea(getTranslation("courses.field.description-cy"));
        descriptionCy.setMaxLength(CourseForm.DESCRIPTION_MAX);
        descriptionCy.setValue(initial.descriptionCy());
        descriptionCy.getElement().setAttribute("lang", "cy");
        var format = new Select<CourseFormat>();
        format.setLabel(getTranslation("courses.column.format"));
        format.setItems(CourseFormat.values());
        format.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
        format.setValue(initial.format());
        var hours = new BigDecimalField(getTranslation("courses.column.hours"));
        hours.setValue(initial.hours());
        hours.setRequiredIndicatorVisible(true);
        var minimum = new IntegerField(getTranslation("courses.column.min-attendance"));
        minimum.setMin(0);
        minimum.setMax(100);
        minimum.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        minimum.setValue(initial.minAttendancePercent());
        minimum.setHelperText(getTranslation("courses.field.min-attendance.help"));
        addFields(code, format);
        addWide(titleEn);
        addWide(titleCy);
        addWide(descriptionEn);
        addWide(descriptionCy);
        var slipping = new IntegerField(getTranslation("courses.field.slipping-absences"));
        slipping.setMin(1);
        slipping.setMax(10);
        slipping.setStepButtonsVisible(true);
        slipping.setValue(initial.slippingAbsences());
        slipping.setHelperText(getTranslation("courses.field.slipping-absences.help"));
        var lateAfter = new IntegerField(getTranslation("courses.field.late-after"));
        lateAfter.setMin(0);
        lateAfter.setMax(240);
        lateAfter.setValue(initial.lateAfterMinutes());
        lateAfter.setHelperText(getTranslation("courses.field.late-after.help"));
        addFields(hours, minimum, slipping, lateAfter);
        if (id != null) {
            addFooterAction(getTranslation("courses.deactivate"), "course-deactivate", () -> {
                courses.setActive(id, false);
                saved.run();
            });
        }
        onSave(() -> {
            var form = new CourseForm(
                    code.getValue(),
                    titleEn.getValue(),
                    titleCy.getValue(),
                    descriptionEn.getValue(),
                    descriptionCy.getValue(),
                    format.getValue(),
                    hours.getValue() == null ? BigDecimal.ZERO : hours.getValue(),
                    minimum.getValue() == null ? CourseForm.DEFAULT_MIN_ATTENDANCE : minimum.getValue(),
                    slipping.getValue() == null ? 0 : slipping.getValue(),
                    lateAfter.getValue() == null ? -1 : lateAfter.getValue(),
                    initial.version());
            if (id == null) {
                courses.create(form);
            } else {
                courses.update(id, form);
            }
            saved.run();
        });
    }

    private TextField text(String key, String value, int max, boolean required) {
        var field = new TextField(getTranslation(key));
        field.setMaxLength(max);
        field.setRequiredIndicatorVisible(required);
        field.setValue(value);
        return field;
    }
}
