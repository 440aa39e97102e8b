package org.communityorganising.pathways.base.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.io.Serializable;
import java.util.function.Consumer;

/**
 * Apologies for a coming session with an optional reason: the one dialog for the home page and the
 * session page. What sending means (the service call) and what follows are the caller's.
 */
public class ApologiesDialog extends FormDialog {

    /** Sends the apologies with the reason typed (possibly empty). */
    public interface Sender extends Consumer<String>, Serializable {}

    /** @param maxReason the longest reason the service accepts */
    public ApologiesDialog(int maxReason, Sender send, Runnable sent) {
        setHeaderTitle(getTranslation("apologies.title"));
        setSaveLabel(getTranslation("apologies.send"));
        setId("apologies-dialog");
        var reason = new TextArea(getTranslation("apologies.reason"));
        reason.setMaxLength(maxReason);
        reason.setHelperText(getTranslation("apologies.reason.help"));
        reason.setId("apologies-reason");
        addWide(reason);
        var binder = bind(Apology.class);
        // The longest reason is the caller's (the attendance module's) constant, so it is checked here
        // rather than by an annotation.
        binder.forField(reason)
                .withValidator(
                        new StringLengthValidator(getTranslation("form.error.max-length", maxReason), 0, maxReason))
                .bind("reason");
        binder.readRecord(new Apology(""));
        onSave(() -> {
            send.accept(written(binder).reason());
            Notifications.success(getTranslation("apologies.done"));
            sent.run();
        });
    }

    /** What the apologies form edits: an optional reason. */
    public record Apology(String reason) {}
}
