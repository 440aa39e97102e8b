package org.communityorganising.pathways.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A lead adds a person; the invitation arrives in the demo's mailbox; the person opens it on a
 * 360 px phone, chooses a password in Welsh and lands on their home; later they forget it and
 * reset it from the login page.
 */
@IntegrationTest
class InvitationJourneyBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void invitedOnAPhoneInWelshThenForgottenAndReset() throws Exception {
        String email = "gwen-" + System.nanoTime() + "@example.org";
        try (var lead = new BrowserSession(1280, 900)) {
            new LoginPage(lead, base()).open().logInAs(DemoLogins.LEAD, DemoLogins.PASSWORD);
            Pages.open(lead, base() + "/people");
            Pages.click(lead, lead.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("people-new"))));
            lead.wait
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#person-name input")))
                    .sendKeys("Gwen Jones", Keys.TAB);
            lead.driver.findElement(By.cssSelector("#person-email input")).sendKeys(email, Keys.TAB);
            Pages.click(
                    lead,
                    lead.driver.findElements(By.cssSelector("#person-roles vaadin-checkbox")).stream()
                            .filter(box -> box.getText().strip().equals("Trainee"))
                            .findFirst()
                            .orElseThrow());
            assertThat(lead.driver.findElement(By.id("person-invite")).getDomAttribute("checked"))
                    .as("invited by default")
                    .isNotNull();
            Pages.click(lead, lead.driver.findElement(By.id("form-save")));
            lead.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("vaadin-notification-card"), "Saved"));
        }
        jdbc.sql("update person set language = 'cy' where email = :e")
                .param("e", email)
                .update();

        try (var phone = new BrowserSession(360, 740)) {
            openMailAndFollow(phone, email, "You are invited to Pathways");
            var heading = phone.wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
            assertThat(heading.getText()).isEqualTo("Dewiswch eich cyfrinair");
            assertThat(Pages.overflowsSideways(phone)).as("fits 360 px").isFalse();
            choose(phone, "tri chrëyr glas ar y wawr");
            phone.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
            assertThat(Pages.heading(phone)).isEqualTo("Croeso, Gwen");

            phone.driver.manage().deleteAllCookies();
            Pages.open(phone, base() + "/login");
            Pages.click(
                    phone,
                    phone.wait.until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector("vaadin-login-form vaadin-button[slot='forgot-password']"))));
            phone.wait
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#forgot-email input")))
                    .sendKeys(email, Keys.TAB);
            Pages.click(phone, phone.driver.findElement(By.id("forgot-send")));
            phone.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("forgot-sent")));
            openMailAndFollow(phone, email, "Ailosod eich cyfrinair Pathways");
            choose(phone, "pedwar gair newydd i gofio");
            phone.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
            assertThat(Pages.heading(phone)).isEqualTo("Croeso, Gwen");
        }
    }

    private void openMailAndFollow(BrowserSession browser, String email, String subject) {
        Pages.open(browser, base() + "/mailbox");
        var message = browser.wait.until(driver -> driver.findElements(By.cssSelector(".mailbox-message")).stream()
                .filter(element ->
                        element.getText().contains(email) && element.getText().contains(subject))
                .findFirst()
                .orElseGet(() -> {
                    driver.findElement(By.id("mailbox-refresh")).click();
                    return null;
                }));
        var link = message.findElements(By.tagName("a")).stream()
                .filter(anchor -> anchor.getText().contains("/invitation/")
                        || anchor.getText().contains("/reset-password/"))
                .findFirst()
                .orElseThrow();
        // The mail links to the configured public address; this test's server is on another port.
        Pages.open(
                browser,
                base() + java.net.URI.create(link.getDomAttribute("href")).getPath());
    }

    private static void choose(BrowserSession browser, String password) {
        browser.wait
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#choose-password input")))
                .sendKeys(password);
        browser.driver
                .findElement(By.cssSelector("#choose-password-repeat input"))
                .sendKeys(password, Keys.ENTER);
    }
}
