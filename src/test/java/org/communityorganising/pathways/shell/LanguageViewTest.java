package org.communityorganising.pathways.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import org.communityorganising.pathways.support.BrowserlessUi;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.MenuLinks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class LanguageViewTest {

    @Autowired
    BrowserlessUi ui;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void restoreEnglish() {
        ui.close();
        jdbc.sql("update person set language = 'en' where email = :email")
                .param("email", DemoLogins.TRAINEE)
                .update();
    }

    @Test
    void choosingCymraegInTheUserMenuIsRememberedForTheNextLogin() {
        ui.openAs(DemoLogins.TRAINEE);
        assertThat(_get(NativeButton.class, spec -> spec.withId("user-menu"))
                        .getElement()
                        .getAttribute("aria-label"))
                .as("its name holds what it shows: the person's name and roles")
                .isEqualTo("Sam Patel, Trainee: your account");
        assertThat(_get(Span.class, spec -> spec.withClasses("user-menu-roles")).getText())
                .isEqualTo("Trainee");
        // The languages say which one is chosen; the browser opens the menu they are in by itself.
        assertThat(_get(NativeButton.class, spec -> spec.withId("language-en"))
                        .getElement()
                        .getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(_get(NativeButton.class, spec -> spec.withId("language-cy"))
                        .getElement()
                        .getAttribute("aria-pressed"))
                .isEqualTo("false");
        _click(_get(NativeButton.class, spec -> spec.withId("language-cy")));
        assertThat(jdbc.sql("select language from person where email = :email")
                        .param("email", DemoLogins.TRAINEE)
                        .query(String.class)
                        .single())
                .isEqualTo("cy");

        ui.close();
        ui.openAs(DemoLogins.TRAINEE);
        assertThat(_get(H1.class).getText()).isEqualTo("Croeso, Sam");
        assertThat(_get(NativeButton.class, spec -> spec.withId("user-menu"))
                        .getElement()
                        .getAttribute("aria-label"))
                .isEqualTo("Sam Patel, Hyfforddai: eich cyfrif");
    }

    @Test
    void aPersonWhoChoseWelshIsGreetedAndNavigatedInWelshAtTheNextLogin() {
        jdbc.sql("update person set language = 'cy' where email = :email")
                .param("email", DemoLogins.TRAINEE)
                .update();
        ui.openAs(DemoLogins.TRAINEE);
        assertThat(_get(H1.class).getText()).isEqualTo("Croeso, Sam");
        assertThat(_get(NativeButton.class, spec -> spec.withId("user-menu"))
                        .getElement()
                        .getAttribute("aria-label"))
                .isEqualTo("Sam Patel, Hyfforddai: eich cyfrif");
        assertThat(MenuLinks.labels()).containsExactly("Hafan", "Fy llwybr", "Ysgol arweinyddiaeth");
    }
}
