package org.communityorganising.pathways.shell;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.ui.Forms;
import org.communityorganising.pathways.base.ui.Localised;
import org.communityorganising.pathways.base.ui.Notifications;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.people.ProfileService;
import org.communityorganising.pathways.security.PasswordChange;
import org.communityorganising.pathways.security.PasswordPolicy;

/**
 * The signed-in person changes their own password; other devices must then sign in again.
 *
 * <p>A page of its own, opened from the user menu by its address, not a dialog of the layout:
 * whatever the layout's classes name, every page loads before it draws, and this form's fields
 * and form layout are needed by no other page of the layout (decision 0030). Saving or cancelling
 * goes back to the page the menu was opened on, as closing a dialog would.
 */
@Route(ChangePasswordView.ROUTE)
@PermitAll
class ChangePasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The address the user menu opens; it names no class, so that the layout reaches none of this. */
    static final String ROUTE = "my-password";

    /** The query parameter that names the page to go back to. */
    static final String FROM = "from";

    private final Div error = new Div();
    private String back = "";

    ChangePasswordView(ProfileService profile) {
        addClassName("view");
        setId("change-password-view");
        var current = new PasswordField(getTranslation("password.current"));
        current.setId("password-current");
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        current.setAutofocus(true);
        var fresh = new PasswordField(getTranslation("password.new"));
        fresh.setHelperText(getTranslation("choose.field.password.help", PasswordPolicy.MIN_LENGTH));
        fresh.setId("password-new");
        fresh.setAutocomplete(Autocomplete.NEW_PASSWORD);
        var repeated = new PasswordField(getTranslation("password.repeat"));
        repeated.setId("password-repeat");
        repeated.setAutocomplete(Autocomplete.NEW_PASSWORD);
        for (var field : new PasswordField[] {current, fresh, repeated}) {
            Localised.formField(field);
        }
        var form = new FormLayout(current, fresh, repeated);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.addClassName("password-form");

        var binder = Forms.binder(PasswordChange.class);
        binder.bind(current, "current");
        binder.bind(fresh, "fresh");
        binder.forField(repeated)
                .withValidator(value -> value.equals(fresh.getValue()), getTranslation("password.error.repeat"))
                .bind("repeated");
        binder.readRecord(new PasswordChange("", "", ""));

        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        var save = new Button(getTranslation("form.save"), click -> {
            if (!binder.validate().isOk()) {
                showError(getTranslation("form.error.fields"));
                return;
            }
            var change = Forms.written(binder);
            try {
                profile.changeMyPassword(change.current(), change.fresh());
            } catch (InvalidInputException refused) {
                showError(getTranslation(refused.messageKey(), refused.arguments()));
                return;
            }
            Notifications.success(getTranslation("password.changed"));
            UI.getCurrent().navigate(back);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        save.setId("form-save");
        var cancel = new Button(
                getTranslation("form.cancel"), click -> UI.getCurrent().navigate(back));
        cancel.setId("form-cancel");
        var actions = new Div(cancel, save);
        actions.addClassName("form-actions");

        add(new ViewToolbar(getTranslation("password.title")), error, form, actions);
    }

    /** Where the user menu was opened: a path of the app's own, else the home. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String from = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(FROM)
                .orElse("");
        back = from.matches("[A-Za-z0-9/_-]{0,200}") && !from.startsWith("/") && !from.equals(ROUTE) ? from : "";
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " · " + getTranslation("app.name");
    }
}
