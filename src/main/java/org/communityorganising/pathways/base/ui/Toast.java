package org.communityorganising.pathways.base.ui;

import com.vaadin.flow.component.html.Div;

/**
 * One notification (see {@link Notifications}): its text in a {@code div} the browser shows in its
 * top layer, above an open dialog, as a popover nobody needs to close. It fades out by itself
 * (pathways.css, {@code .toast}) and then leaves the top layer; where the browser has no popovers
 * it is simply a fixed box that fades.
 */
public final class Toast extends Div {

    /** The class every notification carries, whatever its kind. */
    public static final String CLASS_NAME = "toast";

    enum Kind {
        SUCCESS("toast-success", 4),
        ERROR("toast-error", 8);

        private final String className;
        private final int seconds;

        Kind(String className, int seconds) {
            this.className = className;
            this.seconds = seconds;
        }
    }

    Toast(String message, Kind kind) {
        setText(message);
        addClassNames(CLASS_NAME, kind.className);
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("popover", "manual");
        getStyle().set("--toast-seconds", kind.seconds + "s");
        getElement()
                .executeJs("this.addEventListener('animationend', () => this.hidePopover?.()); this.showPopover?.()");
    }
}
