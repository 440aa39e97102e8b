package org.communityorganising.pathways.progression.credentials.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
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
import org.communityorganising.pathways.progression.credentials.CredentialStatus;
import org.communityorganising.pathways.progression.credentials.PublicCredential;
import org.communityorganising.pathways.security.CurrentUser;

/**
 * A credential's public page, for anyone without signing in: valid, suspended or revoked, who
 * issued it, which tier and when — nothing else about the person.
 */
@Route(value = "credentials/:id", autoLayout = false)
@AnonymousAllowed
class CredentialPageView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CredentialService credentials;
    private final boolean admin;

    CredentialPageView(CredentialService credentials, CurrentUser currentUser) {
        this.credentials = credentials;
        this.admin = currentUser.find().map(user -> user.isAdmin()).orElse(false);
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
        String state = credential.status().name().toLowerCase(java.util.Locale.ROOT);
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
        if (admin && credential.status() != CredentialStatus.REVOKED) {
            add(adminActions(credential));
        }
    }

    /** An administrator may suspend, reinstate or revoke; revoking is for good, so it asks first. */
    private Div adminActions(PublicCredential credential) {
        var actions = new Div();
        actions.setId("credential-admin");
        actions.addClassName("credential-actions");
        var id = credential.id();
        boolean suspended = credential.status() == CredentialStatus.SUSPENDED;
        var suspend = new Button(
                getTranslation(suspended ? "credentials.reinstate" : "credentials.suspend"),
                click -> change(id, suspended ? CredentialStatus.ACTIVE : CredentialStatus.SUSPENDED));
        suspend.setId("credential-suspend");
        var revoke = new Button(getTranslation("credentials.revoke"), click -> {
            var confirm = new ConfirmDialog(
                    getTranslation("credentials.revoke"),
                    getTranslation("credentials.revoke.confirm"),
                    getTranslation("credentials.revoke"),
                    confirmed -> change(id, CredentialStatus.REVOKED));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("form.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.setId("credential-revoke");
        actions.add(suspend, revoke);
        return actions;
    }

    private void change(java.util.UUID id, CredentialStatus status) {
        credentials.changeStatus(id, status);
        getUI().ifPresent(ui -> ui.getPage().reload());
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
