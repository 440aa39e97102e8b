package org.communityorganising.pathways.browser;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What a browser test asks of any page: wait for a view, measure it, read a web component's property. */
final class Pages {

    private Pages() {}

    /** Opens an address of the app and waits for Vaadin to render its view (an h1 in main). */
    static void open(BrowserSession browser, String url) {
        browser.driver.get(url);
        try {
            waitForView(browser);
        } catch (org.openqa.selenium.TimeoutException notShown) {
            browser.screenshot("timeout-" + url.replaceAll("[^A-Za-z0-9]+", "-"));
            throw notShown;
        }
    }

    /** Clicks through JavaScript, as a tap would, whatever development-mode overlay lies above. */
    static void click(BrowserSession browser, org.openqa.selenium.WebElement element) {
        script(browser, "arguments[0].click()", element);
    }

    /** Waits for the live view (not the page's drawn copy of it, decision 0028) and the client at rest. */
    static void waitForView(BrowserSession browser) {
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#outlet h1")));
        browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("body > .first-drawing"), 0));
        browser.wait.until(driver -> Boolean.TRUE.equals(script(
                browser,
                "return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients && Object.values(window.Vaadin.Flow.clients)"
                        + ".every(c => !c.isActive || !c.isActive()))")));
    }

    static String heading(BrowserSession browser) {
        return browser.wait
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#outlet h1")))
                .getText();
    }

    /** True when the page is wider than the screen, so that a person would have to scroll sideways. */
    static boolean overflowsSideways(BrowserSession browser) {
        return Boolean.TRUE.equals(
                script(browser, "return document.documentElement.scrollWidth > document.documentElement.clientWidth"));
    }

    /** The element's box in the viewport: top, bottom, left, right, and scrollWidth / clientWidth. */
    @SuppressWarnings("unchecked")
    static Map<String, Number> box(BrowserSession browser, String cssSelector) {
        return (Map<String, Number>) script(browser, """
                const el = document.querySelector(arguments[0]);
                const r = el.getBoundingClientRect();
                return {top: r.top, bottom: r.bottom, left: r.left, right: r.right,
                        scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, viewportHeight: window.innerHeight,
                        viewportWidth: window.innerWidth};""", cssSelector);
    }

    static Object script(BrowserSession browser, String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver).executeScript(script, arguments);
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Object value) {
        return (List<String>) value;
    }
}
