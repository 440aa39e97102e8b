package org.communityorganising.pathways.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A rotating check-in code shown at a door (a session's room, an action's entrance), large, with
 * the QR code of the address it opens. It follows the code's 30-second steps by polling the server
 * every few seconds while open, and gives the page back the polling it had when it closes.
 */
public class DoorCodeDialog extends Dialog {

    /** The code to show now and the seconds until it changes. */
    public record Shown(String code, int secondsLeft) {}

    private static final int POLL_MILLIS = 3000;

    private final transient Supplier<Shown> current;
    private final transient Function<String, String> addressOf;
    private final Span code = new Span();
    private final Image qr = new Image();
    private final Paragraph left = new Paragraph();
    private String shown = "";
    private @Nullable Registration polling;
    private int pollingBefore = -1;

    /**
     * @param id the code's element id; the dialog's is the same followed by "-dialog"
     * @param addressOf the address a code opens, for its QR code
     */
    public DoorCodeDialog(
            String title,
            String text,
            String qrAlt,
            Supplier<Shown> current,
            Function<String, String> addressOf,
            String id) {
        this.current = current;
        this.addressOf = addressOf;
        setHeaderTitle(title);
        setId(id + "-dialog");
        code.addClassName("check-in-code");
        code.setId(id);
        qr.addClassName("check-in-qr");
        qr.setAlt(qrAlt);
        left.getElement().setAttribute("aria-live", "polite");
        add(new Paragraph(text), new Div(code), qr, left);
        getFooter().add(new Button(getTranslation("checkin.show.close"), event -> close()));
        refresh();
        addOpenedChangeListener(event -> {
            var ui = getUI().orElse(null);
            if (ui == null) {
                return;
            }
            if (event.isOpened()) {
                pollingBefore = ui.getPollInterval();
                ui.setPollInterval(pollingBefore > 0 ? Math.min(pollingBefore, POLL_MILLIS) : POLL_MILLIS);
                polling = ui.addPollListener(poll -> refresh());
            } else {
                ui.setPollInterval(pollingBefore);
                if (polling != null) {
                    polling.remove();
                }
            }
        });
    }

    private void refresh() {
        var now = current.get();
        if (!now.code().equals(shown)) {
            shown = now.code();
            code.setText(now.code().substring(0, 3) + " " + now.code().substring(3));
            qr.setSrc(QrCode.svgDataUri(addressOf.apply(now.code())));
        }
        left.setText(getTranslation("checkin.show.changes-in", now.secondsLeft()));
    }
}
