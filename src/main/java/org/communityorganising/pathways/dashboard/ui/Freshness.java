package org.communityorganising.pathways.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.ui.Icons;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * When the figures on a page were computed, with a Refresh. Figures that are no longer fresh are
 * shown at once and recomputed in the background; the page polls until the new figures arrive,
 * then draws them. Polling stops when they arrive, fail, or the reader leaves the page.
 */
final class Freshness extends Div {

    private static final int POLL_MILLIS = 500;

    private final Span text = new Span();
    private final Button refresh;
    private final String when;
    private boolean polling;

    /**
     * @param stale whether to recompute at once
     * @param recompute starts the background computation (one per chapter at a time)
     * @param show draws the page again with the new figures
     */
    <T> Freshness(Instant asOf, boolean stale, Supplier<CompletableFuture<T>> recompute, Consumer<T> show) {
        setId("dashboard-as-of");
        addClassName("dashboard-as-of");
        text.getElement().setAttribute("role", "status");
        when = when(asOf);
        text.setText(getTranslation("dashboard.as-of", when));
        refresh = new Button(
                getTranslation("dashboard.refresh"), Icons.REFRESH.create(), click -> start(recompute, show));
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        refresh.setId("dashboard-refresh");
        add(text, refresh);
        addDetachListener(event -> stopPolling(event.getUI()));
        if (stale) {
            start(recompute, show);
        }
    }

    private <T> void start(Supplier<CompletableFuture<T>> recompute, Consumer<T> show) {
        var ui = UI.getCurrent();
        text.setText(getTranslation("dashboard.updating", when));
        refresh.setEnabled(false);
        polling = true;
        ui.setPollInterval(POLL_MILLIS);
        // The future completes on the computing thread: the redraw runs as this reader.
        var reader = SecurityContextHolder.getContext();
        recompute.get().orTimeout(2, TimeUnit.MINUTES).whenComplete((fresh, failure) -> {
            var redraw = new DelegatingSecurityContextRunnable(
                    () -> {
                        if (!isAttached()) {
                            return;
                        }
                        stopPolling(ui);
                        if (fresh != null) {
                            show.accept(fresh);
                        } else {
                            text.setText(getTranslation("dashboard.as-of", when));
                            refresh.setEnabled(true);
                        }
                    },
                    reader);
            try {
                ui.access(redraw::run);
            } catch (UIDetachedException gone) {
                // The reader left: nothing to draw.
            }
        });
    }

    /** Only the poll this line started: another part of the page may poll for its own reasons. */
    private void stopPolling(UI ui) {
        if (polling) {
            polling = false;
            ui.setPollInterval(-1);
        }
    }

    /** "18:02" today, or the date and time for an older snapshot. */
    private String when(Instant asOf) {
        var locale = getLocale();
        return LondonTime.of(asOf).toLocalDate().equals(LocalDate.now(LondonTime.ZONE))
                ? LondonTime.time(asOf, locale)
                : LondonTime.dateTime(asOf, locale);
    }
}
