package org.communityorganising.pathways.support;

import com.vaadin.flow.component.UI;
import java.util.List;
import org.communityorganising.pathways.base.ui.Toast;

/** The notifications the current UI shows (base.ui.Notifications), as their text. */
public final class Toasts {

    private Toasts() {}

    public static List<String> shown() {
        return UI.getCurrent()
                .getChildren()
                .filter(Toast.class::isInstance)
                .map(toast -> toast.getElement().getText())
                .toList();
    }
}
