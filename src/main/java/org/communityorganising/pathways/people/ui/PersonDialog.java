package org.communityorganising.pathways.people.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.communityorganising.pathways.base.ui.FormDialog;
import org.communityorganising.pathways.base.ui.OptionIds;
import org.communityorganising.pathways.chapter.ChapterOption;
import org.communityorganising.pathways.chapter.ChapterService;
import org.communityorganising.pathways.chapter.InstitutionOption;
import org.communityorganising.pathways.people.PeopleService;
import org.communityorganising.pathways.people.PersonForm;
import org.communityorganising.pathways.security.AppRoles;
import org.jspecify.annotations.Nullable;

/** Creates or edits a person: profile, chapter and institution, roles; a new person is invited to choose their password. */
class PersonDialog extends FormDialog {

    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final ComboBox<ChapterOption> chapter = new ComboBox<>();
    private final ComboBox<InstitutionOption> institution = new ComboBox<>();
    private final CheckboxGroup<String> roles = new CheckboxGroup<>();
    private final Checkbox invite = new Checkbox();
    private final transient ChapterService chapters;

    PersonDialog(
            PeopleService people,
            ChapterService chapters,
            boolean admin,
            @Nullable Long id,
            PersonForm initial,
            long invitationDays,
            Runnable saved) {
        this.chapters = chapters;
        setHeaderTitle(getTranslation(id == null ? "people.new" : "people.edit"));
        setId("person-dialog");

        name.setLabel(getTranslation("people.field.name"));
        name.setMaxLength(PersonForm.NAME_MAX);
        name.setId("person-name");
        email.setLabel(getTranslation("people.field.email"));
        email.setMaxLength(PersonForm.EMAIL_MAX);
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
        roles.setItems(people.grantableRoles());
        roles.setItemLabelGenerator(role -> getTranslation(AppRoles.translationKey(role)));
        // Not setRequiredIndicatorVisible: it puts aria-required on the group, which ARIA does not
        // allow there (axe-core: aria-allowed-attr). The helper text says it; the service checks it.
        roles.setHelperText(getTranslation("people.field.roles.help"));
        roles.setId("person-roles");
        invite.setLabel(getTranslation("people.field.invite"));
        invite.setHelperText(getTranslation("people.field.invite.help", invitationDays));
        invite.setValue(true);
        invite.setId("person-invite");

        addFields(name, email, phone, chapter, institution, roles);
        if (id == null) {
            addWide(invite);
        }

        var binder = bind(PersonForm.class);
        binder.bind(name, "fullName");
        binder.bind(email, "email");
        binder.bind(phone, "phone");
        binder.forField(chapter)
                .withConverter(OptionIds.of(chapter, ChapterOption::id))
                .bind("chapterId");
        binder.forField(institution)
                .withConverter(OptionIds.of(institution, InstitutionOption::id))
                .bind("institutionId");
        binder.bind(roles, "roles");
        carry(binder, "version");
        loadInstitutions(initial.chapterId());
        binder.readRecord(initial);
        chapter.addValueChangeListener(event -> loadInstitutions(
                event.getValue() == null ? null : event.getValue().id()));

        onSave(() -> {
            var form = written(binder);
            if (id == null) {
                people.create(form, invite.getValue());
            } else {
                people.update(id, form);
            }
            saved.run();
        });
    }

    /** The institutions of the chosen chapter are the ones to choose from. */
    private void loadInstitutions(@Nullable Long chapterId) {
        institution.clear();
        institution.setItems(chapterId == null ? List.of() : chapters.institutionOptions(chapterId));
    }
}
