package org.communityorganising.pathways.progression.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import java.util.Set;
import org.communityorganising.pathways.support.BrowserlessUi;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.FrontendBundle;
import org.communityorganising.pathways.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "My path" reads the same in Welsh, the ladder's names included. */
@IntegrationTest
class MyPathViewTest {

    @Autowired
    BrowserlessUi ui;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void close() {
        ui.close();
        jdbc.sql("update person set language = 'en' where email = :email")
                .param("email", DemoLogins.TRAINER)
                .update();
    }

    @Test
    void aWelshSpeakerReadsTheirPathInWelsh() {
        jdbc.sql("update person set language = 'cy' where email = :email")
                .param("email", DemoLogins.TRAINER)
                .update();
        ui.openAs(DemoLogins.TRAINER);
        UI.getCurrent().navigate(MyPathView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("Fy llwybr");
        String page = _get(MyPathView.class).getElement().getTextRecursively();
        assertThat(page)
                .as("the demo trainer holds Senior Leader; the next tier is Leader-Trainer")
                .contains("Uwch Arweinydd")
                .contains("Nesaf: Arweinydd-Hyfforddwr")
                .contains("Hyfforddiant wedi’i gyd-gyflwyno: 2 wedi’u cadarnhau");
        assertThat(_get(NativeButton.class, spec -> spec.withId("path-ask")).isEnabled())
                .isFalse();
        assertThat(_get(NativeButton.class, spec -> spec.withId("practice-log"))
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("Cofnodi ymarfer");
    }

    @Autowired
    org.communityorganising.pathways.support.TestData data;

    @Test
    void submittingACorrectedEntryAgainSaysSo() {
        String leader = data.personWithLogin("TELCO", "TRAINEE");
        jdbc.sql("""
                        insert into practice_entry (person_id, kind, occurred_on, status, review_comment, created_at)
                        values (:p, 'ONE_TO_ONE', current_date - 2, 'QUERIED', 'Which institution?', now())""").param("p", data.personId(leader)).update();
        ui.openAs(leader);
        UI.getCurrent().navigate(MyPathView.class);
        _click(_get(NativeButton.class, spec -> spec.withText("Correct")));
        _click(_get(Button.class, spec -> spec.withId("form-save")));

        assertThat(org.communityorganising.pathways.support.Toasts.shown())
                .contains("Submitted again. A trainer of your chapter will look at it again.");
    }

    @Test
    void aLeaderLogsAOneToOneWithTheTimeItTook() {
        String leader = data.personWithLogin("TELCO", "TRAINEE");
        ui.openAs(leader);
        UI.getCurrent().navigate(MyPathView.class);
        _click(_get(NativeButton.class, spec -> spec.withId("practice-log")));
        _get(com.vaadin.flow.component.textfield.IntegerField.class, spec -> spec.withId("practice-duration"))
                .setValue(45);
        _click(_get(Button.class, spec -> spec.withId("form-save")));

        assertThat(jdbc.sql("select duration_minutes from practice_entry where person_id = :p")
                        .param("p", data.personId(leader))
                        .query(Integer.class)
                        .list())
                .containsExactly(45);
        assertThat(_get(MyPathView.class).getElement().getTextRecursively()).contains("45 min");
    }

    /**
     * My path draws before the log dialog's pickers and combo boxes are loaded: its chunk waits for
     * the dialog (decision 0026). That holds only while everything the page itself shows is in the
     * first load, which every page has; a new component on the page must move this line.
     */
    @Test
    void thePathDrawsWithTheFirstLoadAloneAndTheDialogBringsItsOwnComponents() {
        var chunk = FrontendBundle.chunkOf(MyPathView.class);
        assertThat(chunk.triggers()).containsExactly(PracticeDialog.class.getName());
        assertThat(chunk.modules())
                .as("the dialog's components come with the chunk it triggers")
                .contains("@vaadin/date-picker/src/vaadin-date-picker.js", "@vaadin/combo-box/src/vaadin-combo-box.js");

        // The trainer's path shows the most: the cohorts' readiness as well as their own practice.
        ui.openAs(DemoLogins.TRAINER);
        UI.getCurrent().navigate(MyPathView.class);
        Set<String> shown = FrontendBundle.modulesShownIn(UI.getCurrent());
        assertThat(FrontendBundle.modulesShownIn(_get(MyPathView.class)))
                .as("My path draws none of Vaadin's components (decision 0031)")
                .noneMatch(module -> module.startsWith("@vaadin/"));
        assertThat(FrontendBundle.firstLoad()).containsAll(shown);
    }
}
