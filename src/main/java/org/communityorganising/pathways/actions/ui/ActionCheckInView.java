package org.communityorganising.pathways.actions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.communityorganising.pathways.actions.ActionService;
import org.communityorganising.pathways.actions.CheckInOptions;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.ui.RouteIds;
import org.communityorganising.pathways.base.ui.ViewToolbar;

/**
 * Where the code at the door leads: the signed-in person of the chapter says which institution
 * they came with (their own is chosen) and, if they wish, which leader brought them, and checks in.
 */
@Route("actions/:actionId(\\d+)/check-in/:code?")
@PermitAll
class ActionCheckInView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ActionService actions;

    ActionCheckInView(ActionService actions) {
        this.actions = actions;
        addClassName("view");
        setId("action-check-in-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var requested = RouteIds.id(event, "actionId");
        if (requested.isEmpty()) {
            return;
        }
        var scanned = event.getRouteParameters().get("code");
        removeAll();
        CheckInOptions options;
        try {
            options = actions.checkInOptions(requested.getAsLong());
        } catch (InvalidInputException refused) {
            if (refused.messageKey().equals("actions.error.not-found")) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            add(new ViewToolbar(getTranslation("actions.check-in.page")));
            var closed = new Paragraph(getTranslation(refused.messageKey(), refused.arguments()));
            closed.setId("action-check-in-outcome");
            add(closed);
            return;
        }
        var action = options.action();
        add(new ViewToolbar(getTranslation("actions.check-in.title", action.title())));
        add(new Paragraph(getTranslation(
                "actions.check-in.when", LondonTime.dateTime(action.startsAt(), getLocale()), action.place())));
        var outcome = new Paragraph();
        outcome.setId("action-check-in-outcome");
        outcome.getElement().setAttribute("role", "status");
        if (options.checkedIn()) {
            outcome.setText(getTranslation("actions.check-in.already"));
            add(outcome);
            return;
        }
        var institution = new Select<CheckInOptions.Option>();
        institution.setLabel(getTranslation("actions.check-in.institution"));
        institution.setItems(options.institutions());
        // The empty choice is drawn through the label generator too: it must take a null.
        institution.setItemLabelGenerator(option -> option == null ? "" : option.name());
        institution.setEmptySelectionCaption(getTranslation("actions.field.institution.none"));
        institution.setEmptySelectionAllowed(true);
        institution.setId("check-in-institution");
        options.institutions().stream()
                .filter(option -> Long.valueOf(option.id()).equals(options.myInstitution()))
                .findFirst()
                .ifPresent(institution::setValue);
        var leader = new ComboBox<CheckInOptions.Option>(getTranslation("actions.check-in.brought-by"));
        leader.setItems(options.leaders());
        leader.setItemLabelGenerator(CheckInOptions.Option::name);
        leader.setClearButtonVisible(true);
        leader.setHelperText(getTranslation("actions.check-in.brought-by.help"));
        leader.setId("check-in-brought-by");
        // Scanned, the code is in the address; typed, it goes in a field of its own.
        var typed = new TextField(getTranslation("actions.check-in.code"));
        typed.setMaxLength(7);
        typed.setAllowedCharPattern("[0-9 ]");
        typed.setHelperText(getTranslation("actions.check-in.code.help"));
        typed.setId("check-in-code");
        typed.setVisible(scanned.isEmpty());
        var checkIn = new Button(getTranslation("actions.check-in.button"));
        checkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        checkIn.setId("check-in-button");
        checkIn.addClickListener(click -> {
            try {
                boolean first = actions.checkIn(
                        action.id(),
                        scanned.orElseGet(() -> typed.getValue().replace(" ", "")),
                        institution.getValue() == null
                                ? null
                                : institution.getValue().id(),
                        leader.getValue() == null ? null : leader.getValue().id());
                outcome.setText(getTranslation(first ? "actions.check-in.done" : "actions.check-in.already"));
                typed.setEnabled(false);
                institution.setEnabled(false);
                leader.setEnabled(false);
                checkIn.setEnabled(false);
            } catch (InvalidInputException refused) {
                outcome.setText(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        add(typed, institution, leader, checkIn, outcome);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("actions.check-in.page") + " · " + getTranslation("app.name");
    }
}
