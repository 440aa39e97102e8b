package org.communityorganising.pathways.course.ui;

import com.vaadin.flow.component.textfield.TextArea;
import org.communityorganising.pathways.base.ui.FormDialog;
import org.communityorganising.pathways.course.SchedulingService;
import org.communityorganising.pathways.course.SessionCancellation;
import org.communityorganising.pathways.course.SessionForm;
import org.communityorganising.pathways.course.SessionListItem;

/** Cancels a session with a reason everyone enrolled will see, also in their calendar. */
class CancelSessionDialog extends FormDialog {

    CancelSessionDialog(SchedulingService scheduling, SessionListItem session, Runnable cancelled) {
        setHeaderTitle(getTranslation("session.cancel.title"));
        setSaveLabel(getTranslation("session.cancel"));
        setId("cancel-session-dialog");
        var reason = new TextArea(getTranslation("session.cancel.reason"));
        reason.setMaxLength(SessionForm.CANCEL_REASON_MAX);
        reason.setHelperText(getTranslation("session.cancel.reason.help"));
        reason.setId("session-cancel-reason");
        addWide(reason);
        var binder = bind(SessionCancellation.class);
        binder.bind(reason, "reason");
        binder.readRecord(new SessionCancellation(""));
        onSave(() -> {
            scheduling.cancelSession(session.id(), written(binder).reason(), session.version());
            cancelled.run();
        });
    }
}
