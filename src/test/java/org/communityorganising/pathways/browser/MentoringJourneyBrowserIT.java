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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Mentoring as new users meet it: the trainer pairs a Core Team Leader with a Trained Leader; on
 * their phones the two log and confirm three meetings between them; the mentor — who already
 * mentors another Trained Leader and spoke at a public action — reads on My path that Senior
 * Leader's mentoring and named role are done. Every page fits 360 px; axe finds nothing.
 */
@IntegrationTest
class MentoringJourneyBrowserIT {

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

    private String person(String name, int rank) {
        String email = data.personWithLogin("TELCO", "TRAINEE");
        jdbc.sql("update person set full_name = :name where email = :email")
                .param("name", name)
                .param("email", email)
                .update();
        leaders.holds(email, rank);
        return email;
    }

    @Test
    void aPairLogsAndConfirmsThreeMeetingsAndTheCandidateReadsTheMentoringMet() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        String mentorName = "Mira Mentor " + run;
        String menteeName = "Ola Mentee " + run;
        String mentor = person(mentorName, 2);
        String mentee = person(menteeName, 1);
        // Already: another Trained Leader mentored, with a confirmed meeting; a public action spoken at.
        String earlier = person("Earlier Mentee " + run, 1);
        long earlierPair = jdbc.sql("""
                        insert into mentoring_pair (chapter_id, mentor_id, mentee_id, started_on, created_at)
                        values (:chapter, :mentor, :mentee, :on, now()) returning id""")
                .param("chapter", data.chapterId("TELCO"))
                .param("mentor", data.personId(mentor))
                .param("mentee", data.personId(earlier))
                .param("on", leaders.today().minusDays(60))
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into mentoring_meeting (pair_id, met_on, minutes, logged_by, logged_at, confirmed_by, confirmed_at)
                        values (:pair, :on, 60, :mentor, now(), :mentee, now())""")
                .param("pair", earlierPair)
                .param("on", leaders.today().minusDays(30))
                .param("mentor", data.personId(mentor))
                .param("mentee", data.personId(earlier))
                .update();
        jdbc.sql("""
                        insert into practice_entry (person_id, kind, occurred_on, role, turnout_pledged, turnout_delivered,
                            status, created_at)
                        values (:p, 'PUBLIC_ACTION', :on, 'SPEAKER', 100, 120, 'CONFIRMED', now())""")
                .param("p", data.personId(mentor))
                .param("on", leaders.today().minusDays(20))
                .update();

        try (var trainer = new BrowserSession(1280, 900)) {
            new LoginPage(trainer, base()).open().logInAs(DemoLogins.TRAINER, DemoLogins.PASSWORD);
            Pages.open(trainer, base() + "/mentoring");
            trainer.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mentoring-grid")));
            violations.addAll(Axe.violations(trainer, "/mentoring"));
            Pages.click(trainer, trainer.driver.findElement(By.id("mentoring-pair")));
            trainer.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pair-mentor")));
            // Before a list opens: the open list of Vaadin's combo box has no name of its own.
            violations.addAll(Axe.violations(trainer, "/mentoring (pair dialog)"));
            choose(trainer, "pair-mentor", mentorName);
            choose(trainer, "pair-mentee", menteeName);
            Pages.click(trainer, trainer.driver.findElement(By.id("form-save")));
            trainer.wait.until(
                    driver -> driver.findElements(By.id("pair-dialog")).isEmpty());
            trainer.wait.until(driver -> driver.findElement(By.id("mentoring-grid"))
                    .getText()
                    .contains(mentorName + " mentors " + menteeName));
        }
        long pair = jdbc.sql("select id from mentoring_pair where mentor_id = :m and mentee_id = :e")
                .param("m", data.personId(mentor))
                .param("e", data.personId(mentee))
                .query(Long.class)
                .single();

        try (var phone = new BrowserSession(360, 740)) {
            new LoginPage(phone, base()).open().logInAs(mentor, DemoLogins.PASSWORD);
            Pages.open(phone, base() + "/my-path");
            Pages.click(phone, phone.wait.until(ExpectedConditions.elementToBeClickable(By.id("path-mentoring"))));
            phone.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("my-pair-" + pair)));
            logMeeting(phone, pair);
            logMeeting(phone, pair);
            assertThat(phone.driver.findElement(By.id("my-pair-" + pair)).getText())
                    .contains("Mentoring " + menteeName, "waiting for " + menteeName + " to confirm");
            assertThat(Pages.overflowsSideways(phone))
                    .as("My mentoring at 360 px")
                    .isFalse();
            violations.addAll(Axe.violations(phone, "/my-mentoring (mentor)"));
        }

        try (var phone = new BrowserSession(360, 740)) {
            new LoginPage(phone, base()).open().logInAs(mentee, DemoLogins.PASSWORD);
            Pages.open(phone, base() + "/my-mentoring");
            for (int i = 0; i < 2; i++) {
                var confirm = phone.wait.until(driver -> first(driver, "[id^='meeting-confirm-']"));
                Pages.click(phone, confirm);
                phone.wait.until(ExpectedConditions.stalenessOf(confirm));
            }
            logMeeting(phone, pair);
            assertThat(phone.driver.findElement(By.id("my-pair-" + pair)).getText())
                    .contains("Mentored by " + mentorName, "2 of 3 expected");
            violations.addAll(Axe.violations(phone, "/my-mentoring (mentee)"));
        }

        try (var phone = new BrowserSession(360, 740)) {
            new LoginPage(phone, base()).open().logInAs(mentor, DemoLogins.PASSWORD);
            Pages.open(phone, base() + "/my-mentoring");
            Pages.click(phone, phone.wait.until(driver -> first(driver, "[id^='meeting-confirm-']")));
            phone.wait
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(driver -> driver.findElement(By.id("my-pair-" + pair))
                            .getText()
                            .contains("3 of 3 expected"));

            Pages.open(phone, base() + "/my-path");
            phone.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("path-next")));
            assertThat(stateOf(phone.driver, "Mentor 2 people holding Trained Leader"))
                    .isEqualTo("MET");
            assertThat(stateOf(phone.driver, "with a named role")).isEqualTo("MET");
            assertThat(Pages.overflowsSideways(phone)).as("My path at 360 px").isFalse();
            violations.addAll(Axe.violations(phone, "/my-path (mentoring met)"));
        }
        // The chapter's pairs on the trainer's phone.
        try (var phone = new BrowserSession(360, 740)) {
            new LoginPage(phone, base()).open().logInAs(DemoLogins.TRAINER, DemoLogins.PASSWORD);
            Pages.open(phone, base() + "/mentoring");
            phone.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mentoring-grid")));
            assertThat(Pages.overflowsSideways(phone))
                    .as("mentoring pairs at 360 px")
                    .isFalse();
        }
        assertThat(violations).as("axe-core violations").isEmpty();
    }

    /** Opens the meeting dialog of the pair and saves today's hour, as offered. */
    private static void logMeeting(BrowserSession phone, long pair) {
        Pages.click(phone, phone.wait.until(ExpectedConditions.elementToBeClickable(By.id("my-pair-log-" + pair))));
        phone.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("meeting-minutes")));
        Pages.click(phone, phone.driver.findElement(By.id("form-save")));
        phone.wait.until(driver -> driver.findElements(By.id("meeting-dialog")).isEmpty());
        Pages.waitForView(phone);
    }

    /** Types into a combo box and picks the item that starts with the text. */
    private static void choose(BrowserSession browser, String id, String text) {
        var combo = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        combo.findElement(By.tagName("input")).sendKeys(text);
        var item = browser.wait.until(driver -> {
            @SuppressWarnings("unchecked")
            var found = (List<WebElement>) ((JavascriptExecutor) driver)
                    .executeScript(
                            "return Array.from(document.querySelectorAll('vaadin-combo-box-item'))"
                                    + ".filter(i => i.textContent.trim().startsWith(arguments[0]) && i.checkVisibility())",
                            text);
            return found == null || found.isEmpty() ? null : found.getFirst();
        });
        Pages.click(browser, item);
        browser.wait.until(driver -> String.valueOf(((JavascriptExecutor) driver)
                        .executeScript("return document.getElementById(arguments[0]).selectedItem ? 'yes' : 'no'", id))
                .equals("yes"));
    }

    private static WebElement first(WebDriver driver, String selector) {
        var found = driver.findElements(By.cssSelector(selector));
        return found.isEmpty() ? null : found.getFirst();
    }

    /** The data-state of the requirement on My path whose label contains the text. */
    private static String stateOf(WebDriver driver, String label) {
        return (String) ((JavascriptExecutor) driver)
                .executeScript(
                        "const li = Array.from(document.querySelectorAll('#path-next li.requirement'))"
                                + ".find(l => l.textContent.includes(arguments[0]));"
                                + "return li ? li.getAttribute('data-state') : null;",
                        label);
    }
}
