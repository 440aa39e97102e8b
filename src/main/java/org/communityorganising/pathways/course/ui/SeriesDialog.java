package org.communityorganising.pathways.course.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.function.IntConsumer;
import org.communityorganising.pathways.base.ui.FormDialog;
import org.communityorganising.pathways.course.SchedulingService;
import org.communityorganising.pathways.course.WeeklySeries;
import org.communityorganising.pathways.course.WeeklySeriesForm;

/** A weekly series in one form: from when, which weekday, what time, how long, how many, where. */
class SeriesDialog extends FormDialog {

    SeriesDialog(SchedulingService scheduling, long cohortId, LocalDate from, IntConsumer saved) {
        setHeaderTitle(getTranslation("sessions.series.title"));
        setSaveLabel(getTranslation("sessions.series.save"));
        setId("series-dialog");
        var first = new DatePicker(getTranslation("sessions.series.from"));
        first.setRequiredIndicatorVisible(true);
        first.setLocale(getLocale());
        first.setValue(from);
        first.setId("series-from");
        var weekday = new Select<DayOfWeek>();
        weekday.setLabel(getTranslation("sessions.series.weekday"));
        weekday.setItems(DayOfWeek.values());
        weekday.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.FULL, getLocale()));
        weekday.setValue(from.getDayOfWeek());
        weekday.setId("series-weekday");
        var start = new TimePicker(getTranslation("sessions.field.start"));
        start.setRequiredIndicatorVisible(true);
        start.setStep(Duration.ofMinutes(15));
        start.setLocale(getLocale());
        start.setValue(LocalTime.of(18, 30));
        start.setHelperText(getTranslation("sessions.field.start.help"));
        start.setId("series-start");
        var minutes = new IntegerField(getTranslation("sessions.field.duration"));
        minutes.setMin(15);
        minutes.setMax(1440);
        minutes.setStep(15);
        minutes.setStepButtonsVisible(true);
        minutes.setValue(75);
        minutes.setId("series-duration");
        var count = new IntegerField(getTranslation("sessions.series.count"));
        count.setMin(1);
        count.setMax(WeeklySeries.MAX_SESSIONS);
        count.setStepButtonsVisible(true);
        count.setValue(6);
        count.setRequiredIndicatorVisible(true);
        count.setId("series-count");
        var venue = new TextField(getTranslation("sessions.field.venue"));
        venue.setMaxLength(300);
        venue.setId("series-venue");
        var link = new TextField(getTranslation("sessions.field.link"));
        link.setMaxLength(500);
        link.setPattern("https?://\\S+");
        link.setErrorMessage(getTranslation("sessions.error.link"));
        link.setHelperText(getTranslation("sessions.field.place.help"));
        link.setId("series-link");
        addFields(first, weekday, start, minutes, count);
        addWide(venue);
        addWide(link);

        onSave(() -> {
            var ids = scheduling.addWeeklySeries(cohortId, new WeeklySeriesForm(first.getValue(), weekday.getValue(), start.getValue(),
                    minutes.getValue() == null ? 0 : minutes.getValue(), count.getValue() == null ? 0 : count.getValue(),
                    venue.getValue(), link.getValue()));
            saved.accept(ids.size());
        });
    }
}
