package org.communityorganising.pathways.course.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.function.IntConsumer;
import org.communityorganising.pathways.base.ui.FormDialog;
import org.communityorganising.pathways.base.ui.Pickers;
import org.communityorganising.pathways.course.SchedulingService;
import org.communityorganising.pathways.course.WeeklySeries;
import org.communityorganising.pathways.course.WeeklySeriesForm;

/** A weekly series in one form: from when, which weekday, what time, how long, how many, where. */
class SeriesDialog extends FormDialog {

    SeriesDialog(SchedulingService scheduling, long cohortId, LocalDate from, IntConsumer saved) {
        setHeaderTitle(getTranslation("sessions.series.title"));
        setSaveLabel(getTranslation("sessions.series.save"));
        setId("series-dialog");
        var first = Pickers.date(getTranslation("sessions.series.from"));
        first.setLocale(getLocale());
        first.setId("series-from");
        var weekday = new Select<DayOfWeek>();
        weekday.setLabel(getTranslation("sessions.series.weekday"));
        weekday.setItems(DayOfWeek.values());
        weekday.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.FULL, getLocale()));
        weekday.setId("series-weekday");
        var fields = new SessionFields(this::getTranslation, getLocale(), "series");
        var count = new IntegerField(getTranslation("sessions.series.count"));
        count.setMin(1);
        count.setMax(WeeklySeries.MAX_SESSIONS);
        count.setStepButtonsVisible(true);
        count.setId("series-count");
        addFields(first, weekday, fields.start, fields.minutes, count);
        addWide(fields.venue);
        addWide(fields.link);

        var binder = bind(WeeklySeriesForm.class);
        binder.bind(first, "from");
        binder.bind(weekday, "weekday");
        fields.bindTo(binder);
        binder.bind(count, "count");
        // Weekly evening sessions of 75 minutes, six of them: the usual Learning Thursdays shape.
        binder.readRecord(new WeeklySeriesForm(from, from.getDayOfWeek(), LocalTime.of(18, 30), 75, 6, null, null));

        onSave(() -> saved.accept(
                scheduling.addWeeklySeries(cohortId, written(binder)).size()));
    }
}
