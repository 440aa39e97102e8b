package org.communityorganising.pathways.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.QueryParameters;
import org.communityorganising.pathways.support.BrowserlessUi;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.TestData;
import org.communityorganising.pathways.support.Toasts;
import org.communityorganising.pathways.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** "Change my password" from the user menu: a page of its own, which says what it refused. */
@IntegrationTest
class ChangePasswordViewTest {

    @LocalServerPort
    int port;

    @Autowired
    BrowserlessUi ui;

    @Autowired
    TestData data;

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void aWrongCurrentPasswordIsSaidOnThePageAndChangesNothing() {
        String trainee = openedByATrainee("");

        fill("not my password", "a long new passphrase", "a long new passphrase");
        _click(_get(Button.class, spec -> spec.withId("form-save")));

        assertThat(_get(Div.class, spec -> spec.withClasses("form-error")).getText())
                .isEqualTo("That is not your current password.");
        assertThat(_get(PasswordField.class, spec -> spec.withId("password-new"))
                        .getValue())
                .as("nothing typed is lost")
                .isEqualTo("a long new passphrase");
        assertThat(new WebClient(port).login(trainee, DemoLogins.PASSWORD)).isPresent();
    }

    @Test
    void twoDifferentNewPasswordsAreRefusedBeforeAnythingIsSent() {
        String trainee = openedByATrainee("");

        fill(DemoLogins.PASSWORD, "a long new passphrase", "another long passphrase");
        _click(_get(Button.class, spec -> spec.withId("form-save")));

        var repeated = _get(PasswordField.class, spec -> spec.withId("password-repeat"));
        assertThat(repeated.isInvalid()).isTrue();
        assertThat(repeated.getErrorMessage()).isEqualTo("The two new passwords are not the same.");
        assertThat(new WebClient(port).login(trainee, DemoLogins.PASSWORD)).isPresent();
    }

    @Test
    void emptyFieldsAreMarkedRequiredAndSaidSo() {
        openedByATrainee("");

        for (String id : new String[] {"password-current", "password-new", "password-repeat"}) {
            assertThat(_get(PasswordField.class, spec -> spec.withId(id)).isRequiredIndicatorVisible())
                    .as(id)
                    .isTrue();
        }
        _click(_get(Button.class, spec -> spec.withId("form-save")));
        assertThat(_get(Div.class, spec -> spec.withClasses("form-error")).getText())
                .isEqualTo("Some fields need your attention; they are marked in red.");
    }

    /** The user menu opens the page with the path it was opened on (AccessibilityBrowserIT opens it so). */
    @Test
    void cancelGoesBackToThePageTheMenuWasOpenedOn() {
        openedByATrainee("my-path");
        _click(_get(Button.class, spec -> spec.withId("form-cancel")));
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("my-path");
    }

    @Test
    void aPageToGoBackToMustBeOneOfTheAppsOwnPaths() {
        openedByATrainee("https://example.org");
        _click(_get(Button.class, spec -> spec.withId("form-cancel")));
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEmpty();
    }

    @Test
    void aChangedPasswordIsConfirmedAndThePersonIsTakenBack() {
        String trainee = openedByATrainee("ladder");

        fill(DemoLogins.PASSWORD, "a long new passphrase", "a long new passphrase");
        _click(_get(Button.class, spec -> spec.withId("form-save")));

        assertThat(Toasts.shown()).contains("Password changed. Your other devices will ask you to log in again.");
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("ladder");
        assertThat(new WebClient(port).login(trainee, "a long new passphrase")).isPresent();
        assertThat(new WebClient(port).login(trainee, DemoLogins.PASSWORD)).isEmpty();
    }

    /** A new trainee on the page, opened as the user menu opens it from {@code from} ("" for none). */
    private String openedByATrainee(String from) {
        String trainee = data.personWithLogin("TELCO", "TRAINEE");
        ui.openAs(trainee);
        UI.getCurrent()
                .navigate(
                        ChangePasswordView.ROUTE,
                        from.isEmpty() ? QueryParameters.empty() : QueryParameters.of(ChangePasswordView.FROM, from));
        return trainee;
    }

    private static void fill(String current, String fresh, String repeated) {
        BrowserlessUi.type(_get(PasswordField.class, spec -> spec.withId("password-current")), current);
        BrowserlessUi.type(_get(PasswordField.class, spec -> spec.withId("password-new")), fresh);
        BrowserlessUi.type(_get(PasswordField.class, spec -> spec.withId("password-repeat")), repeated);
    }
}
