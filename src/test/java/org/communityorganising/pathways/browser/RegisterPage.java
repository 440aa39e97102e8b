package org.communityorganising.pathways.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Page object of a session's register, named after what a trainer does with it. */
final class RegisterPage {

    private final BrowserSession browser;
    private int taps;

    RegisterPage(BrowserSession browser) {
        this.browser = browser;
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("register")));
        // The page arrives with the register's frame; its cards are drawn by the browser after, the
        // first at once and the rest a few at a frame, the list busy until the last (decision 0029).
        browser.wait.until(
                driver -> !driver.findElements(By.cssSelector(".register-list:not([aria-busy]) .register-row"))
                        .isEmpty());
    }

    int taps() {
        return taps;
    }

    /** Whether any card shows the walk-in badge. */
    boolean showsAWalkInBadge() {
        return browser.driver.findElements(By.cssSelector(".register-row .badge")).stream()
                .anyMatch(org.openqa.selenium.WebElement::isDisplayed);
    }

    /** The people's names, card by card, as drawn. */
    java.util.List<String> names() {
        return browser.driver.findElements(By.cssSelector(".register-row .register-name")).stream()
                .map(name -> name.getDomProperty("textContent"))
                .toList();
    }

    RegisterPage markEveryoneNotYetMarkedPresent() {
        tap(browser.driver.findElement(By.id("register-all-present")));
        browser.wait.until(driver -> !driver.findElements(By.cssSelector(".register-row[data-status='PRESENT']"))
                        .isEmpty()
                && driver.findElements(By.cssSelector(".register-row[data-status='none']"))
                        .isEmpty());
        return this;
    }

    RegisterPage choose(String person, String status) {
        tapChoice(person, status);
        browser.wait.until(driver -> state(person).startsWith("Saved"));
        return this;
    }

    /** A choice made after someone else changed the mark: their newer mark wins and is shown. */
    RegisterPage chooseTooLate(String person, String status) {
        tapChoice(person, status);
        browser.wait.until(driver -> !row(person)
                .findElements(By.cssSelector(".register-state.register-conflict"))
                .isEmpty());
        return this;
    }

    private void tapChoice(String person, String status) {
        var choice = row(person).findElements(By.cssSelector("label.register-choice")).stream()
                .filter(radio ->
                        status.equals(radio.getDomProperty("textContent").strip()))
                .findFirst()
                .orElseThrow();
        tap(choice);
    }

    /** Types a remark on a card not yet marked: it waits for the choice, which saves it too. */
    RegisterPage typeRemark(String person, String text) {
        var field = row(person).findElement(By.cssSelector("input.register-remark"));
        tap(field);
        field.sendKeys(text);
        field.sendKeys(org.openqa.selenium.Keys.TAB);
        return this;
    }

    RegisterPage remark(String person, String text) {
        var field = row(person).findElement(By.cssSelector("input.register-remark"));
        tap(field);
        field.sendKeys(text);
        field.sendKeys(org.openqa.selenium.Keys.TAB);
        browser.wait.until(driver -> state(person).startsWith("Saved"));
        return this;
    }

    String statusOf(String person) {
        return row(person).getDomAttribute("data-status");
    }

    /** A key pressed on the card's chosen radio button, as a keyboard user would, until it is saved. */
    RegisterPage pressOnChoice(String person, CharSequence... key) {
        String before = statusOf(person);
        var chosen = row(person).findElement(By.cssSelector("input[type=radio]:checked"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", chosen);
        browser.driver.switchTo().activeElement().sendKeys(key);
        // The saved mark, not the card's words: two saves in the same minute read the same.
        browser.wait.until(
                driver -> !statusOf(person).equals(before) && state(person).startsWith("Saved"));
        return this;
    }

    /** Keys pressed on the card's chosen radio button, then waiting until any choice they made is sent and answered. */
    RegisterPage pressAndSettle(String person, CharSequence... keys) {
        var chosen = row(person).findElement(By.cssSelector("input[type=radio]:checked"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", chosen);
        browser.driver.switchTo().activeElement().sendKeys(keys);
        var choices = row(person).findElement(By.cssSelector("fieldset.register-status"));
        browser.wait.until(driver -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                        "return arguments[0].pendingMark === undefined && Object.values(window.Vaadin.Flow.clients)"
                                + ".every(c => !c.isActive || !c.isActive())",
                        choices)));
        return this;
    }

    /**
     * A key pressed on the card's chosen radio button and, while the choice waits to be sent, the
     * page hidden (as when the phone locks or the tab is closed): true when the choice was waiting
     * and was then sent at once. Waits until it is saved.
     */
    boolean pressAndHide(String person, CharSequence key) {
        String before = statusOf(person);
        var choices = pressAndHold(person, key);
        boolean sentOnHide = Boolean.TRUE.equals(Pages.script(browser, """
                const choices = arguments[0];
                const waiting = choices.pendingMark !== undefined;
                Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => 'hidden'});
                document.dispatchEvent(new Event('visibilitychange'));
                delete document.visibilityState;
                return waiting && choices.pendingMark === undefined;""", choices));
        release();
        browser.wait.until(
                driver -> !statusOf(person).equals(before) && state(person).startsWith("Saved"));
        return sentOnHide;
    }

    /**
     * A key pressed on the card's chosen radio button and, while that choice waits to be sent, the
     * card's answer to an earlier choice arriving: another trainer marked {@code theirs} (drawn
     * here as the server draws it). True when the waiting choice was dropped and the card shows
     * their mark, with the focus on it; nothing reaches the server.
     */
    boolean pressThenConflict(String person, CharSequence key, String theirs) {
        var choices = pressAndHold(person, key);
        boolean dropped = Boolean.TRUE.equals(Pages.script(browser, """
                const choices = arguments[0], row = choices.closest('.register-row'), parts = row.parts;
                const waiting = choices.pendingMark !== undefined;
                row.closest('.register-list').registerShow([{
                  id: row.dataset.person, name: parts.name.textContent,
                  institution: parts.institution.textContent, walkIn: false, status: arguments[1],
                  statusLabel: parts.legend.textContent, remark: parts.remark.value,
                  remarkLabel: parts.remark.getAttribute('aria-label'), readOnly: false,
                  state: 'Another trainer changed this meanwhile', conflict: true,
                  version: Number(row.dataset.version) + 1}]);
                const shown = [...parts.radios].find((radio) => radio.checked);
                return waiting && choices.pendingMark === undefined && shown?.value === arguments[1]
                    && document.activeElement === shown;""", choices, theirs));
        release();
        return dropped;
    }

    /**
     * Presses a key on the card's chosen radio button with the page's wait before a keyboard choice
     * is sent (0.7 s) stretched to a minute, so that what the test does next happens while the
     * choice waits, however slow the machine; {@link #release} puts the page's timers back.
     */
    private WebElement pressAndHold(String person, CharSequence key) {
        var card = row(person);
        var choices = card.findElement(By.cssSelector("fieldset.register-status"));
        var chosen = card.findElement(By.cssSelector("input[type=radio]:checked"));
        Pages.script(browser, """
                arguments[0].scrollIntoView({block: 'center'});
                arguments[0].focus();
                if (!window.pageSetTimeout) {
                  window.pageSetTimeout = window.setTimeout;
                  window.setTimeout = (handler, delay, ...rest) =>
                    window.pageSetTimeout(handler, delay === 700 ? 60000 : delay, ...rest);
                }""", chosen);
        browser.driver.switchTo().activeElement().sendKeys(key);
        return choices;
    }

    private void release() {
        Pages.script(
                browser,
                "if (window.pageSetTimeout) { window.setTimeout = window.pageSetTimeout; delete window.pageSetTimeout; }");
    }

    /** A tap on a choice: true when it was sent at once, not held back as a keyboard choice is. */
    boolean tapSendsAtOnce(String person, String value) {
        return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript(
                        "const radio = arguments[0].querySelector('input[value=' + arguments[1] + ']');"
                                + " const choices = radio.closest('fieldset'); choices.sendMark = undefined;"
                                + " radio.click(); return choices.pendingMark === undefined"
                                + " && choices.sendMark !== undefined",
                        row(person),
                        value));
    }

    /** A key pressed on the card's chosen radio button and, at once, a tap on the person's name. */
    void pressAndLeave(String person, CharSequence key) {
        var chosen = row(person).findElement(By.cssSelector("input[type=radio]:checked"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", chosen);
        browser.driver.switchTo().activeElement().sendKeys(key);
        row(person).findElement(By.cssSelector(".register-name")).click();
    }

    /** The choice the card shows as made: its checked radio button's value, or "none". */
    String choiceShown(String person) {
        return row(person).findElements(By.cssSelector("input[type=radio]")).stream()
                .filter(radio -> Boolean.parseBoolean(radio.getDomProperty("checked")))
                .map(radio -> radio.getDomAttribute("value"))
                .findFirst()
                .orElse("none");
    }

    String state(String person) {
        return row(person).findElement(By.cssSelector(".register-state")).getDomProperty("textContent");
    }

    private WebElement row(String person) {
        return browser.driver.findElements(By.cssSelector(".register-row")).stream()
                .filter(row -> person.equals(
                        row.findElement(By.cssSelector(".register-name")).getDomProperty("textContent")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No register row for " + person));
    }

    private void tap(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        taps++;
    }
}
