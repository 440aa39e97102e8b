package org.communityorganising.pathways.course.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.ui.FormDialog;
import org.communityorganising.pathways.base.ui.Fact;
import org.communityorganising.pathways.base.ui.Notifications;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.course.SchedulingService;
import org.communityorganising.pathways.course.SessionDetails;
import org.communityorganising.pathways.course.SessionForm;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * One session: when, where, its cohort, a calendar download; for those who run the cohort also
 * move and cancel. (The attendance register will live here too.) Open to the session's staff and
 * to the people enrolled in it — the service decides.
 */
@Route("sessions/:sessionId(\\d+)")
@PermitAll
class SessionView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SchedulingService scheduling;
    private @Nullable SessionDetails session;

    SessionView(SchedulingService scheduling) {
        this.scheduling = scheduling;
        addClassName("view");
        setId("session-view");
    }

    static RouteParameters to(long sessionId) {
        return new RouteParameters("sessionId", String.valueOf(sessionId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("sessionId").orElseThrow();
        try {
            session = scheduling.session(id);
        } catch (InvalidInputException | AccessDeniedException notYours) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    private void render() {
        var details = session;
        removeAll();
        add(new ViewToolbar(details.courseTitle(getLocale())));
        var when = LondonTime.dateTime(details.startsAt(), getLocale()) + " – " + LondonTime.time(details.endsAt(), getLocale());
        var facts = new Div(
                new Fact(getTranslation("session.when"), when),
                new Fact(getTranslation("sessions.column.duration"), getTranslation("sessions.minutes", Duration.between(details.startsAt(), details.endsAt()).toMinutes())),
                new Fact(getTranslation("session.cohort"), details.cohortName()));
        facts.addClassName("facts");
        if (details.venue() != null) {
            facts.add(new Fact(getTranslation("sessions.field.venue"), details.venue()));
        }
        add(facts);
        if (details.cancelled()) {
            var cancelled = new Paragraph(getTranslation("session.cancelled-because", details.cancelReason()));
            cancelled.addClassName("session-cancelled");
            cancelled.getElement().setAttribute("role", "status");
            add(cancelled);
        }
        var actions = new Div();
        actions.addClassName("session-actions");
        if (details.onlineLink() != null) {
            var join = new Anchor(details.onlineLink(), getTranslation("session.join-online"));
            join.setTarget("_blank");
            join.getElement().setAttribute("rel", "noopener noreferrer");
            actions.add(join);
        }
        var ics = new Anchor("/calendar/session/" + details.id() + ".ics", getTranslation("session.add-to-calendar"));
        ics.getElement().setAttribute("download", true);
        ics.setId("session-ics");
        actions.add(ics);
        if (details.editable()) {
            actions.add(new RouterLink(getTranslation("session.open-cohort"), CohortView.class, CohortView.to(details.cohortId())));
        }
        add(actions);
        if (details.editable() && !details.cancelled()) {
            var move = new Button(getTranslation("sessions.edit"), VaadinIcon.EDIT.create(), event -> new SessionDialog(scheduling,
                    details.cohortId(), details.id(), new SessionForm(LondonTime.of(details.startsAt()).toLocalDate(),
                            LondonTime.of(details.startsAt()).toLocalTime(), (int) Duration.between(details.startsAt(), details.endsAt()).toMinutes(),
                            details.venue(), details.onlineLink(), details.version()), this::reload).open());
            move.setId("session-edit");
            var cancel = new Button(getTranslation("session.cancel"), VaadinIcon.BAN.create(), event -> cancelDialog(details).open());
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            cancel.setId("session-cancel");
            add(new Div(move, cancel));
        }
    }

    private FormDialog cancelDialog(SessionDetails details) {
        var dialog = new FormDialog();
        dialog.setHeaderTitle(getTranslation("session.cancel.title"));
        dialog.setSaveLabel(getTranslation("session.cancel"));
        var reason = new TextArea(getTranslation("session.cancel.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(500);
        reason.setHelperText(getTranslation("session.cancel.reason.help"));
        reason.setId("session-cancel-reason");
        dialog.addWide(reason);
        dialog.onSave(() -> {
            scheduling.cancelSession(details.id(), reason.getValue(), details.version());
            Notifications.success(getTranslation("session.cancelled"));
            reload();
        });
        return dialog;
    }

    private void reload() {
        session = scheduling.session(session.id());
        render();
    }


    @Override
    public String getPageTitle() {
        return (session == null ? "" : session.courseTitle(getLocale()) + " · ") + getTranslation("app.name");
    }
}
