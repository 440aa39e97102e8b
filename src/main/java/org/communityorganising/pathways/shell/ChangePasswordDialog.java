package org.communityorganising.pathways.shell;

import com.vaadin.flow.component.textfield.PasswordField;
import org.communityorganising.pathways.base.ui.FormDialog;
import org.communityorganising.pathways.base.ui.Notifications;
import org.communityorganising.pathways.people.ProfileService;
import org.communityorganising.pathways.security.PasswordChange;
import org.communityorganising.pathways.security.PasswordPolicy;

/** The signed-in person changes their own password; other devices must then sign in again. */
class ChangePasswordDialog extends FormDialog {

    ChangePasswordDialog(ProfileService profile) {
        setHeaderTitle(getTranslation("password.title"));
        setId("change-password-dialog");
        var current = new PasswordField(getTranslation("password.current"));
        current.setId("password-current");
        var fresh = new PasswordField(getTranslation("password.new"));
        fresh.setHelperText(getTranslation("choose.field.password.help", PasswordPolicy.MIN_LENGTH));
        fresh.setId("password-new");
        var repeated = new PasswordField(getTranslation("password.repeat"));
        repeated.setId("password-repeat");
        addWide(current);
        addFields(fresh, repeated);
        var binder = bind(PasswordChange.class);
        binder.bind(current, "current");
        binder.bind(fresh, "fresh");
        binder.forField(repeated)
                .withValidator(value -> value.equals(fresh.getValue()), getTranslation("password.error.repeat"))
                .bind("repeated");
        binder.readRecord(new PasswordChange("", "", ""));
        onSave(() -> {
            var change = written(binder);
            profile.changeMyPassword(change.current(), change.fresh());
            Notifications.success(getTranslation("password.changed"));
        });
    }
}
