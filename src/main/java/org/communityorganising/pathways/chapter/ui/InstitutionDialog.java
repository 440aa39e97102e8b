package org.communityorganising.pathways.chapter.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.communityorganising.pathways.base.ui.FormDialog;
import org.communityorganising.pathways.base.ui.OptionIds;
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
        name.setMaxLength(InstitutionForm.NAME_MAX);
        name.setId("institution-name");
        var kind = new Select<InstitutionKind>();
        kind.setLabel(getTranslation("institutions.field.kind"));
        kind.setItems(InstitutionKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
        kind.setHelperText(getTranslation("institutions.field.kind.help"));
        var chapter = new ComboBox<ChapterOption>(getTranslation("institutions.chapter"));
        chapter.setItems(chapterOptions);
        chapter.setItemLabelGenerator(ChapterOption::name);
        chapter.setReadOnly(id != null || chapterOptions.size() == 1);
        addWide(name);
        addFields(kind, chapter);
        var binder = bind(InstitutionForm.class);
        binder.bind(name, "name");
        binder.bind(kind, "kind");
        binder.forField(chapter)
                .withConverter(OptionIds.of(chapter, ChapterOption::id))
                .bind("chapterId");
        carry(binder, "version");
        binder.readRecord(initial);
        onSave(() -> {
            var form = written(binder);
            if (id == null) {
                chapters.createInstitution(form);
            } else {
                chapters.updateInstitution(id, form);
            }
            saved.run();
        });
    }
}
