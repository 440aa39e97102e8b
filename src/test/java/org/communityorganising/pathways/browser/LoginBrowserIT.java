package org.communityorganising.pathways.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Real logins in headless Chromium, under the real Content-Security-Policy. */
@IntegrationTest
class LoginBrowserIT {

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = new BrowserSession(1280, 900);
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        browser.close();
    }

    @AfterEach
    void noContentSecurityPolicyViolations() {
        assertThat(browser.consoleMessages())
                .as("browser console")
                .noneMatch(message -> message.contains("Content Security Policy") || message.contains("Refused to"));
        browser.driver.manage().deleteAllCookies();
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    @ParameterizedTest(name = "{0} logs in, sees their menu and logs out")
    @CsvSource(delimiter = '|', textBlock = """
            trainee@demo.pathways | Home, My path, Leadership ladder
            trainer@demo.pathways | Home, My path, Cohorts, Courses, Actions, Review practice, Accredited routes, Mentoring, Listening, Leadership ladder
            lead@demo.pathways    | Home, Chapter at a glance, My path, Cohorts, Courses, Actions, Review practice, Promotions, Accredited routes, Mentoring, Listening, People, Institutions, Leadership ladder
            admin@demo.pathways   | Home, Chapter at a glance, My path, Cohorts, Courses, Actions, Review practice, Promotions, Accredited routes, Mentoring, Listening, Chapters, People, Institutions, Leadership ladder, Audit trail
            """)
    void eachDemoRoleLogsInSeesItsMenuAndLogsOut(String email, String menu) {
        var shell = new LoginPage(browser, baseUrl()).open().logInAs(email, DemoLogins.PASSWORD);
        assertThat(shell.heading()).startsWith("Welcome, ");
        assertThat(shell.menuEntries()).containsExactly(menu.split(", "));

        // Every view this role may open renders under the policy (checked after each test).
        for (String entry : menu.split(", ")) {
            shell.openMenuEntry(entry);
            assertThat(shell.heading()).isNotBlank();
        }

        var login = shell.logOut(baseUrl());
        assertThat(login.isShown()).isTrue();
        browser.driver.get(baseUrl() + "/");
        assertThat(new LoginPage(browser, baseUrl()).isShown())
                .as("logged out for real")
                .isTrue();
    }

    @Test
    void theUserMenuOpensFromTheKeyboardClosesOnEscapeAndItsLinksAreReachedWithTab() {
        new LoginPage(browser, baseUrl()).open().logInAs(DemoLogins.TRAINEE, DemoLogins.PASSWORD);
        var button = browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("user-menu")));
        assertThat(button.getDomAttribute("popovertarget")).isEqualTo("user-menu-list");
        // On a wide screen the drawer stands beside the view, and there is no button to open it.
        assertThat(browser.driver.findElement(By.id("main-nav")).isDisplayed()).isTrue();
        assertThat(browser.driver
                        .findElement(By.cssSelector(".view-toolbar-toggle"))
                        .isDisplayed())
                .isFalse();
        Pages.script(browser, "arguments[0].focus()", button);
        browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("my-data")));
        assertThat(Pages.script(browser, "return document.getElementById('user-menu-list').matches(':popover-open')"))
                .isEqualTo(true);
        // The languages say which one is chosen.
        assertThat(browser.driver.findElement(By.id("language-en")).getDomAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(browser.driver.findElement(By.id("language-cy")).getDomAttribute("aria-pressed"))
                .isEqualTo("false");

        // Escape closes it and gives the button its focus back.
        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("my-data")));
        assertThat(Pages.script(browser, "return document.activeElement.id")).isEqualTo("user-menu");

        // Open again; Tab goes on into it, through its items; Enter follows a link, and the menu closes.
        browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("my-data")));
        for (int step = 0;
                step < 8 && !"my-data".equals(Pages.script(browser, "return document.activeElement.id"));
                step++) {
            browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertThat(Pages.script(browser, "return document.activeElement.id")).isEqualTo("my-data");
        browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.wait.until(driver -> driver.getCurrentUrl().endsWith("/my-data"));
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("user-menu-list")));
    }

    /**
     * On a phone the menu is a drawer over the page that the toolbar's button opens; a tap beside it
     * only closes it, and a link in it closes it too.
     */
    @Test
    void onAPhoneTheMenuOpensOverThePageATapBesideItOnlyClosesItAndALinkInItClosesIt() throws Exception {
        try (var phone = new BrowserSession(360, 740)) {
            new LoginPage(phone, baseUrl()).open().logInAs(DemoLogins.TRAINEE, DemoLogins.PASSWORD);
            Pages.waitForView(phone);
            assertThat(phone.driver.findElement(By.id("main-nav")).isDisplayed())
                    .as("closed at first")
                    .isFalse();
            assertThat(Pages.overflowsSideways(phone)).as("fits 360 px").isFalse();
            // A session's link, in the middle of the screen: the tap beside the drawer will land on it.
            var point = (java.util.List<?>) Pages.script(phone, """
                    const link = document.querySelector('a.session-link');
                    link.scrollIntoView({block: 'center'});
                    const r = link.getBoundingClientRect();
                    return [Math.round(r.right - 12), Math.round(r.top + r.height / 2)];""");
            int x = ((Number) point.get(0)).intValue();
            int y = ((Number) point.get(1)).intValue();
            assertThat(Pages.script(
                            phone, "return !!document.elementFromPoint(arguments[0], arguments[1]).closest('a')", x, y))
                    .isEqualTo(true);
            var toggle = phone.driver.findElement(By.cssSelector(".view-toolbar-toggle"));
            Pages.click(phone, toggle);
            phone.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("main-nav")));
            assertThat(Axe.violations(phone, "/ (the drawer open on a phone)")).isEmpty();

            // Beside the drawer lies the session's link: the tap closes the drawer and follows nothing.
            assertThat(x)
                    .isGreaterThan(((Number) Pages.script(
                                    phone, "return document.getElementById('drawer').getBoundingClientRect().right"))
                            .intValue());
            new org.openqa.selenium.interactions.Actions(phone.driver)
                    .moveToLocation(x, y)
                    .click()
                    .perform();
            phone.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("main-nav")));
            Pages.waitForView(phone);
            assertThat(phone.driver.getCurrentUrl()).endsWith("/");
            assertThat(Pages.heading(phone)).isEqualTo("Welcome, Sam");

            Pages.click(phone, toggle);
            var link = phone.wait.until(
                    ExpectedConditions.elementToBeClickable(By.cssSelector("#main-nav a[href='my-path']")));
            Pages.click(phone, link);
            phone.wait.until(driver -> driver.getCurrentUrl().endsWith("/my-path"));
            phone.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("main-nav")));
            assertThat(Pages.heading(phone)).isEqualTo("My path");
        }
    }

    @Test
    void onAPhoneTheSignInPageFitsAndTheLanguageChosenThereCarriesIntoTheApp() throws Exception {
        try (var phone = new BrowserSession(360, 740)) {
            var login = new LoginPage(phone, baseUrl()).open();
            assertThat(Pages.overflowsSideways(phone)).as("fits 360 px").isFalse();
            login.switchLanguage();
            phone.wait.until(driver -> "cy".equals(Pages.script(phone, "return document.documentElement.lang")));
            assertThat(Pages.overflowsSideways(phone))
                    .as("fits 360 px in Welsh")
                    .isFalse();
            var shell = new LoginPage(phone, baseUrl()).logInAs(DemoLogins.TRAINEE, DemoLogins.PASSWORD);
            assertThat(shell.heading()).startsWith("Croeso, ");
        }
    }

    @Test
    void onAPhoneThePasswordCanBeShownWhileTypedAndIsSentAsAPassword() throws Exception {
        try (var phone = new BrowserSession(360, 740)) {
            new LoginPage(phone, baseUrl()).open();
            // Before its script runs the button is invisible but in its place: the card is centred,
            // so a button appearing later would move the whole form (Lighthouse counted CLS 0.019).
            var withScript = Pages.box(phone, "#password").get("top");
            Pages.script(phone, "document.getElementById('password-show').removeAttribute('data-ready')");
            assertThat(phone.driver
                            .findElement(org.openqa.selenium.By.id("password-show"))
                            .isDisplayed())
                    .isFalse();
            assertThat(Pages.box(phone, "#password").get("top"))
                    .as("the field where it is once the script has run")
                    .isEqualTo(withScript);

            new LoginPage(phone, baseUrl()).open();
            var password = phone.driver.findElement(org.openqa.selenium.By.id("password"));
            var show = phone.driver.findElement(org.openqa.selenium.By.id("password-show"));
            assertThat(show.isDisplayed()).isTrue();
            assertThat(show.getAccessibleName()).isEqualTo("Show password");
            password.sendKeys(DemoLogins.PASSWORD);

            show.click();
            assertThat(password.getDomProperty("type")).isEqualTo("text");
            assertThat(show.getDomAttribute("aria-pressed")).isEqualTo("true");
            // From the keyboard: Space on the button hides it again.
            show.sendKeys(org.openqa.selenium.Keys.SPACE);
            assertThat(password.getDomProperty("type")).isEqualTo("password");
            assertThat(show.getDomAttribute("aria-pressed")).isEqualTo("false");
            assertThat(Pages.overflowsSideways(phone)).as("fits 360 px").isFalse();

            // Shown, then sent: the browser is handed a password field, which it offers to save.
            show.click();
            Pages.script(phone, """
                    document.querySelector('form').addEventListener('submit', () => sessionStorage.setItem(
                        'typeWhenSent', document.getElementById('password').type));""");
            phone.driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(DemoLogins.TRAINEE);
            password.sendKeys(org.openqa.selenium.Keys.ENTER);
            phone.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                    org.openqa.selenium.By.id("main-nav")));
            assertThat(Pages.script(phone, "return sessionStorage.getItem('typeWhenSent')"))
                    .isEqualTo("password");
        }
    }

    @Test
    void aWrongPasswordShowsTheGenericError() {
        var login = new LoginPage(browser, baseUrl()).open().tryLogIn(DemoLogins.TRAINEE, "not-the-password");
        assertThat(login.errorMessage()).contains("Check your e-mail and password");
        var unknown = new LoginPage(browser, baseUrl()).open().tryLogIn("nobody@example.org", "whatever");
        assertThat(unknown.errorMessage())
                .as("same words for an unknown account")
                .isEqualTo(login.errorMessage());
    }
}
