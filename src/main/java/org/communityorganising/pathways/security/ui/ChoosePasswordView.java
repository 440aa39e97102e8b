package org.communityorganising.pathways.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.ui.Localised;
import org.communityorganising.pathways.base.ui.SignInLink;
import org.communityorganising.pathways.i18n.Languages;
import org.communityorganising.pathways.security.AccountLinks;
import org.communityorganising.pathways.security.LinkSignIn;
import org.communityorganising.pathways.security.PasswordPolicy;
import org.jspecify.annotations.Nullable;

/**
 * "Choose your password", opened from an invitation or a reset link: in the person's language
 * (unless this browser chose another), then signed in. A link that is used, expired, replaced or
 * unknown reads the same.
 */
@Route(value = "invitation/:token", autoLayout = false)
@RouteAlias(value = "reset-password/:token", autoLayout = false)
@AnonymousAllowed
public class ChoosePasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient AccountLinks links;
    private final transient LinkSignIn signIn;
    private AccountLinks.@Nullable Purpose purpose;

    ChoosePasswordView(AccountLinks links, LinkSignIn signIn) {
        this.links = links;
        this.signIn = signIn;
        addClassName("login-view");
        setId("choose-password-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        var link = links.open(token);
        removeAll();
        var card = new Div();
        card.addClassName("login-card");
        add(card);
        if (link.isEmpty()) {
            card.add(
                    new H1(getTranslation("link.closed.title")),
                    new Paragraph(getTranslation("link.error.closed")),
                    new Paragraph(new Anchor("forgot-password", getTranslation("link.closed.reset"))),
                    new Paragraph(SignInLink.withText(getTranslation("link.closed.login"))));
            return;
        }
        var open = link.get();
        var theirs = Languages.fromCode(open.language());
        var ui = event.getUI();
        if (Languages.chosenIn(ui.getSession()).isEmpty()
                && !Languages.code(ui.getLocale()).equals(Languages.code(theirs))) {
            Languages.switchTo(ui, theirs);
            return;
        }
        purpose = open.purpose();
        boolean invitation = open.purpose() == AccountLinks.Purpose.INVITATION;
        var password = Localised.passwordField(new PasswordField(getTranslation("choose.field.password")));
        password.setHelperText(getTranslation("choose.field.password.help", PasswordPolicy.MIN_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setWidthFull();
        password.setId("choose-password");
        var repeat = Localised.passwordField(new PasswordField(getTranslation("choose.field.repeat")));
        repeat.setMaxLength(PasswordPolicy.MAX_LENGTH);
        repeat.setWidthFull();
        repeat.setId("choose-password-repeat");
        var save = new Button(getTranslation(invitation ? "choose.save.invitation" : "choose.save.reset"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setWidthFull();
        save.setId("choose-password-save");
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> {
            password.setInvalid(false);
            repeat.setInvalid(false);
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("password.error.repeat"));
                repeat.setInvalid(true);
                return;
            }
            try {
                long person = links.choosePassword(token, password.getValue());
                signIn.signIn(person);
                ui.getPage().setLocation(".");
            } catch (InvalidInputException refused) {
                password.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                password.setInvalid(true);
            }
        });
        card.add(
                new H1(getTranslation(invitation ? "choose.title.invitation" : "choose.title.reset")),
                new Paragraph(getTranslation(
                        invitation ? "choose.welcome" : "choose.welcome-back", firstName(open.fullName()))),
                password,
                repeat,
                save);
    }

    private static String firstName(String fullName) {
        return fullName.strip().split("\\s+")[0];
    }

    @Override
    public String getPageTitle() {
        return getTranslation(
                        purpose == AccountLinks.Purpose.PASSWORD_RESET
                                ? "choose.title.reset"
                                : "choose.title.invitation")
                + " · " + getTranslation("app.name");
    }
}
