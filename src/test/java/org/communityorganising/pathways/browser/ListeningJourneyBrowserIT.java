package org.communityorganising.pathways.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A listening campaign as new users run it: the lead opens "Autumn listening 2027" with targets
 * and tags; two leaders, each on a phone, log ten conversations with their issues (a tap on an
 * issue and one on Save each); the lead's campaign page, left open, shows each leader's ten of
 * twenty and the tally of issues without a reload. Every page fits 360 px; axe finds nothing.
 */
@IntegrationTest
class ListeningJourneyBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestData data;

    private final List<String> violations = new ArrayList<>();

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void aLeadOpensACampaignTwoLeadersLogTenConversationsEachAndTheTallyShowsLive() throws Exception {
        String name = "Autumn listening 2027 " + Long.toString(System.nanoTime(), 36);
        try (var lead = new BrowserSession(1280, 900)) {
            new LoginPage(lead, base()).open().logInAs(DemoLogins.LEAD, DemoLogins.PASSWORD);
            Pages.open(lead, base() + "/listening");
            lead.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("listening-grid")));
            violations.addAll(Axe.violations(lead, "/listening"));
            Pages.click(lead, lead.driver.findElement(By.id("listening-open")));
            var nameField = lead.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("campaign-name")));
            nameField.findElement(By.tagName("input")).sendKeys(name);
            lead.driver
                    .findElement(By.id("campaign-tags"))
                    .findElement(By.tagName("textarea"))
                    .sendKeys("Housing\nWages\nYouth provision");
            violations.addAll(Axe.violations(lead, "/listening (open a campaign)"));
            Pages.click(lead, lead.driver.findElement(By.id("form-save")));
            lead.wait.until(
                    driver -> driver.findElements(By.id("campaign-dialog")).isEmpty());
            long campaign = jdbc.sql("select id from listening_campaign where name = :n")
                    .param("n", name)
                    .query(Long.class)
                    .single();
            Pages.click(
                    lead, lead.wait.until(ExpectedConditions.elementToBeClickable(By.id("campaign-link-" + campaign))));
            lead.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("campaign-leaders")));
            violations.addAll(Axe.violations(lead, "/listening/{id} (empty)"));

            var tags = jdbc.sql("select id from listening_tag where campaign_id = :c order by position")
                    .param("c", campaign)
                    .query(Long.class)
                    .list();
            for (int leader = 0; leader < 2; leader++) {
                String email = data.personWithLogin("TELCO", "TRAINEE");
                jdbc.sql("update person set full_name = :n where email = :e")
                        .param("n", "Listener " + (leader + 1))
                        .param("e", email)
                        .update();
                try (var phone = new BrowserSession(360, 740)) {
                    new LoginPage(phone, base()).open().logInAs(email, DemoLogins.PASSWORD);
                    Pages.open(phone, base() + "/my-path");
                    Pages.click(
                            phone, phone.wait.until(ExpectedConditions.elementToBeClickable(By.id("path-listening"))));
                    phone.wait.until(
                            ExpectedConditions.visibilityOfElementLocated(By.id("listen-campaign-" + campaign)));
                    for (int i = 0; i < 10; i++) {
                        // Two taps: the issue, then Save (a conversation is what is offered first).
                        long tag = tags.get((i + leader) % 2);
                        Pages.click(
                                phone,
                                phone.wait.until(ExpectedConditions.elementToBeClickable(By.id("listen-tag-" + tag))));
                        Pages.click(phone, phone.driver.findElement(By.id("listen-save-" + campaign)));
                        int logged = i + 1;
                        phone.wait
                                .ignoring(StaleElementReferenceException.class)
                                .until(driver -> driver.findElement(By.id("listen-mine-" + campaign))
                                        .getText()
                                        .contains("listened to " + logged + " of your 20"));
                    }
                    if (leader == 0) {
                        assertThat(Pages.overflowsSideways(phone))
                                .as("logging at 360 px")
                                .isFalse();
                        violations.addAll(Axe.violations(phone, "/listen"));
                    }
                }
            }

            // The lead's page, open all along, redraws itself with what the phones logged.
            lead.wait
                    .ignoring(StaleElementReferenceException.class)
                    .until(driver -> driver.findElement(By.id("campaign-people"))
                            .getText()
                            .contains("20"));
            var byLeader = lead.driver.findElement(By.id("campaign-leaders")).getText();
            assertThat(byLeader).contains("Listener 1", "Listener 2", "10 of 20");
            assertThat(lead.driver.findElement(By.id("campaign-tally-chapter")).getText())
                    .contains("Housing", "10", "Wages", "Youth provision");
            violations.addAll(Axe.violations(lead, "/listening/{id} (with a tally)"));
        }
        // The same pages on the lead's phone.
        try (var phone = new BrowserSession(360, 740)) {
            new LoginPage(phone, base()).open().logInAs(DemoLogins.LEAD, DemoLogins.PASSWORD);
            Pages.open(phone, base() + "/listening");
            phone.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("listening-grid")));
            assertThat(Pages.overflowsSideways(phone)).as("campaigns at 360 px").isFalse();
            long campaign = jdbc.sql("select id from listening_campaign where name = :n")
                    .param("n", name)
                    .query(Long.class)
                    .single();
            Pages.open(phone, base() + "/listening/" + campaign);
            phone.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("campaign-tally")));
            assertThat(Pages.overflowsSideways(phone))
                    .as("a campaign's tally at 360 px")
                    .isFalse();
        }
        assertThat(violations).as("axe-core violations").isEmpty();
    }
}
