package org.communityorganising.pathways.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.support.BrowserlessUi;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.MenuLinks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The shell of the browser's own elements (decision 0031): what its links and buttons say and do. */
@IntegrationTest
class MainLayoutTest {

    @Autowired
    BrowserlessUi ui;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void close() {
        ui.close();
    }

    private static List<String> current() {
        return MenuLinks.all().stream()
                .filter(link -> "page".equals(link.getElement().getAttribute("aria-current")))
                .map(Anchor::getHref)
                .toList();
    }

    @Test
    void theMenuMarksTheViewShownAndFollowsThePerson() {
        ui.openAs(DemoLogins.TRAINEE);
        assertThat(MenuLinks.all()).extracting(Anchor::getHref).containsExactly(".", "my-path", "ladder");
        assertThat(current()).as("the home").containsExactly(".");

        UI.getCurrent().navigate("my-path");
        assertThat(current()).containsExactly("my-path");

        // A page no link names marks none.
        UI.getCurrent().navigate(ChangePasswordView.ROUTE);
        assertThat(current()).isEmpty();
    }

    @Test
    void aPageNestedUnderAViewMarksThatViewsLink() {
        long trainee = jdbc.sql("select id from person where email = :email")
                .param("email", DemoLogins.TRAINEE)
                .query(Long.class)
                .single();
        ui.openAs(DemoLogins.LEAD);
        UI.getCurrent().navigate("people/" + trainee + "/attendance");
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("people/" + trainee + "/attendance");
        assertThat(current()).as("a person's attendance is under People").containsExactly("people");
    }

    @Test
    void theDrawerIsAPopoverTheToggleOpensAndTheUserMenuSaysWhoIsSignedIn() {
        ui.openAs(DemoLogins.TRAINEE);
        var drawer = _get(Div.class, spec -> spec.withId(ViewToolbar.DRAWER_ID));
        assertThat(drawer.getElement().getAttribute("popover")).isEqualTo("auto");
        var toggle = _get(NativeButton.class, spec -> spec.withClasses("view-toolbar-toggle"));
        assertThat(toggle.getElement().getAttribute("popovertarget")).isEqualTo(ViewToolbar.DRAWER_ID);
        assertThat(toggle.getElement().getAttribute("aria-label")).isEqualTo("Open or close the menu");

        var button = _get(NativeButton.class, spec -> spec.withId("user-menu"));
        assertThat(button.getElement().getAttribute("popovertarget")).isEqualTo(UserMenu.LIST_ID);
        assertThat(_get(Span.class, spec -> spec.withClasses("avatar")).getText())
                .isEqualTo("SP");
        assertThat(_get(Div.class, spec -> spec.withId(UserMenu.LIST_ID))
                        .getElement()
                        .getAttribute("popover"))
                .isEqualTo("auto");
    }

    @Test
    void changingThePasswordComesBackToThePageItWasChosenOn() {
        ui.openAs(DemoLogins.TRAINEE);
        assertThat(_get(Anchor.class, spec -> spec.withId("change-password")).getHref())
                .as("from the home, back to the home")
                .isEqualTo(ChangePasswordView.ROUTE);

        UI.getCurrent().navigate("my-path");
        assertThat(_get(Anchor.class, spec -> spec.withId("change-password")).getHref())
                .isEqualTo(ChangePasswordView.ROUTE + "?" + ChangePasswordView.FROM + "=my-path");
        assertThat(_get(Anchor.class, spec -> spec.withId("my-data")).getHref()).isEqualTo("my-data");
    }

    @Test
    void initialsAreOfTheFirstAndLastWordsOfTheName() {
        assertThat(Initials.of("Sam Patel")).isEqualTo("SP");
        assertThat(Initials.of("  Siân  ap   Rhys ")).isEqualTo("SR");
        assertThat(Initials.of("Cher")).isEqualTo("C");
        assertThat(Initials.of("ñandú López")).isEqualTo("ÑL");
        assertThat(Initials.of("")).isEmpty();
        assertThat(Initials.of("=cmd Patel")).as("not a letter is no initial").isEqualTo("P");
    }
}
