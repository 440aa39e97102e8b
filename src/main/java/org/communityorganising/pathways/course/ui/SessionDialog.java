package org.communityorganising.pathways.course.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.util.Objects;
import org.communityorganising.pathways.base.ui.FormDialog;
import org.communityorganising.pathways.course.SchedulingService;
import org.communityorganising.pathways.course.SessionForm;
import org.jspecify.annotations.Nullable;

/** Adds one session to a cohort, or moves one: date and time in London, length, venue or online link. */
class SessionDialog extends FormDialog {

    SessionDialog(SchedulingService scheduling, long cohortId, @Nullable Long sessionId, SessionForm initial, Runnable saved) {
        setHeaderTitle(getTranslation(sessionId == null ? "sessions.new" : "sessions.edit"));
        setId("session-dialog");
        var date = new DatePicker(getTranslation("sessions.field.date"));
        date.setRequiredIndicatorVisible(true);
        date.setLocale(getLocale());
        date.setId("session-date");
        var start = new TimePicker(getTranslation("sessions.field.start"));
        start.setRequiredIndicatorVisible(true);
        start.setStep(Duration.ofMinutes(15));
        start.setLocale(getLocale());
        start.setHelperText(getTranslation("sessions.field.start.help"));
        start.setId("session-start");
        var minutes = new IntegerField(getTranslation("sessions.field.duration"));
        minutes.setMin(15);
        minutes.setMax(1440);
        minutes.setStep(15);
        minutes.setStepButtonsVisible(true);
        minutes.setRequiredIndicatorVisible(true);
        minutes.setId("session-duration");
        var venue = new TextField(getTranslation("sessions.field.venue"));
        venue.setMaxLength(300);
        venue.setId("session-venue");
        var link = new TextField(getTranslation("sessions.field.link"));
        link.setMaxLength(500);
        link.setPattern("https?://\\S+");
        link.setErrorMessage(getTranslation("sessions.error.link"));
        link.setHelperText(getTranslation("sessions.field.place.help"));
        link.setId("session-link");
        addFields(date, start, minutes);
        addWide(venue);
        addWide(link);

        date.setValue(initial.date());
        start.setValue(initial.start());
        minutes.setValue(initial.durationMinutes());
        venue.setValue(Objects.requireNonNullElse(initial.venue(), ""));
        link.setValue(Objects.requireNonNullElse(initial.onlineLink(), ""));

        onSave(() -> {
            var form = new SessionForm(date.getValue(), start.getValue(), minutes.getValue() == null ? 0 : minutes.getValue(),
                    venue.getValue(), link.getValue(), initial.version());
            if (sessionId == null) {
                scheduling.addSession(cohortId, form);
            } else {
                scheduling.updateSession(sessionId, form);
            }
            saved.run();
        });
    }
}
