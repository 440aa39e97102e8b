package org.communityorganising.pathways.chapter.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.communityorganising.pathways.base.ui.FormDialog;
import org.communityorganising.pathways.chapter.ChapterForm;
import org.communityorganising.pathways.chapter.ChapterService;
import org.jspecify.annotations.Nullable;

/** A chapter of the alliance: name, region and the language it prefers. */
class ChapterDialog extends FormDialog {

    ChapterDialog(ChapterService chapters, @Nullable Long id, ChapterForm initial, Runnable saved) {
        setHeaderTitle(getTranslation(id == null ? "chapters.new" : "chapters.edit"));
        setId("chapter-dialog");
        var name = new TextField(getTranslation("chapters.column.name"));
        name.setMaxLength(ChapterForm.NAME_MAX);
        var region = new TextField(getTranslation("chapters.column.region"));
        region.setMaxLength(ChapterForm.REGION_MAX);
        var language = new Select<String>();
        language.setLabel(getTranslation("chapters.column.language"));
        language.setItems(List.of("en", "cy"));
        language.setItemLabelGenerator(code -> getTranslation("language." + code));
        addFields(name, region, language);

        var binder = bind(ChapterForm.class);
        binder.bind(name, "name");
        binder.bind(region, "region");
        binder.bind(language, "preferredLanguage");
        carry(binder, "version");
        binder.readRecord(initial);

        if (id != null) {
            addFooterAction(getTranslation("chapters.deactivate"), "chapter-deactivate", () -> {
                chapters.setChapterActive(id, false);
                saved.run();
            });
        }
        onSave(() -> {
            var form = written(binder);
            if (id == null) {
                chapters.createChapter(form);
            } else {
                chapters.updateChapter(id, form);
            }
            saved.run();
        });
    }
}
