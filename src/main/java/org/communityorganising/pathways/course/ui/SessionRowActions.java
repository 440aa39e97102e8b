package org.communityorganising.pathways.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.ui.Icons;
import org.communityorganising.pathways.base.ui.Notifications;
import org.communityorganising.pathways.course.SchedulingService;
import org.communityorganising.pathways.course.SessionForm;
import org.communityorganising.pathways.course.SessionListItem;

/** One session's buttons: change or cancel it, or reinstate it once cancelled; each labelled with its date. */
class SessionRowActions extends Span {

    SessionRowActions(SchedulingService scheduling, long cohortId, SessionListItem item, Runnable changed) {
        String when = LondonTime.dateTime(item.startsAt(), getLocale());
        if (item.cancelled()) {
            var reinstate = new Button(Icons.UNDO.create(), event -> {
                scheduling.reinstateSession(item.id(), item.version());
                Notifications.success(getTranslation("session.reinstated"));
                changed.run();
            });
            reinstate.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            reinstate.setAriaLabel(getTranslation("session.reinstate.label", when));
            reinstate.setTooltipText(getTranslation("session.reinstate"));
            reinstate.addClassName("session-reinstate");
            add(reinstate);
            return;
        }
        var change = new Button(
                Icons.EDIT.create(),
                event -> new SessionDialog(scheduling, cohortId, item.id(), formOf(item), changed).open());
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        change.setAriaLabel(getTranslation("sessions.edit.label", when));
        change.setTooltipText(getTranslation("sessions.edit"));
        var cancel = new Button(
                Icons.BAN.create(),
                event -> new CancelSessionDialog(scheduling, item, () -> {
                            Notifications.success(getTranslation("session.cancelled"));
                            changed.run();
                        })
                        .open());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        cancel.setAriaLabel(getTranslation("session.cancel.label", when));
        cancel.setTooltipText(getTranslation("session.cancel"));
        add(change, cancel);
    }

    /** The session as its dialog edits it: London date and time, length in minutes, place. */
    private static SessionForm formOf(SessionListItem item) {
        var starts = LondonTime.of(item.startsAt());
        return new SessionForm(
                starts.toLocalDate(),
                starts.toLocalTime(),
                (int) Duration.between(item.startsAt(), item.endsAt()).toMinutes(),
                item.venue(),
                item.onlineLink(),
                item.version());
    }
}
