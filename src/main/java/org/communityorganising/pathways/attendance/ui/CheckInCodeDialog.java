package org.communityorganising.pathways.attendance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import org.communityorganising.pathways.attendance.CheckInService;
import org.communityorganising.pathways.base.ui.QrCode;
import org.jspecify.annotations.Nullable;

/**
 * The code the trainer shows the room, large, with its QR code; it follows the 30-second steps by
 * polling the server every few seconds while open.
 */
class CheckInCodeDialog extends Dialog {

    private static final int POLL_MILLIS = 3000;

    private final transient CheckInService checkIns;
    private final long sessionId;
    private final String checkInUrlPrefix;
    private final Span code = new Span();
    private final Image qr = new Image();
    private final Paragraph left = new Paragraph();
    private String shown = "";
    private @Nullable Registration polling;

    CheckInCodeDialog(CheckInService checkIns, long sessionId, String checkInUrlPrefix) {
        this.checkIns = checkIns;
        this.sessionId = sessionId;
        this.checkInUrlPrefix = checkInUrlPrefix;
        setHeaderTitle(getTranslation("checkin.show.title"));
        setId("check-in-code-dialog");
        code.addClassName("check-in-code");
        code.setId("check-in-code");
        qr.addClassName("check-in-qr");
        qr.setAlt(getTranslation("checkin.qr.alt"));
        left.getElement().setAttribute("aria-live", "polite");
        add(new Paragraph(getTranslation("checkin.show.text")), new Div(code), qr, left);
        getFooter().add(new Button(getTranslation("checkin.show.close"), event -> close()));
        refresh();
        addOpenedChangeListener(event -> {
            var ui = getUI().orElse(null);
            if (ui == null) {
                return;
            }
            if (event.isOpened()) {
                ui.setPollInterval(POLL_MILLIS);
                polling = ui.addPollListener(poll -> refresh());
            } else {
                ui.setPollInterval(-1);
                if (polling != null) {
                    polling.remove();
                }
            }
        });
    }

    private void refresh() {
        var display = checkIns.currentCode(sessionId);
        if (!display.code().equals(shown)) {
            shown = display.code();
            code.setText(display.code().substring(0, 3) + " " + display.code().substring(3));
            qr.setSrc(QrCode.svgDataUri(checkInUrlPrefix + sessionId + "/" + display.code()));
        }
        left.setText(getTranslation("checkin.show.changes-in", display.secondsLeft()));
    }
}
