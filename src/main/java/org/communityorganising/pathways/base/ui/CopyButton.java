package org.communityorganising.pathways.base.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/**
 * "Copy": puts the value of a text field or area (Vaadin's, or an {@link AddressBox}) on the
 * clipboard. Copying happens in the browser, during the tap (the clipboard needs the person's
 * gesture); where the clipboard is not allowed, the text is selected for a manual copy and the
 * person is told so.
 */
public class CopyButton extends TextButton {

    private final String copiedKey;

    /** @param copiedKey the i18n key of the message once copied */
    public CopyButton(Component field, String copiedKey) {
        this.copiedKey = copiedKey;
        add(Icons.inline(Icons.COPY.symbolId()), new Span(getTranslation("calendar.copy")));
        getElement().executeJs("""
                this.addEventListener('click', () => {
                    const input = $0.matches('textarea, input') ? $0 : $0.querySelector('textarea, input');
                    const value = 'value' in $0 ? $0.value : input?.value;
                    const done = navigator.clipboard && value != null ? navigator.clipboard.writeText(value) : Promise.reject();
                    done.then(() => $1.$server.copied(true), () => {
                        if (input) { input.focus(); input.select(); }
                        $1.$server.copied(false);
                    });
                })""", field.getElement(), getElement());
    }

    @ClientCallable
    private void copied(boolean copied) {
        if (copied) {
            Notifications.success(getTranslation(copiedKey));
        } else {
            Notifications.error(getTranslation("calendar.copy-failed"));
        }
    }
}
