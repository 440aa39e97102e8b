package org.communityorganising.pathways.actions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.communityorganising.pathways.actions.ActionForm;
import org.communityorganising.pathways.actions.ActionKind;
import org.communityorganising.pathways.actions.ActionService;
import org.communityorganising.pathways.base.ui.DoorCodeDialog;
import org.communityorganising.pathways.support.BrowserlessUi;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.MutableClock;
import org.communityorganising.pathways.support.SignIn;
import org.communityorganising.pathways.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The door's code is offered on an action's page while its doors are open, and only then. */
@IntegrationTest
class ActionViewTest {

    @Autowired
    BrowserlessUi ui;

    @Autowired
    ActionService actions;

    @Autowired
    SignIn signIn;

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    @AfterEach
    void close() {
        ui.close();
        SignIn.out();
        clock.reset();
    }

    private long action(ZonedDateTime start) {
        signIn.as(DemoLogins.LEAD);
        long id = actions.create(
                data.chapterId("TELCO"),
                new ActionForm(
                        ActionKind.ASSEMBLY,
                        "View test " + System.nanoTime(),
                        "",
                        "Hall",
                        start.toLocalDate(),
                        start.toLocalTime(),
                        start.toLocalTime().plusMinutes(90),
                        null,
                        null));
        SignIn.out();
        return id;
    }

    @Test
    void theCodeIsShownWhileTheDoorsAreOpenAndNotForAnActionWeeksAhead() {
        var soon = clock.londonNowWithRoomBeforeMidnight()
                .plusMinutes(20)
                .withSecond(0)
                .withNano(0);
        long open = action(soon);
        long later = action(soon.plusWeeks(3).with(LocalTime.of(18, 0)));

        ui.openAs(DemoLogins.TRAINER);
        UI.getCurrent().navigate("actions/" + later);
        assertThat(_find(Button.class, spec -> spec.withId("action-show-code"))).isEmpty();
        assertThat(_get(ActionView.class).getElement().getTextRecursively())
                .contains("The check-in code shows here from two hours before the start");

        UI.getCurrent().navigate("actions/" + open);
        _click(_get(Button.class, spec -> spec.withId("action-show-code")));
        _get(DoorCodeDialog.class);
        assertThat(_get(Span.class, spec -> spec.withId("action-code")).getText())
                .matches("\\d{3} \\d{3}");
    }

    @Test
    void anAdministratorChoosesTheChapterOfTheOrganisingPages() {
        ui.openAs(DemoLogins.ADMIN);
        for (String page : java.util.List.of("actions", "listening", "mentoring")) {
            UI.getCurrent().navigate(page);
            @SuppressWarnings("unchecked")
            com.vaadin.flow.component.select.Select<org.communityorganising.pathways.chapter.ChapterOption> chapter =
                    _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId(page + "-chapter"));
            var telco = chapter.getListDataView()
                    .getItems()
                    .filter(option -> option.name().equals("TELCO"))
                    .findFirst()
                    .orElseThrow();
            chapter.setValue(telco);
            // TELCO's demo has actions, campaigns and pairs: the page lists them, not "none yet".
            assertThat(_find(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId(page + "-none")))
                    .as(page)
                    .isEmpty();
            assertThat(_find(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId(page + "-grid")))
                    .as(page)
                    .hasSize(1);
        }
    }
}
