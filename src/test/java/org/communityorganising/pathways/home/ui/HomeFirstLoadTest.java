package org.communityorganising.pathways.home.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.Set;
import org.communityorganising.pathways.base.ui.ApologiesDialog;
import org.communityorganising.pathways.support.BrowserlessUi;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.FrontendBundle;
import org.communityorganising.pathways.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The home draws before its apologies dialog's components are loaded: its chunk waits for the
 * dialog (decision 0030). That holds only while everything the home shows, to anyone, is in the
 * first load; a new component on the home must move this line.
 */
@IntegrationTest
class HomeFirstLoadTest {

    @Autowired
    BrowserlessUi ui;

    @AfterEach
    void close() {
        ui.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoLogins.TRAINEE, DemoLogins.TRAINER, DemoLogins.LEAD, DemoLogins.ADMIN})
    void theHomeDrawsWithTheFirstLoadAloneAndTheDialogBringsItsOwnComponents(String person) {
        var chunk = FrontendBundle.chunkOf(HomeView.class);
        assertThat(chunk.triggers()).containsExactly(ApologiesDialog.class.getName());
        assertThat(chunk.modules())
                .as("the dialog's components come with the chunk it triggers")
                .contains("@vaadin/dialog/src/vaadin-dialog.js", "@vaadin/text-area/src/vaadin-text-area.js");

        ui.openAs(person);
        assertThat(UI.getCurrent().getChildren().findFirst()).isPresent();
        Set<String> shown = FrontendBundle.modulesShownIn(UI.getCurrent());
        assertThat(FrontendBundle.modulesShownIn(_get(HomeView.class)))
                .as("the home draws none of Vaadin's components (decision 0031)")
                .noneMatch(module -> module.startsWith("@vaadin/"));
        assertThat(FrontendBundle.firstLoad()).containsAll(shown);
    }
}
