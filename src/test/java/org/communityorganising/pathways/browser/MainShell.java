package org.communityorganising.pathways.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Page object of the signed-in shell: menu, heading, user menu. */
final class MainShell {

    private final BrowserSession browser;

    MainShell(BrowserSession browser) {
        this.browser = browser;
    }

    List<String> menuEntries() {
        return browser.wait.until(driver -> {
            var items = driver.findElements(By.cssSelector("#main-nav a"));
            return items.isEmpty()
                    ? null
                    : items.stream().map(WebElement::getText).map(String::strip).toList();
        });
    }

    String heading() {
        return browser.wait
                .until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")))
                .getText();
    }

    MainShell openMenuEntry(String label) {
        var item = browser.driver.findElements(By.cssSelector("#main-nav a")).stream()
                .filter(candidate -> candidate.getText().strip().equals(label))
                .findFirst()
                .orElseThrow();
        String path = "/" + item.getDomAttribute("href").replaceFirst("^\\.?/?", "");
        item.click();
        browser.wait.until(driver -> driver.getCurrentUrl().endsWith(path));
        browser.wait.until(ExpectedConditions.attributeToBe(item, "aria-current", "page"));
        return this;
    }

    LoginPage logOut(String baseUrl) {
        browser.driver.findElement(By.id("user-menu")).click();
        browser.wait
                .until(ExpectedConditions.elementToBeClickable(By.id("logout")))
                .click();
        browser.wait.until(ExpectedConditions.urlContains("/login"));
        return new LoginPage(browser, baseUrl);
    }
}
