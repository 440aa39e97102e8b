package org.communityorganising.pathways.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.LeaderFixtures;
import org.communityorganising.pathways.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tiers kept by practice, as people meet them: a Trained Leader with no practice for seven months
 * reads "Renewal due" on My path, on a phone; the demo trainer finds the renewal of a leader they
 * taught on their home; the lead finds the chapter's lapsed leader beside the promotions; the
 * administrator reads each tier's keep-up rule on the ladder and edits it with the tier.
 */
@IntegrationTest
class StandingJourneyBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LeaderFixtures leaders;

    @Autowired
    TestData data;

    private final List<String> violations = new ArrayList<>();

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void aLeaderWithoutPracticeForSevenMonthsReadsRenewalDueAndTheirSupportersSeeIt() throws Exception {
        String leader = leaders.trainedLeader();
        leaders.holds(leader, 1);
        jdbc.sql("update person_tier set since = now() - interval '2 years' where person_id = :p")
                .param("p", data.personId(leader))
                .update();
        jdbc.sql("""
                        insert into practice_entry (person_id, kind, occurred_on, status, created_at)
                        values (:p, 'ONE_TO_ONE', :on, 'CONFIRMED', now()), (:p, 'ONE_TO_ONE', :on, 'CONFIRMED', now())""")
                .param("p", data.personId(leader))
                .param("on", leaders.today().minusMonths(7))
                .update();

        try (var phone = new BrowserSession(360, 740)) {
            new LoginPage(phone, base()).open().logInAs(leader, DemoLogins.PASSWORD);
            Pages.open(phone, base() + "/my-path");
            var standing =
                    phone.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("path-standing-state")));
            assertThat(standing.getText()).contains("Standing", "Renewal due");
            assertThat(phone.driver.findElement(By.id("path-standing")).getText())
                    .startsWith("Renewal due: log 2 more practice entries")
                    .contains("to keep Trained Leader");
            assertThat(Pages.overflowsSideways(phone)).as("My path at 360 px").isFalse();
            violations.addAll(Axe.violations(phone, "/my-path (renewal due)"));
        }

        try (var trainer = new BrowserSession(360, 740)) {
            new LoginPage(trainer, base()).open().logInAs(DemoLogins.TRAINER, DemoLogins.PASSWORD);
            Pages.open(trainer, base() + "/");
            trainer.wait.until(driver -> driver.findElement(By.id("home-view"))
                    .getText()
                    .contains("Samuel Addo’s Trained Leader is due for renewal"));
            assertThat(Pages.overflowsSideways(trainer))
                    .as("the home at 360 px")
                    .isFalse();
            violations.addAll(Axe.violations(trainer, "/ (a supporter's reminders)"));
        }

        try (var lead = new BrowserSession(1280, 900)) {
            new LoginPage(lead, base()).open().logInAs(DemoLogins.LEAD, DemoLogins.PASSWORD);
            Pages.open(lead, base() + "/promotions");
            var section = lead.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("promotions-standing")));
            assertThat(section.getText())
                    .contains("Leaders whose tier needs practice", "Dennis Whitmore", "Lapsed", "Margaret Ellis");
            violations.addAll(Axe.violations(lead, "/promotions (standing)"));
        }

        try (var admin = new BrowserSession(1280, 900)) {
            new LoginPage(admin, base()).open().logInAs(DemoLogins.ADMIN, DemoLogins.PASSWORD);
            Pages.open(admin, base() + "/ladder");
            assertThat(admin.wait
                            .until(ExpectedConditions.visibilityOfElementLocated(By.id("ladder-kept-1")))
                            .getText())
                    .contains("Kept by 2 confirmed practice entries in every 9 months");
            Pages.click(admin, admin.driver.findElement(By.id("tier-edit-1")));
            var count = admin.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tier-keep-count")));
            assertThat(count.getAttribute("value")).isEqualTo("2");
            violations.addAll(Axe.violations(admin, "/ladder (tier dialog)"));
        }
        assertThat(violations).as("axe-core violations").isEmpty();
    }
}
