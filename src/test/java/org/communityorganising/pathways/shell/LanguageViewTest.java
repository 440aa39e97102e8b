package org.communityorganising.pathways.shell;

import static com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithID;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.communityorganising.pathways.support.BrowserlessUi;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
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
        _clickItemWithID(_get(MenuBar.class), "language-cy");
        assertThat(jdbc.sql("select language from person where email = :email")
                        .param("email", DemoLogins.TRAINEE)
                        .query(String.class)
                        .single())
                .isEqualTo("cy");

        ui.close();
        ui.openAs(DemoLogins.TRAINEE);
        assertThat(_get(H1.class).getText()).isEqualTo("Croeso, Sam");
    }

    @Test
    void aPersonWhoChoseWelshIsGreetedAndNavigatedInWelshAtTheNextLogin() {
        jdbc.sql("update person set language = 'cy' where email = :email")
                .param("email", DemoLogins.TRAINEE)
                .update();
        ui.openAs(DemoLogins.TRAINEE);
        assertThat(_get(H1.class).getText()).isEqualTo("Croeso, Sam");
        assertThat(_get(SideNav.class).getItems())
                .extracting(SideNavItem::getLabel)
                .containsExactly("Hafan", "Fy llwybr", "Ysgol arweinyddiaeth");
    }
}
