package org.communityorganising.pathways.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * axe-core (WCAG 2.1 A and AA) over every view of the app, as each role sees it, and over the
 * forms people fill in. A new violation anywhere fails the build, with the rule and the element.
 */
@IntegrationTest
class AccessibilityBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    private final List<String> violations = new ArrayList<>();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void everyViewPassesAxeCoreForEveryRole() throws Exception {
        // During today's demo session, so that the register is open and fully drawn.
        DemoDay.duringTodaysSession(clock);
        long cohort = DemoDay.cohort(jdbc);
        long today = DemoDay.todaysSession(jdbc);
        long trainee = id("select id from person where email = 'trainee@demo.pathways'");

        try (var browser = new BrowserSession(1280, 900)) {
            // The sign-in page is plain HTML, without Vaadin: as it first shows, and after a failure.
            new LoginPage(browser, base()).open();
            analyse(browser, "/login");
            new LoginPage(browser, base()).open().tryLogIn("nobody@example.org", "not-a-password");
            analyse(browser, "/login?error");
            check(browser, "/no-such-page");
            check(browser, "/forgot-password");
            check(browser, "/mailbox");
            check(browser, "/invitation/not-a-link-that-works-aaaaaaaaaaaaaaaaaaaaaaaaaa");

            new LoginPage(browser, base()).open().logInAs(DemoLogins.TRAINEE, DemoLogins.PASSWORD);
            for (String path : List.of("/", "/ladder", "/sessions/" + today, "/my-data", "/my-path")) {
                check(browser, path);
            }
            Pages.click(
                    browser, browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("practice-log"))));
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("practice-kind")));
            Pages.waitForView(browser);
            analyse(browser, "/my-path + Log practice dialog");
            Pages.open(browser, base() + "/");
            new MainShell(browser).logOut(base());

            new LoginPage(browser, base()).open().logInAs(DemoLogins.TRAINER, DemoLogins.PASSWORD);
            for (String path : List.of(
                    "/",
                    "/cohorts",
                    "/cohorts/" + cohort,
                    "/courses",
                    "/sessions/" + today,
                    "/cohorts/" + cohort + "/attendance",
                    "/people/" + trainee + "/attendance",
                    "/practice-review",
                    "/my-path")) {
                check(browser, path);
            }
            Pages.open(browser, base() + "/cohorts");
            Pages.click(browser, browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cohorts-new"))));
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cohort-starts-on")));
            Pages.waitForView(browser);
            analyse(browser, "/cohorts + Plan a cohort dialog");
            Pages.open(browser, base() + "/");
            Pages.click(browser, browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu"))));
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("change-password")));
            analyse(browser, "User menu open");
            Pages.click(
                    browser, browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("change-password"))));
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-current")));
            Pages.waitForView(browser);
            analyse(browser, "Change my password page");
            Pages.open(browser, base() + "/");
            new MainShell(browser).logOut(base());

            // A request waiting in TELCO, so that the queue and a request's page are drawn in full.
            long request = id("""
                    insert into promotion_request (person_id, from_tier_id, to_tier_id, approvals_needed, snapshot, requested_at)
                    select p.id, (select id from tier where rank = 0), (select id from tier where rank = 1), 1,
                           '{"tierRank":1,"results":[]}', now()
                    from person p where p.email = 'ibrahim.diallo@demo.pathways'
                    and not exists (select 1 from promotion_request r where r.person_id = p.id and r.status = 'PENDING')
                    returning id""");
            new LoginPage(browser, base()).open().logInAs(DemoLogins.LEAD, DemoLogins.PASSWORD);
            for (String path : List.of("/", "/promotions", "/promotions/" + request, "/chapter")) {
                check(browser, path);
            }
            new MainShell(browser).logOut(base());

            new LoginPage(browser, base()).open().logInAs(DemoLogins.ADMIN, DemoLogins.PASSWORD);
            for (String path : List.of(
                    "/",
                    "/chapters",
                    "/institutions",
                    "/courses",
                    "/people/" + trainee + "/data",
                    "/audit",
                    "/people/import",
                    "/people")) {
                check(browser, path);
            }
            Pages.click(browser, browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("people-new"))));
            // The dialog's fields, drawn and settled, before axe looks.
            browser.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#person-roles vaadin-checkbox")));
            Pages.waitForView(browser);
            analyse(browser, "/people + Add person dialog");
        }
        assertThat(violations).as("axe-core violations").isEmpty();
    }

    private void check(BrowserSession browser, String path) {
        Pages.open(browser, base() + path);
        if (path.equals("/chapter")) {
            // Figures over a minute old are redrawn after the first drawing: look at the settled page.
            browser.wait.until(driver ->
                    !driver.findElement(By.id("dashboard-as-of")).getText().contains("updating"));
        }
        analyse(browser, path);
    }

    private void analyse(BrowserSession browser, String where) {
        violations.addAll(Axe.violations(browser, where));
    }
}
