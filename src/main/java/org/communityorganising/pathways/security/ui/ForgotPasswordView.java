package org.communityorganising.pathways.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.communityorganising.pathways.base.ui.SignInLink;
import org.communityorganising.pathways.security.AccountLinks;
import org.communityorganising.pathways.security.LinkLifetimes;

/**
 * "Forgot your password?": one field, and the same words afterwards whether or not the address has
 * an account — the service decides that after answering, so the time is the same too.
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends Main implements HasDynamicTitle {

    ForgotPasswordView(AccountLinks links, LinkLifetimes lifetimes) {
        addClassName("login-view");
        setId("forgot-password-view");
        var email = new EmailField(getTranslation("forgot.field.email"));
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(254);
        email.setWidthFull();
        email.setId("forgot-email");
        var send = new Button(getTranslation("forgot.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setWidthFull();
        send.setId("forgot-send");
        send.addClickShortcut(Key.ENTER);
        var card = new Div(
                new H1(getTranslation("forgot.title")),
                new Paragraph(getTranslation("forgot.text", lifetimes.resetMinutes())),
                email,
                send);
        card.addClassName("login-card");
        send.addClickListener(click -> {
            if (email.isEmpty() || email.isInvalid()) {
                email.setErrorMessage(getTranslation("forgot.error.email"));
                email.setInvalid(true);
                return;
            }
            var request = VaadinServletRequest.getCurrent();
            links.requestPasswordReset(email.getValue(), request == null ? null : request.getRemoteAddr());
            card.removeAll();
            var done = new Paragraph(getTranslation("forgot.sent", lifetimes.resetMinutes()));
            done.setId("forgot-sent");
            done.getElement().setAttribute("role", "status");
            card.add(
                    new H1(getTranslation("forgot.title")),
                    done,
                    new Paragraph(SignInLink.withText(getTranslation("link.closed.login"))));
        });
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.title") + " · " + getTranslation("app.name");
    }
}
