package org.communityorganising.pathways.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.util.List;
import org.communityorganising.pathways.support.Toasts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Notifications are the browser's own elements (decision 0032): what a screen reader and the page get. */
class NotificationsTest {

    @BeforeEach
    void open() {
        MockVaadin.setup();
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    private static List<Toast> toasts() {
        return UI.getCurrent()
                .getChildren()
                .filter(Toast.class::isInstance)
                .map(Toast.class::cast)
                .toList();
    }

    @Test
    void aConfirmationIsAnAlertPopoverGivenFourSecondsToFade() {
        Notifications.success("Saved.");

        var toast = toasts().getFirst();
        assertThat(toast.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(toast.getElement().getAttribute("popover")).isEqualTo("manual");
        assertThat(toast.getClassNames()).containsExactlyInAnyOrder("toast", "toast-success");
        assertThat(toast.getStyle().get("--toast-seconds")).isEqualTo("4s");
        assertThat(Toasts.shown()).containsExactly("Saved.");
    }

    @Test
    void anErrorStaysLongerAndTakesThePlaceOfTheLastNotification() {
        Notifications.success("Saved.");
        Notifications.error("Not saved: try again.");

        assertThat(toasts()).hasSize(1);
        var toast = toasts().getFirst();
        assertThat(toast.getClassNames()).contains("toast-error");
        assertThat(toast.getStyle().get("--toast-seconds")).isEqualTo("8s");
        assertThat(Toasts.shown()).containsExactly("Not saved: try again.");
    }

    @Test
    void whatAPersonTypedIsShownAsTextNeverAsMarkup() {
        Notifications.success("Added <img src=x onerror=alert(1)>");

        var toast = toasts().getFirst();
        assertThat(toast.getElement().getText()).isEqualTo("Added <img src=x onerror=alert(1)>");
        assertThat(toast.getElement().getChildren()).allMatch(com.vaadin.flow.dom.Element::isTextNode);
        assertThat(toast.getElement().getProperty("innerHTML")).isNull();
    }
}
