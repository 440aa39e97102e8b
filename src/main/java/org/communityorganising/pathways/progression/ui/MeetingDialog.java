package org.communityorganising.pathways.progression.ui;

import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import org.communityorganising.pathways.base.ui.FormDialog;
import org.communityorganising.pathways.base.ui.Pickers;
import org.communityorganising.pathways.progression.mentoring.MeetingForm;
import org.communityorganising.pathways.progression.mentoring.MentoringService;

/** One of a pair logs a meeting: the day and how long it took — no notes, by design. */
class MeetingDialog extends FormDialog {

    MeetingDialog(
            MentoringService mentoring, long pairId, String other, LocalDate since, LocalDate today, Runnable saved) {
        setHeaderTitle(getTranslation("mentoring.meeting.log.with", other));
        setSaveLabel(getTranslation("mentoring.meeting.save"));
        setId("meeting-dialog");
        var date = Pickers.date(getTranslation("mentoring.field.met-on"));
        date.setMin(since);
        date.setMax(today);
        date.setId("meeting-date");
        var minutes = new IntegerField(getTranslation("mentoring.field.minutes"));
        minutes.setMin(1);
        minutes.setMax(MeetingForm.MINUTES_MAX);
        // No step: a step would refuse any length that is not a multiple of it from the minimum.
        minutes.setId("meeting-minutes");
        addFields(date, minutes);
        var binder = bind(MeetingForm.class);
        binder.bind(date, "metOn");
        binder.bind(minutes, "minutes");
        binder.readRecord(new MeetingForm(today, 60));
        onSave(() -> {
            mentoring.logMeeting(pairId, written(binder));
            saved.run();
        });
    }
}
