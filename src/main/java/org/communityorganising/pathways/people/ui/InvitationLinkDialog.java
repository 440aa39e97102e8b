package org.communityorganising.pathways.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.communityorganising.pathways.base.ui.CopyButton;

/**
 * A fresh invitation link to pass on by hand (WhatsApp, a text message): shown whole, with Copy.
 */
class InvitationLinkDialog extends Dialog {

    InvitationLinkDialog(String personName, String link, long validDays) {
        setHeaderTitle(getTranslation("invitation.copy.title", personName));
        setId("invitation-link-dialog");
        var text = new Paragraph(getTranslation("invitation.copy.text", validDays));
        var address = new TextArea(getTranslation("invitation.copy.field"));
        address.setValue(link);
        address.setReadOnly(true);
        address.setWidthFull();
        address.setId("invitation-link");
        var copy = new CopyButton(address, "invitation.copied");
        copy.primary();
        copy.setId("invitation-link-copy");
        var close = new Button(getTranslation("dialog.close"), event -> close());
        close.setId("invitation-link-close");
        add(text, address);
        getFooter().add(close, copy);
    }
}
