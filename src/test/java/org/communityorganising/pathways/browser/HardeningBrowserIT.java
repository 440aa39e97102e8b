package org.communityorganising.pathways.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalTime;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
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

/** What the hardening round found only a browser shows: downloads, a phone's screen, Welsh in Vaadin's own texts. */
@IntegrationTest
class HardeningBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private long todaysDemoSession() {
        return DemoDay.todaysSession(jdbc);
    }

    private void duringTodaysSession() {
        DemoDay.duringTodaysSession(clock);
    }

    @Test
    void aSignedInTraineeDownloadsASessionAsAnIcsFileThatParses() throws Exception {
        long session = todaysDemoSession();
        try (var browser = new BrowserSession(1280, 900)) {
            new LoginPage(browser, base()).open().logInAs(DemoLogins.TRAINEE, DemoLogins.PASSWORD);
            Pages.open(browser, base() + "/sessions/" + session);
            browser.wait
                    .until(ExpectedConditions.elementToBeClickable(By.id("session-ics")))
                    .click();
            var file = browser.downloads().resolve("session-" + session + ".ics");
            browser.wait
                    .withTimeout(Duration.ofSeconds(20))
                    .until(driver -> Files.exists(file) && file.toFile().length() > 0);
            var calendar = new CalendarBuilder().build(new StringReader(Files.readString(file)));
            java.util.List<VEvent> events = calendar.getComponents("VEVENT");
            assertThat(events).hasSize(1);
            assertThat(events.getFirst()
                            .getProperty(net.fortuna.ical4j.model.Property.SUMMARY)
                            .orElseThrow()
                            .getValue())
                    .contains("TELCO evening cohort");
        }
    }

    @Test
    void whileTheAppLoadsAPhoneShowsWhereItIsInsteadOfABlankPage() throws Exception {
        try (var phone = new BrowserSession(360, 740)) {
            // The person's own home, drawn from the page alone (decision 0028), saying it is loading.
            var drawing = homeWithoutTheClient(phone);
            assertThat(drawing.getText()).startsWith("Welcome, Sam\n").contains("TELCO evening cohort");
            assertThat(drawing.findElement(By.className("first-drawing-status")).isDisplayed())
                    .isTrue();
            assertThat(drawing.findElement(By.className("first-drawing-status")).getText())
                    .isEqualTo("Loading…");
            assertThat(Pages.overflowsSideways(phone)).isFalse();
            phone.screenshot("first-drawing-360");
            // It shows, it does not work: its calendar address (a text area, which could take
            // focus) takes neither focus nor a tap.
            assertThat(Pages.script(phone, """
                            const text = document.querySelector('.first-drawing .address-box-text');
                            text.scrollIntoView();
                            text.focus();
                            const focused = document.activeElement === text;
                            const box = text.getBoundingClientRect();
                            const tapped = document.elementFromPoint(box.x + 5, box.y + 5);
                            return [focused, text.contains(tapped)];""")).isEqualTo(java.util.List.of(false, false));
            Pages.script(phone, "document.querySelector('.first-drawing').scrollTop = 0");
            var drawnHeading = Pages.box(phone, ".first-drawing h1");

            // With the client, the live view replaces it where it was, and the app removes it.
            homeWithTheClient(phone);
            assertThat(phone.driver.findElements(By.className("first-drawing"))).isEmpty();
            assertSamePlace(Pages.box(phone, "#home-view h1"), drawnHeading, "top", "bottom", "left", "right");
        }
    }

    /** On a wide screen the drawn view lies beside where the drawer will be, as the live one does. */
    @Test
    void onAWideScreenTheDrawnHomeLiesWhereTheLiveOneWillBe() throws Exception {
        try (var desktop = new BrowserSession(1280, 800)) {
            homeWithoutTheClient(desktop);
            var drawnHeading = Pages.box(desktop, ".first-drawing h1");
            // The view as a whole: beside the drawer, as wide as the live one beside a scroll bar.
            var drawnView = Pages.box(desktop, ".first-drawing > main");

            homeWithTheClient(desktop);
            assertSamePlace(Pages.box(desktop, "#home-view h1"), drawnHeading, "top", "bottom", "left", "right");
            assertSamePlace(Pages.box(desktop, "#home-view"), drawnView, "top", "left", "right");
        }
    }

    /** The trainee's home as the page alone draws it: Vaadin's client held back, as on a slow network. */
    private org.openqa.selenium.WebElement homeWithoutTheClient(BrowserSession browser) throws Exception {
        new LoginPage(browser, base()).open().logInAs(DemoLogins.TRAINEE, DemoLogins.PASSWORD);
        browser.driver.executeCdpCommand("Network.enable", java.util.Map.of());
        // Nothing from the cache either: a browser kept from an earlier test has the client in it.
        browser.driver.executeCdpCommand("Network.setCacheDisabled", java.util.Map.of("cacheDisabled", true));
        browser.driver.executeCdpCommand(
                "Network.setBlockedURLs", java.util.Map.of("urls", java.util.List.of("*/VAADIN/*")));
        browser.driver.get(base() + "/");
        return browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("first-drawing")));
    }

    /** The same home with Vaadin's client let through, once the live view is drawn. */
    private void homeWithTheClient(BrowserSession browser) {
        browser.driver.executeCdpCommand("Network.setBlockedURLs", java.util.Map.of("urls", java.util.List.of()));
        browser.driver.executeCdpCommand("Network.setCacheDisabled", java.util.Map.of("cacheDisabled", false));
        Pages.open(browser, base() + "/");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
        Pages.waitForView(browser);
    }

    /**
     * The live element's sides lie where its drawn copy's lay, to half a pixel. (What lies below a
     * Vaadin component may not: the copy draws a component as its text.)
     */
    private static void assertSamePlace(
            java.util.Map<String, Number> live, java.util.Map<String, Number> drawn, String... sides) {
        for (String side : sides) {
            assertThat(live.get(side).doubleValue())
                    .as("the live %s against the drawn one's", side)
                    .isCloseTo(drawn.get(side).doubleValue(), org.assertj.core.data.Offset.offset(0.5));
        }
    }

    @Test
    void theRegisterFitsA360PixelPhoneWithTheFirstPersonOnTheFirstScreen() throws Exception {
        duringTodaysSession();
        long session = todaysDemoSession();
        try (var phone = new BrowserSession(360, 740)) {
            new LoginPage(phone, base()).open().logInAs(DemoLogins.TRAINER, DemoLogins.PASSWORD);
            Pages.open(phone, base() + "/sessions/" + session);
            phone.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".register-row")));
            assertThat(Pages.overflowsSideways(phone))
                    .as("nothing overflows sideways")
                    .isFalse();

            phone.screenshot("register-360");
            var firstChoices = Pages.box(phone, ".register-row .register-status");
            assertThat(firstChoices.get("bottom").doubleValue())
                    .as("the first person's buttons are on the first screen")
                    .isLessThanOrEqualTo(firstChoices.get("viewportHeight").doubleValue());
            var allPresent = Pages.box(phone, "#register-all-present");
            assertThat(allPresent.get("right").doubleValue())
                    .as("'mark everyone' stays on the screen")
                    .isLessThanOrEqualTo(allPresent.get("viewportWidth").doubleValue());
            var label = Pages.script(phone, """
                    const button = document.querySelector('#register-all-present');
                    const label = button.shadowRoot ? button.shadowRoot.querySelector('[part=label]') : button;
                    return [label.scrollWidth, label.clientWidth];""");
            var widths = (java.util.List<?>) label;
            assertThat(((Number) widths.get(0)).intValue())
                    .as("its label is not cut")
                    .isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
        }
    }

    @Test
    void theCalendarAddressAndItsCopyButtonStayInsideTheirCardAt360Pixels() throws Exception {
        try (var phone = new BrowserSession(360, 740)) {
            new LoginPage(phone, base()).open().logInAs(DemoLogins.TRAINEE, DemoLogins.PASSWORD);
            phone.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".calendar-address-row")));
            Pages.waitForView(phone);
            Pages.script(phone, "document.querySelector('.calendar-subscription').scrollIntoView()");
            phone.screenshot("calendar-360");
            assertThat(Pages.overflowsSideways(phone))
                    .as("nothing overflows sideways")
                    .isFalse();
            double card =
                    Pages.box(phone, ".calendar-subscription").get("right").doubleValue();
            for (String part : new String[] {"#calendar-address", "#calendar-copy"}) {
                assertThat(Pages.box(phone, part).get("right").doubleValue())
                        .as(part)
                        .isLessThanOrEqualTo(card);
            }
            var sizes = (java.util.List<?>) Pages.script(phone, """
                    const text = document.querySelector('#calendar-address');
                    const label = document.querySelector('label[for=calendar-address]');
                    return [text.scrollWidth, text.clientWidth, text.scrollHeight, text.clientHeight,
                            label.scrollWidth, label.clientWidth];""");
            assertThat(((Number) sizes.get(0)).intValue())
                    .as("the whole address fits its width")
                    .isLessThanOrEqualTo(((Number) sizes.get(1)).intValue());
            assertThat(((Number) sizes.get(2)).intValue())
                    .as("and its height: nothing to scroll to")
                    .isLessThanOrEqualTo(((Number) sizes.get(3)).intValue());
            assertThat(((Number) sizes.get(4)).intValue())
                    .as("its label is not cut")
                    .isLessThanOrEqualTo(((Number) sizes.get(5)).intValue());

            assertThat(Pages.script(phone, """
                            const help = document.getElementById(
                                document.querySelector('#calendar-address').getAttribute('aria-describedby'));
                            return help.textContent;"""))
                    .as("the address says what it is for")
                    .isEqualTo("To copy into your calendar app.");

            // Copy: on the clipboard where the browser allows it ...
            String address = (String) Pages.script(phone, "return document.querySelector('#calendar-address').value");
            assertThat(address).contains("/calendar/feed/").endsWith(".ics");
            phone.driver.executeCdpCommand(
                    "Browser.grantPermissions",
                    java.util.Map.of(
                            "permissions", java.util.List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
            Pages.click(phone, phone.driver.findElement(By.id("calendar-copy")));
            phone.wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".toast"), "Address copied"));
            assertThat(Pages.script(phone, "return navigator.clipboard.readText()"))
                    .isEqualTo(address);
            // The confirmation is the browser's own popover (decision 0032): shown over the page as
            // an alert, it fades by itself after four seconds and leaves the top layer.
            assertThat(
                            Pages.script(
                                    phone,
                                    "const t = document.querySelector('.toast'); return t.matches(':popover-open') + ' ' + t.getAttribute('role')"))
                    .isEqualTo("true alert");
            phone.wait
                    .withTimeout(java.time.Duration.ofSeconds(10))
                    .until(driver -> Boolean.TRUE.equals(
                            Pages.script(phone, "return !document.querySelector('.toast').matches(':popover-open')")));
            // ... and selected, to copy by hand, where it does not.
            Pages.script(phone, "Object.defineProperty(navigator, 'clipboard', {value: undefined})");
            Pages.click(phone, phone.driver.findElement(By.id("calendar-copy")));
            // The new notification takes the place of the faded one: read it in the page, where no
            // reference to the one replaced can go stale.
            phone.wait.until(driver -> String.valueOf(Pages.script(
                            phone, "return document.querySelector('.toast:popover-open')?.textContent ?? ''"))
                    .startsWith("Your browser did not allow copying"));
            assertThat(Pages.script(phone, """
                            const text = document.activeElement;
                            return text.id + ' ' + text.value.substring(text.selectionStart, text.selectionEnd);""")).isEqualTo("calendar-address " + address);
        }
    }

    @Test
    void aLeadImportsASpreadsheetOnA360PixelPhoneWithoutScrollingSideways() throws Exception {
        var file = java.nio.file.Files.createTempFile("telco-", ".csv");
        try (var phone = new BrowserSession(360, 740)) {
            java.nio.file.Files.writeString(
                    file,
                    "Name;E-mail;Phone;Institution;Roles\nRhiannon Price;rhiannon-" + System.nanoTime()
                            + "@example.org;07700 900555;Bow Community Mosque;Trainee\n");
            new LoginPage(phone, base()).open().logInAs(DemoLogins.LEAD, DemoLogins.PASSWORD);
            Pages.open(phone, base() + "/people/import");
            phone.driver
                    .findElement(By.id("import-upload"))
                    .getShadowRoot()
                    .findElement(By.cssSelector("input[type=file]"))
                    .sendKeys(file.toString());
            Pages.click(phone, phone.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-check"))));
            phone.wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("import-summary"), "One row: 1 new"));
            phone.screenshot("import-360");
            assertThat(Pages.overflowsSideways(phone))
                    .as("the preview fits 360 px")
                    .isFalse();
            assertThat(phone.driver.findElement(By.id("import-confirm")).getText())
                    .isEqualTo("Import one row into TELCO");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Test
    void beforeItOpensTheRegisterIsReadOnlyAndSaysWhenItOpens() throws Exception {
        DemoDay.at(clock, LocalTime.of(9, 0));
        long session = todaysDemoSession();
        try (var phone = new BrowserSession(360, 740)) {
            new LoginPage(phone, base()).open().logInAs(DemoLogins.TRAINER, DemoLogins.PASSWORD);
            Pages.open(phone, base() + "/sessions/" + session);
            var notOpen = phone.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register-not-open")));
            assertThat(notOpen.getText()).contains("18:15");
            assertThat(phone.driver.findElement(By.id("register-all-present")).getDomAttribute("disabled"))
                    .isNotNull();
            assertThat(phone.driver
                            .findElement(By.cssSelector(".register-row fieldset.register-status"))
                            .getDomProperty("disabled"))
                    .isEqualTo("true");
            assertThat(phone.driver
                            .findElement(By.cssSelector(".register-row input.register-remark"))
                            .getDomAttribute("readonly"))
                    .isNotNull();
        }
    }

    @Test
    void unknownAddressesShowTheAppsOwnPageNotFoundSignedInOrNotInBothLanguages() throws Exception {
        try (var browser = new BrowserSession(1280, 900)) {
            Pages.open(browser, base() + "/no-such-page");
            assertThat(Pages.heading(browser)).isEqualTo("Page not found");
            assertThat(browser.driver.findElements(By.cssSelector(".view-toolbar-toggle")))
                    .as("no menu button without a menu")
                    .noneMatch(org.openqa.selenium.WebElement::isDisplayed);
            new LoginPage(browser, base()).open().logInAs(DemoLogins.TRAINEE, DemoLogins.PASSWORD);
            for (String path : new String[] {
                "/no-such-page", "/check-in/999999/123456", "/sessions/99999999999999999999999", "/people"
            }) {
                Pages.open(browser, base() + path);
                assertThat(Pages.heading(browser)).as(path).isEqualTo("Page not found");
            }
        }
        try (var welsh = new BrowserSession(1280, 900, "cy")) {
            Pages.open(welsh, base() + "/no-such-page");
            assertThat(Pages.heading(welsh)).isEqualTo("Heb ddod o hyd i’r dudalen");
        }
    }

    @Test
    void inWelshVaadinsOwnTextsAreWelshAndWeeksStartOnMonday() throws Exception {
        try (var browser = new BrowserSession(1280, 900)) {
            // The sign-in page is served in the language chosen on it, and the app follows the choice.
            new LoginPage(browser, base()).open().switchLanguage();
            browser.wait.until(driver -> "cy".equals(Pages.script(browser, "return document.documentElement.lang")));
            assertThat(new LoginPage(browser, base()).isShown()).isTrue();
            assertThat(browser.driver
                            .findElement(By.cssSelector("label[for='password']"))
                            .getText())
                    .isEqualTo("Cyfrinair");
            assertThat(browser.driver.findElement(By.id("login-language")).getText())
                    .isEqualTo("English");
            new LoginPage(browser, base()).logInAs(DemoLogins.TRAINER, DemoLogins.PASSWORD);
            assertThat(Pages.script(browser, "return window.Vaadin.connectionIndicator.offlineText"))
                    .isEqualTo("Collwyd y cysylltiad");

            Pages.open(browser, base() + "/cohorts");
            Pages.click(browser, browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cohorts-new"))));
            var picker = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cohort-starts-on")));
            assertThat(Pages.strings(Pages.script(browser, "return arguments[0].i18n.monthNames", picker)))
                    .startsWith("Ionawr", "Chwefror");
            assertThat(Pages.script(browser, "return arguments[0].i18n.firstDayOfWeek", picker))
                    .isEqualTo(1L);
            assertThat(Pages.script(browser, "return arguments[0].i18n.today", picker))
                    .isEqualTo("Heddiw");
            assertThat(Pages.script(browser, "return arguments[0].i18n.cancel", picker))
                    .isEqualTo("Canslo");

            long cohort = DemoDay.cohort(jdbc);
            Pages.open(browser, base() + "/cohorts/" + cohort);
            var upload = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("enrolment-csv")));
            assertThat(Pages.script(browser, "return arguments[0].i18n.file.remove", upload))
                    .isEqualTo("Tynnu");
        }
    }

    @Test
    void aCsvOverTheLimitIsRefusedWithAReasonNotIgnored() throws Exception {
        var big = java.nio.file.Files.createTempFile("enrol", ".csv");
        try (var browser = new BrowserSession(1280, 900)) {
            java.nio.file.Files.write(big, ("email\n" + "x".repeat(1100 * 1024)).getBytes());
            new LoginPage(browser, base()).open().logInAs(DemoLogins.TRAINER, DemoLogins.PASSWORD);
            Pages.open(browser, base() + "/cohorts/" + DemoDay.cohort(jdbc));
            var upload = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("enrolment-csv")));
            upload.getShadowRoot()
                    .findElement(By.cssSelector("input[type=file]"))
                    .sendKeys(big.toString());
            // Read once it is shown: a notification fades in from transparent, which Selenium reads as no text.
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".toast:popover-open"), "The file is too large (at most 1,024 KB)."));
            assertThat(Pages.script(browser, "return document.querySelector('.toast:popover-open').textContent"))
                    .isEqualTo("The file is too large (at most 1,024 KB).");
        } finally {
            java.nio.file.Files.deleteIfExists(big);
        }
    }

    @Test
    void enterInADateFieldChoosesTheDateAndDoesNotSaveTheForm() throws Exception {
        try (var browser = new BrowserSession(1280, 900)) {
            new LoginPage(browser, base()).open().logInAs(DemoLogins.TRAINER, DemoLogins.PASSWORD);
            Pages.open(browser, base() + "/cohorts");
            String heading = Pages.heading(browser);
            Pages.click(browser, browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cohorts-new"))));
            var course = browser.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#cohort-course input")));
            course.sendKeys("Learning Thursdays");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-combo-box-item")));
            course.sendKeys(org.openqa.selenium.Keys.ENTER);
            browser.driver.findElement(By.cssSelector("#cohort-name input")).sendKeys("Enter test cohort");
            var first = browser.driver.findElement(By.cssSelector("#cohort-starts-on input"));
            first.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "11/01/2027");
            first.sendKeys(org.openqa.selenium.Keys.ENTER);
            var last = browser.driver.findElement(By.cssSelector("#cohort-ends-on input"));
            last.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "31/03/2027");
            last.sendKeys(org.openqa.selenium.Keys.ENTER);
            Pages.waitForView(browser);
            Thread.sleep(500);

            assertThat(browser.driver.findElements(By.id("cohort-name")))
                    .as("the dialog is still open")
                    .isNotEmpty();
            assertThat(Pages.heading(browser)).as("no cohort page opened").isEqualTo(heading);
            assertThat(Pages.script(browser, "return document.querySelector('#cohort-ends-on').value"))
                    .isEqualTo("2027-03-31");
            assertThat(jdbc.sql("select count(*) from cohort where name = 'Enter test cohort'")
                            .query(Long.class)
                            .single())
                    .isZero();
        }
    }

    @Autowired
    org.communityorganising.pathways.support.TestData data;

    @Autowired
    org.communityorganising.pathways.support.SignIn signIn;

    @Autowired
    org.communityorganising.pathways.people.PeopleService people;

    @Test
    void aTrainerWhoseRoleIsRemovedIsTurnedAwayOnTheNextTap() throws Exception {
        duringTodaysSession();
        long session = todaysDemoSession();
        String trainer = data.personWithLogin("TELCO", "TRAINER");
        long trainerId = data.personId(trainer);
        jdbc.sql(
                        "insert into cohort_trainer (cohort_id, person_id) select id, :person from cohort where name = 'TELCO evening cohort'")
                .param("person", trainerId)
                .update();
        try (var phone = new BrowserSession(360, 740)) {
            new LoginPage(phone, base()).open().logInAs(trainer, DemoLogins.PASSWORD);
            Pages.open(phone, base() + "/sessions/" + session);
            var firstChoice = phone.wait.until(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector(".register-row .register-choice")));

            signIn.as(DemoLogins.LEAD);
            var form = people.load(trainerId);
            people.update(
                    trainerId,
                    new org.communityorganising.pathways.people.PersonForm(
                            form.fullName(),
                            form.email(),
                            form.phone(),
                            form.chapterId(),
                            null,
                            java.util.Set.of("TRAINEE"),
                            form.version()));
            org.communityorganising.pathways.support.SignIn.out();

            long marksBefore = jdbc.sql("select count(*) from attendance_mark where session_id = :s")
                    .param("s", session)
                    .query(Long.class)
                    .single();
            Pages.click(phone, firstChoice);
            assertThat(new LoginPage(phone, base()).isShown())
                    .as("sent to the login page")
                    .isTrue();
            assertThat(jdbc.sql("select count(*) from attendance_mark where session_id = :s")
                            .param("s", session)
                            .query(Long.class)
                            .single())
                    .as("the tap saved nothing")
                    .isEqualTo(marksBefore);
        } finally {
            jdbc.sql("delete from cohort_trainer where person_id = :person")
                    .param("person", trainerId)
                    .update();
        }
    }

    @Test
    void aTraineeDownloadsTheirDataAndFindsTheirMarksInIt() throws Exception {
        try (var browser = new BrowserSession(1280, 900)) {
            new LoginPage(browser, base()).open().logInAs(DemoLogins.TRAINEE, DemoLogins.PASSWORD);
            Pages.open(browser, base() + "/my-data");
            browser.wait
                    .until(ExpectedConditions.elementToBeClickable(By.id("data-json")))
                    .click();
            long me = data.personId(DemoLogins.TRAINEE);
            var file = browser.downloads().resolve("pathways-my-data-" + me + ".json");
            browser.wait
                    .withTimeout(Duration.ofSeconds(20))
                    .until(driver -> Files.exists(file) && file.toFile().length() > 0);
            var json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(Files.readString(file));
            assertThat(json.get("modules").get("attendance").get("marks").size())
                    .isGreaterThanOrEqualTo(1);
            assertThat(json.get("modules")
                            .get("people")
                            .get("profile")
                            .get(0)
                            .get("name")
                            .asString())
                    .isEqualTo("Sam Patel");
        }
    }
}
