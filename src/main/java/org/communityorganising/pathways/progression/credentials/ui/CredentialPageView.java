package org.communityorganising.pathways.progression.credentials.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import java.util.UUID;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.progression.credentials.CredentialService;
import org.communityorganising.pathways.progression.credentials.PublicCredential;

/**
 * A credential's public page, for anyone without signing in: valid, suspended or revoked, who
 * issued it, which tier and when — nothing else about the person.
 */
@Route(value = "credentials/:id", autoLayout = false)
@AnonymousAllowed
class CredentialPageView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CredentialService credentials;

    CredentialPageView(CredentialService credentials) {
        this.credentials = credentials;
        addClassNames("view", "credential-page");
        setId("credential-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<PublicCredential> found = event.getRouteParameters()
                .get("id")
                .flatMap(CredentialPageView::uuid)
                .flatMap(credentials::publicView);
        if (found.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        var credential = found.get();
        var locale = getLocale();
        String state = credential.status().name().toLowerCase();
        add(new H1(getTranslation("credentials.page.title", credential.tier(locale))));
        var status = new Paragraph(getTranslation("credentials.page." + state));
        status.setId("credential-status");
        status.addClassNames("credential-verdict", "credential-status-" + state);
        add(status);
        add(new Paragraph(getTranslation(
                "credentials.page.facts",
                credential.issuer(),
                credential.tier(locale),
                LondonTime.date(LondonTime.of(credential.issuedAt()).toLocalDate(), locale))));
        add(new Paragraph(getTranslation("credentials.page.how")));
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("credentials.page") + " · " + getTranslation("app.name");
    }
}
