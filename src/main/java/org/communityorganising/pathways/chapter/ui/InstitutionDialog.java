package org.communityorganising.pathways.chapter.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Objects;
import org.communityorganising.pathways.base.ui.FormDialog;
import org.communityorganising.pathways.chapter.ChapterOption;
import org.communityorganising.pathways.chapter.ChapterService;
import org.communityorganising.pathways.chapter.InstitutionForm;
import org.communityorganising.pathways.chapter.InstitutionKind;
import org.jspecify.annotations.Nullable;

/** Adds a member institution to a chapter, or renames one. */
class InstitutionDialog extends FormDialog {

    InstitutionDialog(
            ChapterService chapters,
            List<ChapterOption> chapterOptions,
            @Nullable Long id,
            InstitutionForm initial,
            Runnable saved) {
        setHeaderTitle(getTranslation(id == null ? "institutions.new" : "institutions.edit"));
        setId("institution-dialog");
        var name = new TextField(getTranslation("institutions.field.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(InstitutionForm.NAME_MAX);
        name.setValue(initial.name());
        name.setId("institution-name");
        var kind = new Select<InstitutionKind>();
        kind.setLabel(getTranslation("institutions.field.kind"));
        kind.setItems(InstitutionKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
        kind.setValue(initial.kind());
        kind.setHelperText(getTranslation("institutions.field.kind.help"));
        var chapter = new ComboBox<ChapterOption>(getTranslation("institutions.chapter"));
        chapter.setItems(chapterOptions);
        chapter.setItemLabelGenerator(ChapterOption::name);
        chapter.setRequiredIndicatorVisible(true);
        chapterOptions.stream()
                .filter(option -> Objects.equals(option.id(), initial.chapterId()))
                .findFirst()
                .ifPresent(chapter::setValue);
        chapter.setReadOnly(id != null || chapterOptions.size() == 1);
        addWide(name);
        addFields(kind, chapter);
        onSave(() -> {
            var form = new InstitutionForm(
                    name.getValue(),
                    kind.getValue(),
                    chapter.getValue() == null ? null : chapter.getValue().id(),
                    initial.version());
            if (id == null) {
                chapters.createInstitution(form);
            } else {
                chapters.updateInstitution(id, form);
            }
            saved.run();
        });
    }
}
