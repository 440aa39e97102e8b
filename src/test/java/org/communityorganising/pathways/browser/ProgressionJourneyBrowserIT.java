package org.communityorganising.pathways.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Journeys 2 and 3 of the product brief, as new users would do them: the demo trainee logs six
 * one-to-ones on a phone, the trainer confirms them, the trainee's path shows Trained Leader
 * within reach and they ask for a review; the chapter lead approves it with a comment; the
 * trainee's home shows the new tier and the notice; the audit trail shows each step and its actor.
 */
@IntegrationTest
class ProgressionJourneyBrowserIT {

    private static final String TRAINEE = "Sam Patel";

    @LocalServerPort
    int port;

    @Test
    void sixOneToOnesConfirmedReviewAskedApprovedNoticedAndAudited() throws Exception {
        String base = "http://localhost:" + port;
        try (var phone = new BrowserSession(360, 740)) {
            new LoginPage(phone, base).open().logInAs(DemoLogins.TRAINEE, DemoLogins.PASSWORD);
            Pages.click(
                    phone,
                    phone.wait.until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector("#home-role-trainee a.step-title[href='my-path']"))));
            phone.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-path-view")));
            Pages.waitForView(phone);
            assertThat(text(phone, "path-next"))
                    .contains("Next: Trained Leader")
                    .contains("0 of 6");
            assertThat(phone.driver.findElement(By.id("path-ask")).getDomAttribute("disabled"))
                    .as("requirements unmet")
                    .isNotNull();

            for (int logged = 1; logged <= 6; logged++) {
                int taps = logOneToOne(phone, logged == 1 ? "Canning Town Food Bank" : null);
                assertThat(taps).as("a one-to-one in a few taps").isLessThanOrEqualTo(logged == 1 ? 4 : 2);
                int expected = logged;
                phone.wait.until(driver -> driver.findElements(By.cssSelector("#practice-entries li"))
                                .size()
                        == expected);
            }
            assertThat(text(phone, "path-next")).contains("6 waiting for confirmation");
            assertThat(Pages.overflowsSideways(phone)).as("my path fits 360 px").isFalse();
            phone.screenshot("my-path-logged-360");
        }

        try (var trainer = new BrowserSession(1280, 900)) {
            new LoginPage(trainer, base).open().logInAs(DemoLogins.TRAINER, DemoLogins.PASSWORD);
            Pages.open(trainer, base + "/practice-review");
            for (int confirmed = 0; confirmed < 6; confirmed++) {
                String id = trainer.wait.until(
                        driver -> visibleWithLabel(driver, "vaadin-button[id^='review-confirm-']", TRAINEE));
                Pages.script(trainer, "document.getElementById(arguments[0]).click()", id);
                trainer.wait.until(driver -> Boolean.FALSE.equals(Pages.script(
                        trainer,
                        "return Array.from(document.querySelectorAll('[id=\"' + arguments[0] + '\"]'))"
                                + ".some(e => e.offsetParent !== null)",
                        id)));
            }
            assertThat(visibleWithLabel(trainer.driver, "vaadin-button[id^='review-confirm-']", TRAINEE))
                    .isNull();
        }

        try (var phone = new BrowserSession(360, 740)) {
            new LoginPage(phone, base).open().logInAs(DemoLogins.TRAINEE, DemoLogins.PASSWORD);
            Pages.open(phone, base + "/my-path");
            assertThat(text(phone, "path-summary")).contains("Every requirement is met");
            var ask = phone.driver.findElement(By.id("path-ask"));
            assertThat(ask.getDomAttribute("disabled")).isNull();
            Pages.click(phone, ask);
            phone.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("path-request-pending")));
            assertThat(text(phone, "path-request-pending"))
                    .contains("Trained Leader")
                    .contains("0 of 1");
        }

        try (var lead = new BrowserSession(1280, 900)) {
            new LoginPage(lead, base).open().logInAs(DemoLogins.LEAD, DemoLogins.PASSWORD);
            Pages.open(lead, base + "/promotions");
            var open = lead.wait.until(driver -> driver.findElements(By.cssSelector("#promotions-grid a")).stream()
                    .filter(WebElement::isDisplayed)
                    .filter(link ->
                            String.valueOf(link.getDomAttribute("aria-label")).contains(TRAINEE))
                    .findFirst()
                    .orElse(null));
            Pages.click(lead, open);
            lead.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("promotion-approve")));
            assertThat(text(lead, "promotion-snapshot")).contains("One-to-one: 6 confirmed");
            assertThat(text(lead, "promotion-today")).contains("Done");
            Pages.click(lead, lead.driver.findElement(By.id("promotion-approve")));
            var comment = lead.wait.until(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("#comment-text textarea")));
            comment.sendKeys("Six one-to-ones in a week: well done, Sam.");
            // A real tap: leaving the field is what sends its value, as on a phone.
            lead.driver.findElement(By.id("form-save")).click();
            lead.wait.until(
                    driver -> driver.findElements(By.id("promotion-approve")).isEmpty());
            assertThat(lead.driver.findElement(By.tagName("main")).getText()).contains("Approved");
        }

        try (var phone = new BrowserSession(360, 740)) {
            new LoginPage(phone, base).open().logInAs(DemoLogins.TRAINEE, DemoLogins.PASSWORD);
            var notice = phone.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice")));
            assertThat(notice.getText())
                    .contains("you are now a Trained Leader")
                    .contains("well done, Sam");
            assertThat(phone.driver.findElement(By.cssSelector(".facts")).getText())
                    .contains("Trained Leader");
            phone.screenshot("home-promoted-360");
        }

        try (var admin = new BrowserSession(1280, 900)) {
            new LoginPage(admin, base).open().logInAs(DemoLogins.ADMIN, DemoLogins.PASSWORD);
            Pages.open(admin, base + "/audit");
            var grid = admin.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("audit-grid")));
            // The trail in words, as an administrator reads it.
            admin.wait.until(driver ->
                    grid.getDomProperty("textContent").contains("Grace Adeyemi approved the promotion of " + TRAINEE));
            String trail = grid.getDomProperty("textContent");
            assertThat(trail)
                    .contains("Grace Adeyemi changed the tier of " + TRAINEE)
                    .contains(TRAINEE + " asked for a review for promotion")
                    .contains("Tomás Byrne confirmed practice logged by " + TRAINEE)
                    .contains(TRAINEE + " logged practice");
        }
    }

    /** Logs a one-to-one from "my path"; returns the taps it took. */
    private static int logOneToOne(BrowserSession phone, String institution) {
        int taps = 0;
        Pages.click(phone, phone.driver.findElement(By.id("practice-log")));
        taps++;
        phone.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("practice-dialog")));
        if (institution != null) {
            var combo = phone.driver.findElement(By.id("practice-counterpart"));
            Pages.click(phone, combo);
            taps++;
            var item = phone.wait.until(driver -> items(driver, institution));
            Pages.click(phone, item);
            taps++;
        }
        Pages.click(phone, phone.driver.findElement(By.id("form-save")));
        taps++;
        phone.wait.until(driver -> driver.findElements(By.id("practice-dialog")).isEmpty());
        return taps;
    }

    private static WebElement items(org.openqa.selenium.WebDriver driver, String label) {
        @SuppressWarnings("unchecked")
        var found = (List<WebElement>) ((JavascriptExecutor) driver)
                .executeScript(
                        "return Array.from(document.querySelectorAll('vaadin-combo-box-item'))"
                                + ".filter(i => i.textContent.trim() === arguments[0])",
                        label);
        return found == null || found.isEmpty() ? null : found.getFirst();
    }

    /**
     * The id (or, for a link without one, "found") of the first visible element matching the
     * selector whose aria-label mentions the text; null when there is none. Read in the page, since
     * the grid re-renders its cells under Selenium's references.
     */
    private static String visibleWithLabel(org.openqa.selenium.WebDriver driver, String selector, String text) {
        return (String) ((JavascriptExecutor) driver)
                .executeScript(
                        "const e = Array.from(document.querySelectorAll(arguments[0]))"
                                + ".find(e => e.offsetParent !== null && (e.getAttribute('aria-label') || '').includes(arguments[1]));"
                                + "return e ? (e.id || 'found') : null;",
                        selector,
                        text);
    }

    private static String text(BrowserSession browser, String id) {
        return browser.wait
                .until(ExpectedConditions.presenceOfElementLocated(By.id(id)))
                .getText();
    }
}
