package org.communityorganising.pathways.shell;

import com.vaadin.flow.component.textfield.PasswordField;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.ui.FormDialog;
import org.communityorganising.pathways.base.ui.Notifications;
import org.communityorganising.pathways.people.ProfileService;
import org.communityorganising.pathways.security.AccountPasswords;

/** The signed-in person changes their own password; other devices must then sign in again. */
class ChangePasswordDialog extends FormDialog {

    ChangePasswordDialog(ProfileService profile) {
        setHeaderTitle(getTranslation("password.title"));
        setId("change-password-dialog");
        var current = new PasswordField(getTranslation("password.current"));
        current.setRequiredIndicatorVisible(true);
        current.setId("password-current");
        var fresh = new PasswordField(getTranslation("password.new"));
        fresh.setRequiredIndicatorVisible(true);
        fresh.setHelperText(getTranslation("people.field.password.help", AccountPasswords.MIN_LENGTH));
        fresh.setId("password-new");
        var repeated = new PasswordField(getTranslation("password.repeat"));
        repeated.setRequiredIndicatorVisible(true);
        repeated.setId("password-repeat");
        addWide(current);
        addFields(fresh, repeated);
        onSave(() -> {
            if (!fresh.getValue().equals(repeated.getValue())) {
                throw new InvalidInputException("password.error.repeat");
            }
            profile.changeMyPassword(current.getValue(), fresh.getValue());
            Notifications.success(getTranslation("password.changed"));
        });
    }
}
