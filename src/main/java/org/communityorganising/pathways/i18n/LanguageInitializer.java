package org.communityorganising.pathways.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Optional;
import org.communityorganising.pathways.base.LanguagePreference;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Gives every new UI its language: the one chosen in this browser session, else the signed-in
 * person's stored preference, else the browser's (Vaadin's default, from Accept-Language).
 */
@Component
class LanguageInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            var ui = uiEvent.getUI();
            Languages.chosenIn(ui.getSession())
                    .or(() -> signedInPreference().map(Languages::fromCode))
                    .ifPresent(ui::setLocale);
            // Screen readers pronounce by the page's language: keep <html lang> in step with the UI.
            ui.getPage().executeJs("document.documentElement.lang = $0", Languages.code(ui.getLocale()));
            // The indicator Vaadin shows when the connection drops speaks the same language.
            ui.getPage()
                    .executeJs(
                            """
                    customElements.whenDefined('vaadin-connection-indicator').then(() => {
                        const indicator = window.Vaadin && window.Vaadin.connectionIndicator;
                        if (indicator) {
                            indicator.onlineText = $0;
                            indicator.offlineText = $1;
                            indicator.reconnectingText = $2;
                        }
                    })""",
                            ui.getTranslation("connection.online"),
                            ui.getTranslation("connection.offline"),
                            ui.getTranslation("connection.reconnecting"));
        });
    }

    /** The signed-in person's stored language, if someone is signed in. */
    private static Optional<String> signedInPreference() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof LanguagePreference person
                ? Optional.of(person.language())
                : Optional.empty();
    }
}
