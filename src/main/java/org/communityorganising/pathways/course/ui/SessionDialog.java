package org.communityorganising.pathways.course.ui;

import org.communityorganising.pathways.base.ui.FormDialog;
import org.communityorganising.pathways.base.ui.Pickers;
import org.communityorganising.pathways.course.SchedulingService;
import org.communityorganising.pathways.course.SessionForm;
import org.jspecify.annotations.Nullable;

/** Adds one session to a cohort, or moves one: date and time in London, length, venue or online link. */
class SessionDialog extends FormDialog {

    SessionDialog(
            SchedulingService scheduling,
            long cohortId,
            @Nullable Long sessionId,
            SessionForm initial,
            Runnable saved) {
        setHeaderTitle(getTranslation(sessionId == null ? "sessions.new" : "sessions.edit"));
        setId("session-dialog");
        var date = Pickers.date(getTranslation("sessions.field.date"));
        date.setLocale(getLocale());
        date.setId("session-date");
        var fields = new SessionFields(this::getTranslation, getLocale(), "session");
        addFields(date, fields.start, fields.minutes);
        addWide(fields.venue);
        addWide(fields.link);

        var binder = bind(SessionForm.class);
        binder.bind(date, "date");
        fields.bindTo(binder);
        carry(binder, "version");
        binder.readRecord(initial);

        onSave(() -> {
            var form = written(binder);
            if (sessionId == null) {
                scheduling.addSession(cohortId, form);
            } else {
                scheduling.updateSession(sessionId, form);
            }
            saved.run();
        });
    }
}
