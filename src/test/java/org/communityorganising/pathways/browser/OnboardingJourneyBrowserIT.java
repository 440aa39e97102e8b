package org.communityorganising.pathways.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.Workbooks;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Journey 5, as a new user would do it: the administrator onboards Citizens Cymru Wales from an
 * XLSX of 40 people and 12 institutions with three bad rows, corrects one column's mapping,
 * confirms and finds the invitations in the demo's mailbox; one invited person opens theirs on a
 * 360 px phone, chooses a password in Welsh and lands on their home; later they forget it and reset
 * it from the login page.
 */
@IntegrationTest
class OnboardingJourneyBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void aChapterFromASpreadsheetThenInvitedOnAPhoneInWelshThenForgottenAndReset() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        String email = "gwen-" + run + "@example.org";
        Path file = Files.createTempFile("cymru-", ".xlsx");
        Files.write(file, chapterWorkbook(run, email));
        try (var admin = new BrowserSession(1280, 900)) {
            new LoginPage(admin, base()).open().logInAs(DemoLogins.ADMIN, DemoLogins.PASSWORD);
            Pages.open(admin, base() + "/people/import");
            Pages.click(admin, admin.driver.findElement(By.id("import-chapter")));
            Pages.click(
                    admin, admin.wait.until(driver -> item(driver, "vaadin-combo-box-item", "Citizens Cymru Wales")));
            admin.driver
                    .findElement(By.id("import-upload"))
                    .getShadowRoot()
                    .findElement(By.cssSelector("input[type=file]"))
                    .sendKeys(file.toString());

            // "Cyswllt" (contact) is not a header Pathways knows: the administrator says it is the phone.
            var contact = admin.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-column-2")));
            assertThat(contact.getText()).contains("Do not import");
            Pages.click(admin, contact);
            Pages.click(admin, admin.wait.until(driver -> item(driver, "vaadin-select-item", "Phone")));
            Pages.click(admin, admin.driver.findElement(By.id("import-check")));
            admin.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("import-summary"), "40 rows: 37 new, 0 to update, 0 unchanged, 3 cannot be imported."));
            Pages.click(admin, admin.driver.findElement(By.id("import-only-problems")));
            admin.wait.until(
                    driver -> driver.findElement(By.id("import-rows")).getText().contains("Row 40"));
            assertThat(admin.driver.findElement(By.id("import-rows")).getText())
                    .contains("holds a formula")
                    .contains("is not an e-mail address")
                    .contains("is not a role");
            assertThat(Axe.violations(admin, "/people/import preview")).isEmpty();

            Pages.click(admin, admin.driver.findElement(By.id("import-confirm")));
            admin.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("import-outcome-summary"),
                    "Added 37, updated 0, invitations sent 37, institutions created 8; not imported 3."));
            // The download is fetched by the browser itself, with its session: what a click would save.
            String outcome = (String)
                    ((org.openqa.selenium.JavascriptExecutor) admin.driver)
                            .executeAsyncScript(
                                    "const done = arguments[arguments.length - 1];"
                                            + "fetch(document.querySelector('#import-outcome-csv').href).then(r => r.text()).then(done);");
            assertThat(outcome)
                    .contains("Row,E-mail,Name,Outcome")
                    .contains("Invitation sent")
                    .contains("Not imported")
                    .as("the formula someone typed is text in the outcome, never a formula")
                    .contains("\"'=HYPERLINK(");
        } finally {
            Files.deleteIfExists(file);
        }
        assertThat(jdbc.sql("select phone from person where email = :e")
                        .param("e", email)
                        .query(String.class)
                        .single())
                .as("the corrected column was imported")
                .isEqualTo("07700 900301");

        try (var phone = new BrowserSession(360, 740)) {
            openMailAndFollow(phone, email, "Gwahoddiad i Pathways");
            var heading = phone.wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
            assertThat(heading.getText()).isEqualTo("Dewiswch eich cyfrinair");
            assertThat(Pages.overflowsSideways(phone)).as("fits 360 px").isFalse();
            phone.wait.until(
                    driver -> "Dangos y cyfrinair"
                            .equals(
                                    Pages.script(
                                            phone,
                                            "const f = document.getElementById('choose-password'); return f && f.i18n && f.i18n.reveal")));
            choose(phone, "tri chrëyr glas ar y wawr");
            phone.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
            assertThat(Pages.heading(phone)).isEqualTo("Croeso, Gwen");

            phone.driver.manage().deleteAllCookies();
            new LoginPage(phone, base()).open().forgotPassword();
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

    /**
     * 40 people of 12 institutions (four the chapter has, written as people type them; eight new),
     * with a column of phone numbers under a header nobody taught Pathways, and three bad rows.
     */
    private static byte[] chapterWorkbook(String run, String gwen) {
        List<String> institutions = new ArrayList<>(List.of(
                "eglwys dewi sant,  caerdydd",
                "YSGOL GLANTAF",
                "Cardiff University Students' Union",
                "Grangetown Community Action"));
        for (int i = 1; i <= 8; i++) {
            institutions.add("Capel " + i + " " + run);
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Enw", "E-bost", "Cyswllt", "Sefydliad", "Math o sefydliad", "Rolau", "Iaith"));
        rows.add(List.of("Gwen Jones", gwen, "07700 900301", institutions.get(0), "", "Hyfforddai", "Cymraeg"));
        for (int i = 2; i <= 37; i++) {
            rows.add(List.of(
                    "Person " + i,
                    "cymru-" + i + "-" + run + "@example.org",
                    "",
                    institutions.get(i % institutions.size()),
                    "Grŵp ffydd",
                    "",
                    i % 2 == 0 ? "Cymraeg" : "English"));
        }
        rows.add(List.of("=HYPERLINK(\"http://evil.example\")", "bad1-" + run + "@example.org", "", "", "", "", ""));
        rows.add(List.of("No Address", "not an address", "", "", "", "", ""));
        rows.add(List.of("Bishop", "bad3-" + run + "@example.org", "", "", "", "Esgob", ""));
        return Workbooks.xlsx(rows);
    }

    private static org.openqa.selenium.WebElement item(org.openqa.selenium.WebDriver driver, String tag, String label) {
        @SuppressWarnings("unchecked")
        var found = (List<org.openqa.selenium.WebElement>) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                        "return Array.from(document.querySelectorAll(arguments[0]))"
                                + ".filter(i => i.textContent.trim() === arguments[1] && i.checkVisibility())",
                        tag,
                        label);
        return found == null || found.isEmpty() ? null : found.getFirst();
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
