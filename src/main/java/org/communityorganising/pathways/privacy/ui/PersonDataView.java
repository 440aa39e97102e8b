package org.communityorganising.pathways.privacy.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.ui.FormDialog;
import org.communityorganising.pathways.base.ui.Notifications;
import org.communityorganising.pathways.base.ui.RouteIds;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.people.PeopleService;
import org.communityorganising.pathways.privacy.PersonalDataService;
import org.communityorganising.pathways.security.AppRoles;
import org.jspecify.annotations.Nullable;

/** An administrator answers a data request for someone: their export, or their erasure. */
@Route("people/:personId(\\d+)/data")
@RolesAllowed(AppRoles.ADMIN)
class PersonDataView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PersonalDataService data;
    private final transient PeopleService people;

    PersonDataView(PersonalDataService data, PeopleService people) {
        this.data = data;
        this.people = people;
        addClassName("view");
        setId("person-data-view");
    }

    private @Nullable String shownName;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var requested = RouteIds.id(event, "personId");
        if (requested.isEmpty()) {
            return;
        }
        long personId = requested.getAsLong();
        String name;
        try {
            name = people.summary(personId).fullName();
        } catch (InvalidInputException unknown) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        shownName = name;
        add(
                new ViewToolbar(getTranslation("data.person.title", name), credentialsLink(personId)),
                new Paragraph(getTranslation("data.person.text")),
                new DataDownloads(personId, format -> data.exportFor(personId, format)));
        var erase = new Button(getTranslation("data.erase"), click -> confirmErasure(personId, name));
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        erase.setId("data-erase");
        add(new H2(getTranslation("data.erase")), new Paragraph(getTranslation("data.erase.text")), erase);
    }

    /** The person's credentials, where an administrator suspends or revokes one. */
    private static com.vaadin.flow.component.html.Anchor credentialsLink(long personId) {
        var link = new com.vaadin.flow.component.html.Anchor("people/" + personId + "/credentials", "");
        link.setText(link.getTranslation("credentials.of.link"));
        link.setId("data-credentials");
        return link;
    }

    private void confirmErasure(long personId, String name) {
        var dialog = new FormDialog();
        dialog.setHeaderTitle(getTranslation("data.erase.confirm-title", name));
        dialog.setSaveLabel(getTranslation("data.erase"));
        var confirmation = new TextField(getTranslation("data.erase.confirm-label", name));
        confirmation.setRequiredIndicatorVisible(true);
        confirmation.setWidthFull();
        confirmation.setId("data-erase-confirmation");
        dialog.addWide(new Paragraph(getTranslation("data.erase.text")));
        dialog.addWide(confirmation);
        dialog.onSave(() -> {
            data.erase(personId, confirmation.getValue());
            Notifications.success(getTranslation("data.erased"));
            UI.getCurrent().navigate("people");
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        // Someone else's data: never "Your data".
        String name = shownName;
        return (name == null ? getTranslation("data.people-title") : getTranslation("data.person.title", name)) + " · "
                + getTranslation("app.name");
    }
}
