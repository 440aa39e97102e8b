package org.communityorganising.pathways.base.ui;

import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.HasItemComponents;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;
import com.vaadin.flow.data.binder.ValidationException;
import jakarta.validation.constraints.NotBlank;
import org.communityorganising.pathways.base.InvalidInputException;

/**
 * The binder rules every form shares, in a dialog or on a page. Kept apart from {@link FormDialog}
 * so that a page's form does not name the dialog, whose code would then load with the page
 * (decision 0030).
 */
public final class Forms {

    private Forms() {}

    /**
     * A binder for a form record: Bean Validation on its constraints, and the fields marked
     * required as the record says.
     */
    public static <T> BeanValidationBinder<T> binder(Class<T> formType) {
        var binder = new BeanValidationBinder<>(formType);
        // Vaadin marks @NotNull, @NotEmpty and @Size fields as required; our text fields say @NotBlank.
        // A checkbox group or a select would carry aria-required, which ARIA does not allow there
        // (axe-core: aria-allowed-attr): their helper text says it, the binder still checks it.
        // They are the fields whose items are components of their own (a radio group is not, and
        // may say it is required); naming that interface rather than the two classes keeps their
        // code out of the pages whose forms have neither (decision 0024).
        var required = RequiredFieldConfigurator.DEFAULT.chain(
                (constraint, binding) -> constraint.annotationType() == NotBlank.class);
        binder.setRequiredConfigurator((constraint, binding) ->
                !(binding.getField() instanceof HasItemComponents<?>) && required.test(constraint, binding));
        return binder;
    }

    /** The form record as the fields now say; only called once validation passed. */
    public static <T> T written(Binder<T> binder) {
        try {
            return binder.writeRecord();
        } catch (ValidationException invalid) {
            throw new InvalidInputException("form.error.fields");
        }
    }
}
