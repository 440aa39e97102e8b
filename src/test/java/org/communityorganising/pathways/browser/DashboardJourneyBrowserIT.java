package org.communityorganising.pathways.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The chapter at a glance, as a new user would use it over the demo's year of TELCO: the lead
 * opens the dashboard from the home, finds a quiet institution and opens it, sees who is lapsing
 * and who is ready, opens the oldest waiting request, and reads the same dashboard on a phone; the
 * administrator compares the chapters and reads everything about Sam Patel in words.
 */
@IntegrationTest
class DashboardJourneyBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    private final List<String> violations = new ArrayList<>();

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void theLeadReadsTheirChapterAndTheAdministratorComparesThemAll() throws Exception {
        try (var lead = new BrowserSession(1280, 900)) {
            new LoginPage(lead, base()).open().logInAs(DemoLogins.LEAD, DemoLogins.PASSWORD);
            var waits = lead.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-waits-decide")));
            assertThat(waits.getText()).containsPattern("\\d+ promotions to decide — the oldest \\d+ days");

            Pages.click(lead, lead.driver.findElement(By.cssSelector("#home-role-chapter_lead a[href='chapter']")));
            Pages.waitForView(lead);
            assertThat(Pages.heading(lead)).isEqualTo("TELCO at a glance");
            // Figures an earlier test left over a minute old are redrawn first: read the page after.
            lead.wait.until(driver -> driver.findElement(By.id("dashboard-as-of"))
                    .getText()
                    .matches("(?s)Figures as of \\d\\d:\\d\\d\\..*Refresh.*"));
            var institutions = lead.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.id("dashboard-institutions-grid")));
            lead.wait.until(driver -> institutions.getText().contains("Forest Gate Methodist Church"));
            assertThat(institutions.getText()).contains("Quiet", "No leaders yet", "Strong");
            assertThat(lead.driver.findElement(By.id("trend-one-to-ones")).findElements(By.cssSelector("svg rect")))
                    .hasSizeGreaterThan(6);
            analyse(lead, "/chapter");

            Pages.click(
                    lead,
                    lead.driver.findElement(
                            By.cssSelector("#dashboard-institutions-grid a[href='" + institutionHref(lead) + "']")));
            Pages.waitForView(lead);
            lead.wait.until(driver -> Pages.heading(lead).equals("Forest Gate Methodist Church"));
            assertThat(Pages.heading(lead)).isEqualTo("Forest Gate Methodist Church");
            assertThat(lead.driver.findElement(By.id("institution-status")).getText())
                    .isEqualTo("Quiet");
            assertThat(lead.driver.findElement(By.id("institution-people")).getText())
                    .contains("Margaret Ellis", "Core Team Leader");
            analyse(lead, "/chapter/institutions/…");

            Pages.click(lead, lead.driver.findElement(By.id("dashboard-back")));
            Pages.waitForView(lead);
            Pages.click(lead, lead.wait.until(ExpectedConditions.elementToBeClickable(By.id("dashboard-lapsing"))));
            Pages.waitForView(lead);
            assertThat(Pages.heading(lead)).endsWith("leaders lapsing");
            lead.wait.until(driver ->
                    driver.findElement(By.id("dashboard-list-grid")).getText().contains("Margaret Ellis"));
            analyse(lead, "/chapter/…/lapsing");
            lead.driver.navigate().back();
            Pages.waitForView(lead);
            Pages.click(lead, lead.wait.until(ExpectedConditions.elementToBeClickable(By.id("dashboard-ready"))));
            Pages.waitForView(lead);
            lead.wait.until(driver ->
                    driver.findElement(By.id("dashboard-list-grid")).getText().contains("Nadia Islam"));

            // The oldest waiting request is the first of the queue; it waits for a second approver.
            Pages.open(lead, base() + "/promotions");
            var queue = lead.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("promotions-grid")));
            lead.wait.until(driver -> queue.getText().contains("Yusuf Rahman"));
            assertThat(queue.getText()).contains("You approved this already");
            Pages.click(lead, queue.findElement(By.cssSelector("a[href^='promotions/']")));
            Pages.waitForView(lead);
            assertThat(lead.driver.getCurrentUrl()).contains("/promotions/");
            assertThat(lead.driver.findElement(By.tagName("main")).getText()).contains("Yusuf Rahman");

            // Figures older than a minute are shown at once, recomputed behind them, and redrawn.
            clock.advance(Duration.ofMinutes(3));
            try {
                var now = clock.instant();
                var expected =
                        List.of(LondonTime.time(now, Locale.UK), LondonTime.time(now.plusSeconds(60), Locale.UK));
                Pages.open(lead, base() + "/chapter");
                lead.wait.until(driver -> {
                    String asOf = driver.findElement(By.id("dashboard-as-of")).getText();
                    return !asOf.contains("updating") && expected.stream().anyMatch(asOf::contains);
                });
            } finally {
                clock.reset();
            }
        }

        try (var phone = new BrowserSession(360, 740)) {
            new LoginPage(phone, base()).open().logInAs(DemoLogins.LEAD, DemoLogins.PASSWORD);
            Pages.open(phone, base() + "/chapter");
            phone.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard-institutions-grid")));
            assertThat(Pages.overflowsSideways(phone))
                    .as("the dashboard scrolls sideways at 360 px")
                    .isFalse();
            phone.screenshot("dashboard-360");
        }

        try (var admin = new BrowserSession(1280, 900)) {
            new LoginPage(admin, base()).open().logInAs(DemoLogins.ADMIN, DemoLogins.PASSWORD);
            Pages.open(admin, base() + "/chapter/national");
            var national = admin.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("national-grid")));
            admin.wait.until(driver -> national.getText().contains("TELCO"));
            assertThat(national.getText()).contains("Citizens Cymru Wales", "Needs attention");
            analyse(admin, "/chapter/national");

            long sam = jdbc.sql("select id from person where email = :e")
                    .param("e", DemoLogins.TRAINEE)
                    .query(Long.class)
                    .single();
            Pages.open(admin, base() + "/audit?person=" + sam);
            assertThat(admin.driver.findElement(By.id("audit-about")).getText()).contains("Everything Sam Patel did");
            var trail = admin.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-grid")));
            admin.wait.until(driver -> trail.getText().contains("Amira Okafor added Sam Patel"));
            assertThat(trail.getText()).contains("Sam Patel accepted their invitation and chose a password");
            assertThat(admin.driver.findElement(By.id("audit-csv")).getAttribute("href"))
                    .isNotBlank();
            analyse(admin, "/audit?person=…");
        }
        assertThat(violations).as("axe-core violations").isEmpty();
    }

    private String institutionHref(BrowserSession browser) {
        long id = jdbc.sql("select id from institution where name = 'Forest Gate Methodist Church'")
                .query(Long.class)
                .single();
        return "chapter/institutions/" + id;
    }

    private void analyse(BrowserSession browser, String where) {
        violations.addAll(Axe.violations(browser, where));
    }
}
