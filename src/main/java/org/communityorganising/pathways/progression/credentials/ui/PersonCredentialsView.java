package org.communityorganising.pathways.progression.credentials.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.ui.RouteIds;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.people.PeopleService;
import org.communityorganising.pathways.progression.credentials.CredentialService;
import org.communityorganising.pathways.security.AppRoles;

/**
 * A person's credentials, for an administrator: each opens its public page, where it is
 * suspended, reinstated or revoked.
 */
@Route("people/:personId(\\d+)/credentials")
@RolesAllowed(AppRoles.ADMIN)
class PersonCredentialsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CredentialService credentials;
    private final transient PeopleService people;
    private String title = "";

    PersonCredentialsView(CredentialService credentials, PeopleService people) {
        this.credentials = credentials;
        this.people = people;
        addClassName("view");
        setId("person-credentials-view");
    }

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
        title = getTranslation("credentials.of", name);
        add(new ViewToolbar(title));
        var list = credentials.of(personId);
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("credentials.of.none")));
            return;
        }
        var items = new UnorderedList();
        items.setId("person-credentials");
        items.addClassName("credential-list");
        for (var credential : list) {
            var open = new Anchor("credentials/" + credential.id(), credential.tier(getLocale()));
            items.add(new ListItem(
                    open,
                    new com.vaadin.flow.component.html.Span(" · "
                            + getTranslation("credentials.status."
                                    + credential.status().name().toLowerCase(Locale.ROOT))
                            + " · "
                            + getTranslation(
                                    "credentials.issued",
                                    LondonTime.date(
                                            LondonTime.of(credential.issuedAt()).toLocalDate(), getLocale())))));
        }
        add(items);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
