package org.communityorganising.pathways.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.shared.HasAutoOpen;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Vaadin's text fields carry English texts of their own ("Show password", their required and
 * too-long messages); these helpers give them the person's language from our bundles. Pickers are
 * localised where they are made ({@link Pickers}), uploads by {@link Uploads}: each lives apart so
 * that a page loads only the components it shows (decision 0024).
 */
public final class Localised {

    private Localised() {}

    /** The label of the eye button that shows what was typed. */
    public static PasswordField passwordField(PasswordField field) {
        field.getElement()
                .executeJs(
                        "this.i18n = Object.assign({}, this.i18n, {reveal: $0})",
                        field.getTranslation("password.reveal"));
        return field;
    }

    /**
     * Gives a text field its language, and keeps Enter inside pickers and combo boxes: there it
     * chooses a date, time or item and must not also press the dialog's Save button.
     */
    public static void formField(Component field) {
        switch (field) {
            case PasswordField password -> passwordField(password);
            // The field's own checks (a hostile client can send more than maxlength allows) speak
            // like the form's; Bean Validation says the same in the binder.
            case TextField text ->
                text.setI18n(new TextField.TextFieldI18n()
                        .setRequiredErrorMessage(text.getTranslation("form.error.required"))
                        .setMaxLengthErrorMessage(
                                text.getTranslation("form.error.max-length", (int) text.getMaxLength())));
            case TextArea area ->
                area.setI18n(new TextArea.TextAreaI18n()
                        .setRequiredErrorMessage(area.getTranslation("form.error.required"))
                        .setMaxLengthErrorMessage(
                                area.getTranslation("form.error.max-length", (int) area.getMaxLength())));
            case EmailField email ->
                email.setI18n(new EmailField.EmailFieldI18n()
                        .setRequiredErrorMessage(email.getTranslation("form.error.required"))
                        .setMaxLengthErrorMessage(
                                email.getTranslation("form.error.max-length", (int) email.getMaxLength()))
                        .setPatternErrorMessage(email.getTranslation("people.error.email")));
            default -> {}
        }
        // Pickers and combo boxes are the fields that open a list of choices as one types; naming
        // them by that interface rather than by class keeps their code out of every form's page.
        if (field instanceof HasAutoOpen) {
            field.getElement()
                    .executeJs(
                            "this.addEventListener('keydown', e => { if (e.key === 'Enter') { e.stopPropagation(); } })");
        }
    }
}
