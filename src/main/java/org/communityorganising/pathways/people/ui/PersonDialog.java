package org.communityorganising.pathways.people.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.communityorganising.pathways.base.ui.FormDialog;
import org.communityorganising.pathways.chapter.ChapterOption;
import org.communityorganising.pathways.chapter.ChapterService;
import org.communityorganising.pathways.chapter.InstitutionOption;
import org.communityorganising.pathways.people.PeopleService;
import org.communityorganising.pathways.people.PersonForm;
import org.communityorganising.pathways.security.AccountPasswords;
import org.communityorganising.pathways.security.AppRoles;
import org.jspecify.annotations.Nullable;

/** Creates or edits a person: profile, chapter and institution, roles, and a first or new password. */
class PersonDialog extends FormDialog {

    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final ComboBox<ChapterOption> chapter = new ComboBox<>();
    private final ComboBox<InstitutionOption> institution = new ComboBox<>();
    private final CheckboxGroup<String> roles = new CheckboxGroup<>();
    private final PasswordField password = new PasswordField();
    private final transient ChapterService chapters;

    PersonDialog(
            PeopleService people,
            ChapterService chapters,
            boolean admin,
            @Nullable Long id,
            PersonForm initial,
            Runnable saved) {
        this.chapters = chapters;
        setHeaderTitle(getTranslation(id == null ? "people.new" : "people.edit"));
        setId("person-dialog");

        name.setLabel(getTranslation("people.field.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(PersonForm.NAME_MAX);
        name.setId("person-name");
        email.setLabel(getTranslation("people.field.email"));
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(PersonForm.EMAIL_MAX);
        email.setErrorMessage(getTranslation("people.error.email"));
        email.setId("person-email");
        phone.setLabel(getTranslation("people.field.phone"));
        phone.setMaxLength(PersonForm.PHONE_MAX);
        chapter.setLabel(getTranslation("people.field.chapter"));
        chapter.setId("person-chapter");
        chapter.setItems(chapters.chapterOptions());
        chapter.setItemLabelGenerator(ChapterOption::name);
        chapter.setReadOnly(!admin);
        chapter.setHelperText(admin ? getTranslation("people.field.chapter.help") : null);
        institution.setLabel(getTranslation("people.field.institution"));
        institution.setItemLabelGenerator(InstitutionOption::name);
        institution.setClearButtonVisible(true);
        roles.setLabel(getTranslation("people.field.roles"));
        roles.setItems(admin ? AppRoles.ALL : List.of(AppRoles.TRAINEE, AppRoles.TRAINER));
        roles.setItemLabelGenerator(role -> getTranslation(AppRoles.translationKey(role)));
        // Not setRequiredIndicatorVisible: it puts aria-required on the group, which ARIA does not
        // allow there (axe-core: aria-allowed-attr). The helper text says it; the service checks it.
        roles.setHelperText(getTranslation("people.field.roles.help"));
        roles.setId("person-roles");
        password.setLabel(getTranslation(id == null ? "people.field.first-password" : "people.field.new-password"));
        password.setHelperText(getTranslation("people.field.password.help", AccountPasswords.MIN_LENGTH));
        password.setId("person-password");

        addFields(name, email, phone, chapter, institution, roles);
        addWide(password);

        name.setValue(initial.fullName());
        email.setValue(initial.email());
        phone.setValue(Objects.requireNonNullElse(initial.phone(), ""));
        chapter.getListDataView()
                .getItems()
                .filter(option -> Objects.equals(option.id(), initial.chapterId()))
                .findFirst()
                .ifPresent(chapter::setValue);
        loadInstitutions(initial.institutionId());
        chapter.addValueChangeListener(event -> loadInstitutions(null));
        var visibleRoles = new HashSet<>(initial.roles());
        roles.setValue(visibleRoles);

        onSave(() -> {
            var form = new PersonForm(
                    name.getValue(),
                    email.getValue(),
                    phone.getValue(),
                    chapter.getValue() == null ? null : chapter.getValue().id(),
                    institution.getValue() == null
                            ? null
                            : institution.getValue().id(),
                    // A lead cannot see an administrator's other roles here; keep them as they are.
                    merged(initial, admin),
                    initial.version());
            // One call each: a refused password leaves nothing half-saved.
            String newPassword = password.isEmpty() ? null : password.getValue();
            if (id == null) {
                people.create(form, newPassword);
            } else {
                people.update(id, form, newPassword);
            }
            saved.run();
        });
    }

    private java.util.Set<String> merged(PersonForm initial, boolean admin) {
        var chosen = new HashSet<>(roles.getValue());
        if (!admin) {
            initial.roles().stream()
                    .filter(role -> !role.equals(AppRoles.TRAINEE) && !role.equals(AppRoles.TRAINER))
                    .forEach(chosen::add);
        }
        return chosen;
    }

    private void loadInstitutions(@Nullable Long selected) {
        var current = chapter.getValue();
        institution.clear();
        if (current == null) {
            institution.setItems(List.of());
            return;
        }
        var options = chapters.institutionOptions(current.id());
        institution.setItems(options);
        options.stream()
                .filter(option -> Objects.equals(option.id(), selected))
                .findFirst()
                .ifPresent(institution::setValue);
    }
}
