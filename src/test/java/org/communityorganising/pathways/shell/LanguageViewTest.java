package org.communityorganising.pathways.shell;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithID;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.communityorganising.pathways.support.BrowserlessUi;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.JsonNodeFactory;

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
        assertThat(_get(Button.class, spec -> spec.withId("user-menu"))
                        .getElement()
                        .getAttribute("aria-label"))
                .as("its name holds what it shows: the person's name and roles")
                .isEqualTo("Sam Patel, Trainee: your account");
        assertThat(_get(Span.class, spec -> spec.withClasses("user-menu-roles")).getText())
                .isEqualTo("Trainee");
        // A tap on the user menu: the menu asks the server before it opens, and is added to the page then.
        _fireDomEvent(
                _get(Button.class, spec -> spec.withId("user-menu")),
                "vaadin-context-menu-before-open",
                JsonNodeFactory.instance.objectNode().set("event.detail", JsonNodeFactory.instance.objectNode()));
        _clickItemWithID(_get(ContextMenu.class), "language-cy");
        assertThat(jdbc.sql("select language from person where email = :email")
                        .param("email", DemoLogins.TRAINEE)
                        .query(String.class)
                        .single())
                .isEqualTo("cy");

        ui.close();
        ui.openAs(DemoLogins.TRAINEE);
        assertThat(_get(H1.class).getText()).isEqualTo("Croeso, Sam");
        assertThat(_get(Button.class, spec -> spec.withId("user-menu"))
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
        assertThat(_get(Button.class, spec -> spec.withId("user-menu"))
                        .getElement()
                        .getAttribute("aria-label"))
                .isEqualTo("Sam Patel, Hyfforddai: eich cyfrif");
        assertThat(_get(SideNav.class).getItems())
                .extracting(SideNavItem::getLabel)
                .containsExactly("Hafan", "Fy llwybr", "Ysgol arweinyddiaeth");
    }
}
