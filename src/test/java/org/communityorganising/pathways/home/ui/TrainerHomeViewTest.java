package org.communityorganising.pathways.home.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.communityorganising.pathways.support.BrowserlessUi;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A trainer's home lists what they teach and announces nothing that already works as "coming". */
@IntegrationTest
class TrainerHomeViewTest {

    @Autowired
    BrowserlessUi ui;

    @AfterEach
    void close() {
        ui.close();
        SignIn.out();
    }

    @Test
    void aTrainersHomeDoesNotAnnounceTheWorkingRegisterAsComing() {
        ui.openAs(DemoLogins.TRAINER);
        assertThat(_get(Div.class, spec -> spec.withId("my-sessions-to-teach"))).isNotNull();
        assertThat(_find(Span.class, spec -> spec.withText("Coming in a later release")))
                .isEmpty();
        assertThat(_find(Span.class, spec -> spec.withText("Today’s register"))).isEmpty();
    }
}
