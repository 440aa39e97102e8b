package org.communityorganising.pathways.base.ui;

import com.vaadin.flow.component.UI;

/**
 * Short confirmations after an action, and errors: a line over the page that fades after a few
 * seconds, announced to screen readers as an alert, as Vaadin's notification card is. Drawn with
 * the browser's own elements ({@link Toast}): the error handler shows these on every page, so
 * Vaadin's notification would be in the JavaScript every phone parses before it draws (decision
 * 0032).
 */
public final class Notifications {

    private Notifications() {}

    public static void success(String message) {
        show(new Toast(message, Toast.Kind.SUCCESS));
    }

    public static void error(String message) {
        show(new Toast(message, Toast.Kind.ERROR));
    }

    private static void show(Toast toast) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            throw new IllegalStateException("A notification is shown in the UI of the request or of UI.access");
        }
        // One at a time: the new one takes the place of the last, whether shown or faded.
        ui.getChildren().filter(Toast.class::isInstance).toList().forEach(ui::remove);
        ui.add(toast);
    }
}
