package org.communityorganising.pathways.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.communityorganising.pathways.support.BrowserlessUi;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class PersonDataViewTest {

    @Autowired
    BrowserlessUi ui;

    @Autowired
    TestData data;

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void anAdministratorsPageAboutSomeoneElsesDataIsNotCalledYourData() {
        ui.openAs(DemoLogins.ADMIN);
        UI.getCurrent().navigate("people/" + data.personId(DemoLogins.TRAINEE) + "/data");
        String title = UI.getCurrent().getInternals().getTitle();
        assertThat(title).startsWith("Data held about ").doesNotContain("Your data");
    }
}
