package org.communityorganising.pathways.people.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import org.communityorganising.pathways.base.ui.Notifications;

/**
 * A fresh invitation link to pass on by hand (WhatsApp, a text message): shown whole, and copied
 * in the browser during the tap (the clipboard needs the person's gesture).
 */
class InvitationLinkDialog extends Dialog {

    InvitationLinkDialog(String personName, String link) {
        setHeaderTitle(getTranslation("invitation.copy.title", personName));
        setId("invitation-link-dialog");
        var text = new Paragraph(getTranslation("invitation.copy.text"));
        var address = new TextArea(getTranslation("invitation.copy.field"));
        address.setValue(link);
        address.setReadOnly(true);
        address.setWidthFull();
        address.setId("invitation-link");
        var copy = new Button(getTranslation("calendar.copy"), VaadinIcon.COPY_O.create());
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        copy.setId("invitation-link-copy");
        copy.getElement().executeJs("""
                this.addEventListener('click', () => {
                    const value = $0.value;
                    const done = navigator.clipboard ? navigator.clipboard.writeText(value) : Promise.reject();
                    done.then(() => $1.$server.copied(true), () => {
                        const input = $0.querySelector('textarea');
                        if (input) { input.focus(); input.select(); }
                        $1.$server.copied(false);
                    });
                })""", address.getElement(), getElement());
        var close = new Button(getTranslation("dialog.close"), event -> close());
        close.setId("invitation-link-close");
        add(text, address);
        getFooter().add(close, copy);
    }

    @ClientCallable
    private void copied(boolean copied) {
        if (copied) {
            Notifications.success(getTranslation("invitation.copied"));
        } else {
            Notifications.error(getTranslation("calendar.copy-failed"));
        }
    }
}
