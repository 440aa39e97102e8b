package org.communityorganising.pathways.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.communityorganising.pathways.progression.promotions.PromotionService;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.LeaderFixtures;
import org.communityorganising.pathways.support.SignIn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A leader's credential as new users would meet it: the leader, just promoted, finds it from My
 * path, downloads the credential and the certificate, and opens its public page; a stranger,
 * signed out, reads "valid"; the administrator revokes it and the stranger's page reads
 * "revoked". On a phone the page fits; axe finds nothing.
 */
@IntegrationTest
class CredentialsJourneyBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    LeaderFixtures fixtures;

    @Autowired
    SignIn signIn;

    @Autowired
    PromotionService promotions;

    @Autowired
    JdbcClient jdbc;

    private final List<String> violations = new ArrayList<>();

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void aPromotedLeaderSharesACredentialThatAStrangerChecksAndTheAdministratorRevokes() throws Exception {
        String leader = fixtures.trainedLeader();
        fixtures.confirmedOneToOnes(leader, 6);
        long request = fixtures.reviewRequestedBy(leader);
        signIn.as(DemoLogins.LEAD);
        promotions.approve(request, null);
        SignIn.out();
        UUID id = awaitCredential(leader);
        String page = "/credentials/" + id;

        try (var phone = new BrowserSession(360, 740)) {
            new LoginPage(phone, base()).open().logInAs(leader, DemoLogins.PASSWORD);
            Pages.open(phone, base() + "/my-path");
            Pages.click(phone, phone.wait.until(ExpectedConditions.elementToBeClickable(By.id("path-credentials"))));
            Pages.waitForView(phone);
            var card = phone.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("credential-1")));
            assertThat(card.getText()).contains("Trained Leader", "Valid");
            assertThat(phone.driver
                            .findElement(By.cssSelector("#credential-link-1 input"))
                            .getAttribute("value"))
                    .endsWith(page);
            assertThat(Pages.overflowsSideways(phone))
                    .as("My credentials at 360 px")
                    .isFalse();
            violations.addAll(Axe.violations(phone, "/my-credentials"));

            phone.driver.findElement(By.id("credential-download-1")).click();
            var jwt = phone.downloads().resolve("credential-" + id + ".jwt");
            phone.wait
                    .withTimeout(Duration.ofSeconds(20))
                    .until(driver -> Files.exists(jwt) && jwt.toFile().length() > 0);
            assertThat(Files.readString(jwt)).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
            phone.driver.findElement(By.id("credential-certificate-1")).click();
            var pdf = phone.downloads().resolve("certificate-" + id + ".pdf");
            phone.wait
                    .withTimeout(Duration.ofSeconds(20))
                    .until(driver -> Files.exists(pdf) && pdf.toFile().length() > 0);
            assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }

        try (var stranger = new BrowserSession(360, 740)) {
            Pages.open(stranger, base() + page);
            var verdict =
                    stranger.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("credential-status")));
            assertThat(verdict.getText()).startsWith("Valid");
            String text = stranger.driver.findElement(By.tagName("main")).getText();
            assertThat(text).contains("Trained Leader").doesNotContain(leader).doesNotContain("Test TRAINEE");
            assertThat(Pages.overflowsSideways(stranger))
                    .as("the public page at 360 px")
                    .isFalse();
            violations.addAll(Axe.violations(stranger, "/credentials/…"));

            try (var admin = new BrowserSession(1280, 900)) {
                new LoginPage(admin, base()).open().logInAs(DemoLogins.ADMIN, DemoLogins.PASSWORD);
                // From the person's data page to their credentials, and on to the one to revoke.
                long person = jdbc.sql("select id from person where email = :e")
                        .param("e", leader)
                        .query(Long.class)
                        .single();
                Pages.open(admin, base() + "/people/" + person + "/data");
                Pages.click(
                        admin, admin.wait.until(ExpectedConditions.elementToBeClickable(By.id("data-credentials"))));
                Pages.waitForView(admin);
                var listed =
                        admin.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("person-credentials")));
                assertThat(listed.getText()).contains("Trained Leader", "Valid");
                violations.addAll(Axe.violations(admin, "/people/…/credentials"));
                Pages.click(admin, listed.findElement(By.cssSelector("a[href='credentials/" + id + "']")));
                admin.wait.until(ExpectedConditions.urlContains(page));
                Pages.click(
                        admin, admin.wait.until(ExpectedConditions.elementToBeClickable(By.id("credential-revoke"))));
                var confirm = admin.wait.until(
                        ExpectedConditions.presenceOfElementLocated(
                                By.cssSelector(
                                        "vaadin-confirm-dialog-overlay [slot='confirm-button'], vaadin-confirm-dialog [slot='confirm-button']")));
                Pages.click(admin, confirm);
                // The page reloads after the change: an element read mid-reload is gone, not wrong.
                admin.wait
                        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(driver -> driver.findElement(By.id("credential-status"))
                                .getText()
                                .startsWith("Revoked"));
                assertThat(admin.driver.findElements(By.id("credential-revoke")))
                        .isEmpty();
            }

            Pages.open(stranger, base() + page);
            stranger.wait.until(driver ->
                    driver.findElement(By.id("credential-status")).getText().startsWith("Revoked"));
        }
        assertThat(violations).as("axe-core violations").isEmpty();
    }

    private UUID awaitCredential(String email) throws InterruptedException {
        for (int tries = 0; tries < 200; tries++) {
            var found = jdbc.sql("""
                            select c.id from credential c join person p on p.id = c.person_id
                            where p.email = :email and c.tier_rank = 1""").param("email", email).query(UUID.class).optional();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No credential was issued to " + email);
    }
}
