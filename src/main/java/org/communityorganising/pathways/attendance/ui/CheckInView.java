package org.communityorganising.pathways.attendance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.communityorganising.pathways.attendance.CheckInService;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.ui.RouteIds;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.springframework.security.access.AccessDeniedException;

/** Where the QR code on the trainer's screen leads: checks the signed-in person in and says how it went. */
@Route("check-in/:sessionId(\\d+)/:code")
@PermitAll
class CheckInView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CheckInService checkIns;

    CheckInView(CheckInService checkIns) {
        this.checkIns = checkIns;
        addClassName("view");
        setId("check-in-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var requested = RouteIds.id(event, "sessionId");
        if (requested.isEmpty()) {
            return;
        }
        long sessionId = requested.getAsLong();
        String code = event.getRouteParameters().get("code").orElse("");
        removeAll();
        add(new ViewToolbar(getTranslation("checkin.title")));
        var outcome = new Paragraph();
        outcome.setId("check-in-outcome");
        outcome.getElement().setAttribute("role", "status");
        try {
            var result = checkIns.checkIn(sessionId, code);
            outcome.setText(getTranslation(
                    result.alreadyMarked() ? "checkin.already" : "checkin.done",
                    getTranslation(result.status().translationKey())));
        } catch (InvalidInputException refused) {
            if (refused.messageKey().equals("sessions.error.not-found")) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            outcome.setText(getTranslation(refused.messageKey(), refused.arguments()));
        } catch (AccessDeniedException notYours) {
            outcome.setText(getTranslation("checkin.error.not-enrolled"));
        }
        add(outcome, new Anchor("sessions/" + sessionId, getTranslation("checkin.to-session")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("checkin.title") + " · " + getTranslation("app.name");
    }
}
