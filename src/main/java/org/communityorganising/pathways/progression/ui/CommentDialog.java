package org.communityorganising.pathways.progression.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.io.Serializable;
import java.util.function.Consumer;
import org.communityorganising.pathways.base.ui.FormDialog;

/** Asks for a comment before an action (query an entry, approve or refuse a promotion). */
class CommentDialog extends FormDialog {

    /** What the action does with the comment typed. */
    interface Action extends Consumer<String>, Serializable {}

    /** The one field this dialog edits. */
    public record Comment(String text) {}

    CommentDialog(
            String title, String saveLabel, String fieldLabel, String help, boolean required, int max, Action action) {
        setHeaderTitle(title);
        setSaveLabel(saveLabel);
        setId("comment-dialog");
        var text = new TextArea(fieldLabel);
        text.setMaxLength(max);
        text.setHelperText(help);
        text.setId("comment-text");
        addWide(text);
        var binder = bind(new Binder<>(Comment.class));
        var binding = binder.forField(text);
        if (required) {
            binding = binding.asRequired(getTranslation("form.error.required"));
        }
        binding.withValidator(new StringLengthValidator(getTranslation("form.error.max-length", max), 0, max))
                .bind("text");
        binder.readRecord(new Comment(""));
        onSave(() -> action.accept(written(binder).text()));
    }
}
