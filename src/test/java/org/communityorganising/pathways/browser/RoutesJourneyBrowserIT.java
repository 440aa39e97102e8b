package org.communityorganising.pathways.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An accredited route as the demo's people meet it: the trainee, on a phone, finds their portfolio
 * from My path and reads the Learning hours filled from the registers; the trainer opens it from
 * "Accredited routes", signs the full bucket off and downloads the evidence pack (PDF and CSV); the
 * administrator reads the routes. Every page fits 360 px where a leader reads it; axe finds nothing.
 */
@IntegrationTest
class RoutesJourneyBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final List<String> violations = new ArrayList<>();

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void aLeaderSeesHoursFromTheRegisterAndTheTrainerSignsOffAndDownloadsTheEvidencePack() throws Exception {
        long portfolio = jdbc.sql("""
                        select pf.id from route_portfolio pf join person p on p.id = pf.person_id
                        where p.email = :email and pf.status = 'ACTIVE'""")
                .param("email", DemoLogins.TRAINEE)
                .query(Long.class)
                .single();

        try (var phone = new BrowserSession(360, 740)) {
            new LoginPage(phone, base()).open().logInAs(DemoLogins.TRAINEE, DemoLogins.PASSWORD);
            Pages.open(phone, base() + "/my-path");
            Pages.click(phone, phone.wait.until(ExpectedConditions.elementToBeClickable(By.id("path-routes"))));
            Pages.waitForView(phone);
            var mine = phone.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("my-routes")));
            assertThat(mine.getText())
                    .contains("Foundation Award in Community Organising", "0 of 3 buckets signed off");
            assertThat(Pages.overflowsSideways(phone))
                    .as("My accredited routes at 360 px")
                    .isFalse();
            violations.addAll(Axe.violations(phone, "/my-routes"));

            Pages.click(phone, phone.driver.findElement(By.id("my-route-" + portfolio)));
            var learning = phone.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bucket-1")));
            // The spring cohort's two days (7 h each) and last week's evening session (2 h), from the registers.
            assertThat(learning.getText()).contains("Learning", "of 12 hours", "waiting for a trainer");
            assertThat(phone.driver.findElement(By.id("portfolio-countdown")).getText())
                    .contains("days left");
            assertThat(phone.driver.findElement(By.id("portfolio-evidence")).getText())
                    .contains("Community Leadership Training");
            assertThat(phone.driver.findElements(By.id("bucket-sign-off-1")))
                    .as("nobody signs off their own")
                    .isEmpty();
            assertThat(Pages.overflowsSideways(phone))
                    .as("a portfolio at 360 px")
                    .isFalse();
            violations.addAll(Axe.violations(phone, "/portfolios/{id} (own)"));
        }

        try (var trainer = new BrowserSession(1280, 900)) {
            new LoginPage(trainer, base()).open().logInAs(DemoLogins.TRAINER, DemoLogins.PASSWORD);
            Pages.open(trainer, base() + "/portfolios");
            var sam = trainer.wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//vaadin-grid-cell-content//a[contains(., 'Sam Patel')]")));
            violations.addAll(Axe.violations(trainer, "/portfolios"));
            Pages.click(trainer, sam);
            Pages.click(
                    trainer, trainer.wait.until(ExpectedConditions.elementToBeClickable(By.id("bucket-sign-off-1"))));
            trainer.wait
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(driver ->
                            driver.findElement(By.id("bucket-1")).getText().contains("Signed off by"));
            violations.addAll(Axe.violations(trainer, "/portfolios/{id} (trainer)"));

            Pages.click(trainer, trainer.driver.findElement(By.id("portfolio-pdf")));
            var pdf = trainer.downloads().resolve("evidence-pack-" + portfolio + ".pdf");
            trainer.wait
                    .withTimeout(Duration.ofSeconds(20))
                    .until(driver -> Files.exists(pdf) && pdf.toFile().length() > 0);
            String text;
            try (var document = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(pdf))) {
                text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            }
            assertThat(text).contains("Evidence pack", "Sam Patel", "Learning", "Signed off", "Community Leadership");

            // Chromium allows one download a page without a real tap: the CSV from a fresh load of it.
            Pages.open(trainer, base() + "/portfolios/" + portfolio);
            Pages.click(trainer, trainer.wait.until(ExpectedConditions.elementToBeClickable(By.id("portfolio-csv"))));
            var csv = trainer.downloads().resolve("evidence-pack-" + portfolio + ".csv");
            trainer.wait
                    .withTimeout(Duration.ofSeconds(20))
                    .until(driver -> Files.exists(csv) && csv.toFile().length() > 0);
            assertThat(Files.readString(csv, StandardCharsets.UTF_8))
                    .startsWith("\uFEFFBucket,Date,Activity,Source,Hours")
                    .contains("Learning,", ",Register,7");
        }

        try (var admin = new BrowserSession(1280, 900)) {
            new LoginPage(admin, base()).open().logInAs(DemoLogins.ADMIN, DemoLogins.PASSWORD);
            Pages.open(admin, base() + "/portfolios");
            Pages.click(admin, admin.wait.until(ExpectedConditions.elementToBeClickable(By.id("portfolios-routes"))));
            var routes = admin.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("routes-view")));
            assertThat(routes.getText()).contains("Foundation Award in Community Organising", "Research: 25 hours");
            violations.addAll(Axe.violations(admin, "/routes"));
        }
        assertThat(violations).as("axe-core violations").isEmpty();
    }
}
