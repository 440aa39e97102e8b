package org.communityorganising.pathways.attendance.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.validator.BeanValidator;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.ui.FormDialog;
import org.communityorganising.pathways.course.EnrolmentService;
import org.communityorganising.pathways.course.SessionDetails;
import org.communityorganising.pathways.people.PeopleFilter;
import org.communityorganising.pathways.people.PeopleService;
import org.communityorganising.pathways.people.PersonForm;
import org.communityorganising.pathways.people.PersonOption;
import org.jspecify.annotations.Nullable;

/** Someone turned up who is not on the register: find them, or add a minimal record, and enrol them as a walk-in. */
class WalkInDialog extends FormDialog {

    private @Nullable Long created;

    WalkInDialog(
            PeopleService people,
            EnrolmentService enrolment,
            SessionDetails session,
            @Nullable Long chapterId,
            Runnable added) {
        setHeaderTitle(getTranslation("walkin.title"));
        setSaveLabel(getTranslation("walkin.add"));
        setId("walkin-dialog");
        var existing = new ComboBox<PersonOption>(getTranslation("walkin.find"));
        existing.setItemLabelGenerator(PersonOption::label);
        existing.setItems(query -> people
                .options(
                        new PeopleFilter(query.getFilter().orElse(""), chapterId, null, false),
                        toSpringPageRequest(query))
                .stream());
        existing.setId("walkin-person");
        var or = new Paragraph(getTranslation("walkin.or-new"));
        var name = new TextField(getTranslation("people.field.name"));
        name.setMaxLength(PersonForm.NAME_MAX);
        name.setId("walkin-name");
        var email = new EmailField(getTranslation("people.field.email"));
        email.setMaxLength(PersonForm.EMAIL_MAX);
        email.setId("walkin-email");
        addWide(existing);
        addWide(or);
        addFields(name, email);
        // A new person's name and e-mail follow the person form's own constraints.
        var binder = bind(new Binder<>(PersonForm.class));
        binder.forField(name).withValidator(whenNew(existing, "fullName")).bind("fullName");
        binder.forField(email).withValidator(whenNew(existing, "email")).bind("email");
        onSave(() -> {
            long personId;
            if (existing.getValue() != null) {
                personId = existing.getValue().id();
            } else if (created != null) {
                // Saved on an earlier try whose enrolment was refused: enrol that record, not a second one.
                personId = created;
            } else if (!name.isEmpty() || !email.isEmpty()) {
                personId = people.createWalkIn(name.getValue(), email.getValue(), chapterId);
                created = personId;
            } else {
                throw new InvalidInputException("walkin.error.who");
            }
            enrolment.addWalkIn(session.cohortId(), personId);
            added.run();
        });
    }

    /** The constraints of a new person's field, checked only when nobody was chosen from the list. */
    private static Validator<String> whenNew(ComboBox<PersonOption> existing, String property) {
        var constraints = new BeanValidator(PersonForm.class, property);
        return (value, context) -> existing.isEmpty() ? constraints.apply(value, context) : ValidationResult.ok();
    }
}
