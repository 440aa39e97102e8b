package org.communityorganising.pathways.actions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import org.communityorganising.pathways.actions.ActionService;
import org.communityorganising.pathways.base.ui.QrCode;
import org.jspecify.annotations.Nullable;

/**
 * The code shown at the door, large, with its QR code; it follows the 30-second steps on the
 * action page's polling (the page polls while it is open).
 */
class ActionCodeDialog extends Dialog {

    private final transient ActionService actions;
    private final long actionId;
    private final String checkInUrlPrefix;
    private final Span code = new Span();
    private final Image qr = new Image();
    private final Paragraph left = new Paragraph();
    private String shown = "";
    private @Nullable Registration polling;

    ActionCodeDialog(ActionService actions, long actionId, String checkInUrlPrefix) {
        this.actions = actions;
        this.actionId = actionId;
        this.checkInUrlPrefix = checkInUrlPrefix;
        setHeaderTitle(getTranslation("actions.code.title"));
        setId("action-code-dialog");
        code.addClassName("check-in-code");
        code.setId("action-code");
        qr.addClassName("check-in-qr");
        qr.setAlt(getTranslation("actions.code.qr-alt"));
        left.getElement().setAttribute("aria-live", "polite");
        var address = checkInUrlPrefix + actionId + "/check-in";
        add(new Paragraph(getTranslation("actions.code.text", address)), new Div(code), qr, left);
        getFooter().add(new Button(getTranslation("checkin.show.close"), event -> close()));
        refresh();
        addOpenedChangeListener(event -> {
            var ui = getUI().orElse(null);
            if (ui == null) {
                return;
            }
            if (event.isOpened()) {
                polling = ui.addPollListener(poll -> refresh());
            } else if (polling != null) {
                polling.remove();
            }
        });
    }

    private void refresh() {
        var display = actions.currentCode(actionId);
        if (!display.code().equals(shown)) {
            shown = display.code();
            code.setText(display.code().substring(0, 3) + " " + display.code().substring(3));
            qr.setSrc(QrCode.svgDataUri(checkInUrlPrefix + actionId + "/check-in/" + display.code()));
        }
        left.setText(getTranslation("checkin.show.changes-in", display.secondsLeft()));
    }
}
