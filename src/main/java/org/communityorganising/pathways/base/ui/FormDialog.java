package org.communityorganising.pathways.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import java.util.ArrayList;
import java.util.List;
import org.communityorganising.pathways.base.ConcurrentChangeException;
import org.communityorganising.pathways.base.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * A dialog around a form: fields, a Save and a Cancel button, and one place where whatever the
 * service refused is said in words. Nothing typed is lost when saving fails; the dialog stays open.
 */
public class FormDialog extends Dialog {

    private final FormLayout form = new FormLayout();
    private final Div error = new Div();
    private final Button save;
    private final List<Binder<?>> binders = new ArrayList<>();
    private Runnable onSave = () -> {};

    /** Subclasses set the header title; the button says "Save" unless {@link #setSaveLabel} says otherwise. */
    public FormDialog() {
        setCloseOnOutsideClick(false);
        setWidth("min(40rem, 100vw)");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(error, form);

        save = new Button(getTranslation("form.save"), event -> trySave());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        save.setId("form-save");
        var cancel = new Button(getTranslation("form.cancel"), event -> close());
        cancel.setId("form-cancel");
        getFooter().add(cancel, save);
    }

    public void setSaveLabel(String label) {
        save.setText(label);
    }

    /** A secondary action at the start of the footer (e.g. deactivate), run like Save. */
    public Button addFooterAction(String label, String id, Runnable action) {
        var button = new Button(label, event -> {
            var saving = onSave;
            onSave = action;
            try {
                trySave();
            } finally {
                onSave = saving;
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        button.setId(id);
        getFooter().addComponentAsFirst(button);
        return button;
    }

    /** What Save does: the service call; when it returns normally the dialog closes. */
    public void onSave(Runnable action) {
        this.onSave = action;
    }

    /**
     * The binder of this form's fields: Save first validates every binding (the form record's Bean
     * Validation constraints, then any converter), marking each field that needs attention.
     */
    public <T> BeanValidationBinder<T> bind(Class<T> formType) {
        var binder = Forms.binder(formType);
        binders.add(binder);
        return binder;
    }

    /** Registers a binder built by hand (validators only, no Bean Validation of its own). */
    public <T> Binder<T> bind(Binder<T> binder) {
        binders.add(binder);
        return binder;
    }

    /**
     * Binds a record component no field edits (such as the version the form was opened with), so
     * that {@link Binder#writeRecord()} carries it through unchanged.
     */
    public static <T> void carry(Binder<T> binder, String property) {
        binder.forField(new ReadOnlyHasValue<>(value -> {})).bind(property);
    }

    /** The form record as the fields now say; only called from Save, after validation passed. */
    public static <T> T written(Binder<T> binder) {
        return Forms.written(binder);
    }

    public FormLayout form() {
        return form;
    }

    /** Adds fields to the form; a field given alone spans the whole row. */
    public FormDialog addFields(Component... fields) {
        for (Component field : fields) {
            Localised.formField(field);
        }
        form.add(fields);
        return this;
    }

    public FormDialog addWide(Component field) {
        Localised.formField(field);
        form.add(field, 2);
        return this;
    }

    /** Shows a sentence at the top of the form (e.g. from a preview), or hides it with null. */
    public void showError(@Nullable String message) {
        error.setText(message);
        error.setVisible(message != null && !message.isBlank());
    }

    private void trySave() {
        boolean bound = true;
        for (Binder<?> binder : binders) {
            bound &= binder.validate().isOk();
        }
        if (!bound || form.getChildren().anyMatch(FormDialog::invalid)) {
            showError(getTranslation("form.error.fields"));
            return;
        }
        try {
            onSave.run();
            close();
        } catch (InvalidInputException refused) {
            showError(getTranslation(refused.messageKey(), refused.arguments()));
        } catch (ConcurrentChangeException changed) {
            showError(getTranslation("form.error.concurrent"));
        } catch (AccessDeniedException denied) {
            showError(getTranslation("form.error.denied"));
        }
    }

    private static boolean invalid(Component field) {
        if (field instanceof HasValidation validation && field instanceof HasValue<?, ?> value) {
            if (value.isRequiredIndicatorVisible() && value.isEmpty()) {
                validation.setInvalid(true);
                return true;
            }
            return validation.isInvalid();
        }
        return false;
    }
}
