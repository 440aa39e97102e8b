package org.communityorganising.pathways.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.communityorganising.pathways.base.LondonTime;

/**
 * When the figures on a page were computed, with a Refresh. A snapshot that is no longer fresh is
 * shown at once and recomputed in the background; the page polls until the new figures arrive,
 * then shows them (the line is a status region, so a screen reader hears "updated").
 */
final class Freshness extends Div {

    private static final int POLL_MILLIS = 500;

    private final Span text = new Span();

    /**
     * @param refreshing the background computation, or null when the figures are fresh
     * @param show draws the page again with the new figures
     */
    <T> Freshness(
            Instant asOf,
            @org.jspecify.annotations.Nullable CompletableFuture<T> refreshing,
            Runnable refreshNow,
            Consumer<T> show) {
        setId("dashboard-as-of");
        addClassName("dashboard-as-of");
        text.getElement().setAttribute("role", "status");
        var refresh =
                new Button(getTranslation("dashboard.refresh"), VaadinIcon.REFRESH.create(), click -> refreshNow.run());
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        refresh.setId("dashboard-refresh");
        refresh.setDisableOnClick(true);
        add(text, refresh);
        String when = when(asOf);
        if (refreshing == null) {
            text.setText(getTranslation("dashboard.as-of", when));
            return;
        }
        text.setText(getTranslation("dashboard.updating", when));
        var ui = UI.getCurrent();
        ui.setPollInterval(POLL_MILLIS);
        refreshing.whenComplete((fresh, failure) -> {
            try {
                ui.access(() -> {
                    ui.setPollInterval(-1);
                    if (fresh != null && isAttached()) {
                        show.accept(fresh);
                    } else if (isAttached()) {
                        text.setText(getTranslation("dashboard.as-of", when));
                    }
                });
            } catch (UIDetachedException gone) {
                // The reader left: nothing to update.
            }
        });
    }

    /** "18:02" today, or the date and time for an older snapshot. */
    private String when(Instant asOf) {
        var locale = getLocale();
        return LondonTime.of(asOf).toLocalDate().equals(LocalDate.now(LondonTime.ZONE))
                ? LondonTime.time(asOf, locale)
                : LondonTime.dateTime(asOf, locale);
    }
}
