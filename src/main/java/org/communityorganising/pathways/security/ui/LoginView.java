package org.communityorganising.pathways.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import org.communityorganising.pathways.base.ui.Localised;
import org.communityorganising.pathways.i18n.Languages;
import org.communityorganising.pathways.security.SignInBusyException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in. Whatever went wrong (unknown e-mail, wrong password, locked account) the page says the
 * same thing, so it never reveals whether an account exists; only a password that could not be
 * checked at all (a crowd signing in at once) is told to try again in a moment.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient AuthenticationContext authenticationContext;
    private final LoginForm login = new LoginForm();

    LoginView(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
        addClassName("login-view");

        login.setAction("login");
        login.setForgotPasswordButtonVisible(true);
        login.addForgotPasswordListener(event -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        login.setI18n(i18n("login.error.message"));
        Localised.loginForm(login);

        var title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        var tagline = new Paragraph(getTranslation("app.tagline"));
        tagline.addClassName("login-tagline");

        var card = new Div(title, tagline, login, languageSwitch());
        card.addClassName("login-card");
        add(card);
    }

    private LoginI18n i18n(String errorMessageKey) {
        var i18n = LoginI18n.createDefault();
        var form = new LoginI18n.Form();
        form.setTitle(getTranslation("login.form.title"));
        form.setUsername(getTranslation("login.form.email"));
        form.setPassword(getTranslation("login.form.password"));
        form.setSubmit(getTranslation("login.form.submit"));
        form.setForgotPassword(getTranslation("login.form.forgot"));
        i18n.setForm(form);
        var error = new LoginI18n.ErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation(errorMessageKey));
        error.setUsername(getTranslation("login.error.email-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        i18n.setErrorMessage(error);
        return i18n;
    }

    /** Offers the other language, named in that language. */
    private Div languageSwitch() {
        var other = Languages.code(getLocale()).equals("cy") ? Languages.ENGLISH : Languages.WELSH;
        var button = new Button(getTranslation(Languages.translationKey(other)), event -> switchTo(other));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setId("login-language");
        button.getElement().setAttribute("lang", Languages.code(other));
        var wrapper = new Div(button);
        wrapper.addClassName("login-language");
        return wrapper;
    }

    private void switchTo(Locale language) {
        getUI().ifPresent(ui -> Languages.switchTo(ui, language));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        boolean failed =
                event.getLocation().getQueryParameters().getParameters().containsKey("error");
        if (failed && passwordNotChecked()) {
            login.setI18n(i18n("login.error.busy"));
        }
        login.setError(failed);
    }

    /**
     * The last sign-in failed because too many people were signing in at once, so its password was
     * never checked: it says so, whatever the account (it tells nothing about one).
     */
    private static boolean passwordNotChecked() {
        var session = VaadinSession.getCurrent();
        return session != null
                && session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)
                        instanceof SignInBusyException;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
