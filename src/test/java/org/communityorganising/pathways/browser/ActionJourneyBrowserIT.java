package org.communityorganising.pathways.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.communityorganising.pathways.actions.ActionService;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.MutableClock;
import org.communityorganising.pathways.support.SignIn;
import org.communityorganising.pathways.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An assembly as new users run it: the lead creates it for within the hour, three institutions
 * pledge, the trainer shows the check-in code at the door, thirty people check in from phones (two
 * through the page the code's QR opens, the rest scripted through the same service), and the
 * lead's page, left open, shows pledged against delivered per institution. Every page passes axe;
 * the trainer's action page and the check-in page fit 360 px.
 */
@IntegrationTest
class ActionJourneyBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestData data;

    @Autowired
    SignIn signIn;

    @Autowired
    ActionService actions;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private final List<String> violations = new ArrayList<>();

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void anAssemblyPledgedCheckedInAtTheDoorAndCountedPerInstitution() throws Exception {
        String title = "Test assembly " + Long.toString(System.nanoTime(), 36);
        var start = clock.londonNowWithRoomBeforeMidnight().plusMinutes(30);
        var time = DateTimeFormatter.ofPattern("HH:mm");
        try (var lead = new BrowserSession(1280, 900)) {
            new LoginPage(lead, base()).open().logInAs(DemoLogins.LEAD, DemoLogins.PASSWORD);
            Pages.open(lead, base() + "/actions");
            lead.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("actions-grid")));
            violations.addAll(Axe.violations(lead, "/actions"));
            Pages.click(lead, lead.driver.findElement(By.id("actions-create")));
            type(lead, "action-title", title);
            type(lead, "action-place", "St Anne's Parish Hall");
            // Before a time picker's list opens: its open list has no name of its own (Vaadin's).
            violations.addAll(Axe.violations(lead, "/actions (create)"));
            retype(lead, "action-starts", start.format(time));
            retype(lead, "action-ends", start.plusHours(2).format(time));
            Pages.click(lead, lead.driver.findElement(By.id("form-save")));
            lead.wait.until(
                    driver -> driver.findElements(By.id("action-dialog")).isEmpty());
            long action = jdbc.sql("select id from organising_action where title = :t")
                    .param("t", title)
                    .query(Long.class)
                    .single();
            Pages.click(lead, lead.wait.until(ExpectedConditions.elementToBeClickable(By.id("action-link-" + action))));
            lead.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("action-ledger")));

            for (var pledge : List.of(
                    new String[] {"St Anne's Parish, Stratford", "20"},
                    new String[] {"Bow Community Mosque", "15"},
                    new String[] {"Newham Sixth Form College", "5"})) {
                Pages.click(lead, lead.driver.findElement(By.id("pledge-institution")));
                Pages.click(lead, lead.wait.until(driver -> item(driver, "vaadin-select-item", pledge[0])));
                retype(lead, "pledge-number", pledge[1]);
                Pages.click(lead, lead.driver.findElement(By.id("pledge-save")));
                lead.wait
                        .ignoring(StaleElementReferenceException.class)
                        .until(driver -> driver.findElement(By.id("action-institutions"))
                                .getText()
                                .contains(pledge[1] + " / 0"));
            }
            violations.addAll(Axe.violations(lead, "/actions/{id} (pledged)"));

            String code;
            // The trainer at the door, with a phone.
            try (var trainer = new BrowserSession(360, 740)) {
                new LoginPage(trainer, base()).open().logInAs(DemoLogins.TRAINER, DemoLogins.PASSWORD);
                Pages.open(trainer, base() + "/actions/" + action);
                trainer.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("action-ledger")));
                assertThat(Pages.overflowsSideways(trainer))
                        .as("an action's ledger at 360 px")
                        .isFalse();
                Pages.click(
                        trainer,
                        trainer.wait.until(ExpectedConditions.elementToBeClickable(By.id("action-show-code"))));
                code = trainer.wait
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id("action-code")))
                        .getText()
                        .replace(" ", "");
                assertThat(code).matches("\\d{6}");
                violations.addAll(Axe.violations(trainer, "/actions/{id} (the code at the door)"));
            }

            // Two people check in through the page the QR code opens, on their phones.
            for (int i = 0; i < 2; i++) {
                String email = data.personWithLogin("TELCO", "TRAINEE");
                try (var phone = new BrowserSession(360, 740)) {
                    new LoginPage(phone, base()).open().logInAs(email, DemoLogins.PASSWORD);
                    // The first phone scans the code the trainer showed; later ones, the code on the door by then.
                    Pages.open(phone, base() + "/actions/" + action + "/check-in/" + (i == 0 ? code : fresh(action)));
                    Pages.click(
                            phone,
                            phone.wait.until(ExpectedConditions.elementToBeClickable(By.id("check-in-institution"))));
                    Pages.click(
                            phone,
                            phone.wait.until(driver -> item(driver, "vaadin-select-item", "Bow Community Mosque")));
                    Pages.click(phone, phone.driver.findElement(By.id("check-in-button")));
                    phone.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("action-check-in-outcome"), "You are checked in"));
                    if (i == 0) {
                        assertThat(Pages.overflowsSideways(phone))
                                .as("check-in at 360 px")
                                .isFalse();
                        violations.addAll(Axe.violations(phone, "/actions/{id}/check-in/{code}"));
                    }
                }
            }
            // Twenty-eight more, scripted through the same service the page calls.
            long stAnnes = institution("St Anne's Parish, Stratford");
            long mosque = institution("Bow Community Mosque");
            String now = fresh(action);
            for (int i = 0; i < 28; i++) {
                signIn.as(data.personWithLogin("TELCO", "TRAINEE"));
                actions.checkIn(action, now, i < 18 ? stAnnes : mosque, null);
            }
            SignIn.out();

            // The lead's page, open all along, shows it without a reload.
            lead.wait
                    .ignoring(StaleElementReferenceException.class)
                    .until(driver -> driver.findElement(By.id("action-turnout"))
                            .getText()
                            .contains("40 pledged, 30 came"));
            String perInstitution =
                    lead.driver.findElement(By.id("action-institutions")).getText();
            assertThat(perInstitution).contains("20 / 18", "15 / 12", "5 / 0");
            violations.addAll(Axe.violations(lead, "/actions/{id} (after the door)"));
        }
        assertThat(violations).as("axe-core violations").isEmpty();
    }

    /** The code shown at the door now, as the trainer's screen would show it. */
    private String fresh(long action) {
        signIn.as(DemoLogins.TRAINER);
        String code = actions.currentCode(action).code();
        SignIn.out();
        return code;
    }

    private long institution(String name) {
        return jdbc.sql("select id from institution where name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    private static void type(BrowserSession browser, String id, String text) {
        browser.wait
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)))
                .findElement(By.tagName("input"))
                .sendKeys(text);
    }

    /** Replaces a field's text, as a person selecting it all and typing would. */
    private static void retype(BrowserSession browser, String id, String text) {
        var input = browser.wait
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)))
                .findElement(By.tagName("input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text, Keys.TAB);
    }

    private static WebElement item(WebDriver driver, String tag, String label) {
        @SuppressWarnings("unchecked")
        var found = (List<WebElement>) ((JavascriptExecutor) driver)
                .executeScript(
                        "return Array.from(document.querySelectorAll(arguments[0]))"
                                + ".filter(i => i.textContent.trim() === arguments[1] && i.checkVisibility())",
                        tag,
                        label);
        return found == null || found.isEmpty() ? null : found.getFirst();
    }
}
