package org.communityorganising.pathways.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import java.util.List;
import org.communityorganising.pathways.support.BrowserlessUi;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.MenuLinks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each role sees exactly the menu entries it may open, and nothing more by typing an address. */
@IntegrationTest
class MenuAccessViewTest {

    @Autowired
    BrowserlessUi ui;

    @AfterEach
    void close() {
        ui.close();
    }

    private static List<String> menu() {
        return MenuLinks.labels();
    }

    @Test
    void aTraineeSeesHomeTheirPathAndTheLadderOnly() {
        ui.openAs(DemoLogins.TRAINEE);
        assertThat(menu()).containsExactly("Home", "My path", "Leadership ladder");
    }

    @Test
    void aTrainerAlsoSeesCohortsCoursesAndPracticeReview() {
        ui.openAs(DemoLogins.TRAINER);
        assertThat(menu())
                .containsExactly(
                        "Home",
                        "My path",
                        "Cohorts",
                        "Courses",
                        "Actions",
                        "Review practice",
                        "Accredited routes",
                        "Mentoring",
                        "Listening",
                        "Leadership ladder");
    }

    @Test
    void aChapterLeadAlsoSeesPromotionsPeopleAndInstitutions() {
        ui.openAs(DemoLogins.LEAD);
        assertThat(menu())
                .containsExactly(
                        "Home",
                        "Chapter at a glance",
                        "My path",
                        "Cohorts",
                        "Courses",
                        "Actions",
                        "Review practice",
                        "Promotions",
                        "Accredited routes",
                        "Mentoring",
                        "Listening",
                        "People",
                        "Institutions",
                        "Leadership ladder");
    }

    @Test
    void anAdministratorSeesEverything() {
        ui.openAs(DemoLogins.ADMIN);
        assertThat(menu())
                .containsExactly(
                        "Home",
                        "Chapter at a glance",
                        "My path",
                        "Cohorts",
                        "Courses",
                        "Actions",
                        "Review practice",
                        "Promotions",
                        "Accredited routes",
                        "Mentoring",
                        "Listening",
                        "Chapters",
                        "People",
                        "Institutions",
                        "Leadership ladder",
                        "Audit trail");
    }

    @Test
    void aTraineeWhoTypesAnAdministratorsAddressIsShownPageNotFound() {
        ui.openAs(DemoLogins.TRAINEE);
        UI.getCurrent().navigate("chapters");
        assertThat(_find(H1.class)).extracting(H1::getText).containsExactly("Page not found");
        assertThat(_find(AccessDeniedView.class))
                .as("same page as an unknown address")
                .hasSize(1);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(target -> target.getClass().getSimpleName().equals("ChaptersView"));
    }

    @Test
    void theHomePageGreetsThePersonByName() {
        ui.openAs(DemoLogins.TRAINEE);
        assertThat(_get(H1.class).getText()).isEqualTo("Welcome, Sam");
    }
}
