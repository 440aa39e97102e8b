package org.communityorganising.pathways.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.communityorganising.pathways.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Gives every new UI its language: the one chosen in this browser session, else the signed-in
 * person's stored preference, else the browser's (Vaadin's default, from Accept-Language).
 */
@Component
class LanguageInitializer implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    LanguageInitializer(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            var ui = uiEvent.getUI();
            Languages.chosenIn(ui.getSession())
                    .or(() -> currentUser.find().map(user -> Languages.fromCode(user.language())))
                    .ifPresent(ui::setLocale);
            // Screen readers pronounce by the page's language: keep <html lang> in step with the UI.
            ui.getPage().executeJs("document.documentElement.lang = $0", Languages.code(ui.getLocale()));
            // The indicator Vaadin shows when the connection drops speaks the same language.
            ui.getPage().executeJs("""
                    customElements.whenDefined('vaadin-connection-indicator').then(() => {
                        const indicator = window.Vaadin && window.Vaadin.connectionIndicator;
                        if (indicator) {
                            indicator.onlineText = $0;
                            indicator.offlineText = $1;
                            indicator.reconnectingText = $2;
                        }
                    })""", ui.getTranslation("connection.online"), ui.getTranslation("connection.offline"),
                    ui.getTranslation("connection.reconnecting"));
        });
    }
}
