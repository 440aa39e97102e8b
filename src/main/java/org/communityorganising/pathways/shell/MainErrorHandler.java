package org.communityorganising.pathways.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.io.Serial;
import java.util.UUID;
import java.util.function.Function;
import org.communityorganising.pathways.base.ConcurrentChangeException;
import org.communityorganising.pathways.base.DatabaseUnavailable;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.ui.Notifications;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Whatever goes wrong during a click: the log gets the stack trace under a short reference, the
 * person gets a human sentence with that reference, never the trace.
 */
@Component
class MainErrorHandler implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(sessionInit -> sessionInit.getSession().setErrorHandler(new Handler()));
    }

    static final class Handler implements ErrorHandler {

        @Serial
        private static final long serialVersionUID = 1L;

        private static final Logger log = LoggerFactory.getLogger(MainErrorHandler.class);

        @Override
        public void error(ErrorEvent event) {
            Throwable problem = event.getThrowable();
            var refused = find(problem, InvalidInputException.class);
            if (refused != null) {
                // A rule the person can act on, not a fault: say it, log nothing alarming.
                tell(event, ui -> ui.getTranslation(refused.messageKey(), refused.arguments()));
                return;
            }
            if (find(problem, ConcurrentChangeException.class) != null) {
                tell(event, ui -> ui.getTranslation("form.error.concurrent"));
                return;
            }
            if (DatabaseUnavailable.is(problem)) {
                // Not a fault of the app nor of the person: the database is restarting or out of reach.
                log.warn("Database unavailable: {}", problem.getMessage());
                tell(event, ui -> ui.getTranslation("error.database-unavailable"));
                return;
            }
            String reference = UUID.randomUUID().toString().substring(0, 8);
            boolean denied = find(problem, AccessDeniedException.class) != null;
            if (denied) {
                log.warn("Access denied [{}]: {}", reference, problem.getMessage());
            } else {
                log.error("Unexpected error [{}]", reference, problem);
            }
            tell(event, ui -> ui.getTranslation(denied ? "error.denied" : "error.unexpected", reference));
        }

        /** The sentence, as an error notification in the UI where it happened. */
        private static void tell(ErrorEvent event, Function<UI, String> sentence) {
            event.getComponent()
                    .flatMap(com.vaadin.flow.component.Component::getUI)
                    .ifPresent(ui -> ui.access(() -> Notifications.error(sentence.apply(ui))));
        }

        private static <T extends Throwable> @Nullable T find(Throwable problem, Class<T> type) {
            for (Throwable t = problem; t != null; t = t.getCause()) {
                if (type.isInstance(t)) {
                    return type.cast(t);
                }
            }
            return null;
        }
    }
}
