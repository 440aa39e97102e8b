package org.communityorganising.pathways.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Page object of the login view, named after what a person does there (TestBench style). */
final class LoginPage {

    private final BrowserSession browser;
    private final String baseUrl;

    LoginPage(BrowserSession browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    LoginPage open() {
        browser.driver.get(baseUrl + "/login");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("vaadinLoginUsername")));
        return this;
    }

    MainShell logInAs(String email, String password) {
        submit(email, password);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
        return new MainShell(browser);
    }

    LoginPage tryLogIn(String email, String password) {
        submit(email, password);
        browser.wait.until(ExpectedConditions.urlContains("/login?error"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form[error]")));
        return this;
    }

    /** The error message the form shows, wherever the login form renders it (light or shadow DOM). */
    String errorMessage() {
        return browser.wait.until(driver -> (String) ((JavascriptExecutor) driver).executeScript("""
                const find = root => {
                  const hit = root.querySelector('[part~="error-message"], [slot="error-message"]');
                  if (hit && hit.textContent.trim()) return hit.textContent.trim();
                  for (const element of root.querySelectorAll('*')) {
                    if (element.shadowRoot) { const inner = find(element.shadowRoot); if (inner) return inner; }
                  }
                  return null;
                };
                return find(document);"""));
    }

    /** Waits for the login form to render; false if it never does. */
    boolean isShown() {
        try {
            browser.wait.until(ExpectedConditions.and(
                    ExpectedConditions.urlContains("/login"),
                    ExpectedConditions.presenceOfElementLocated(By.id("vaadinLoginUsername"))));
            return true;
        } catch (org.openqa.selenium.TimeoutException notShown) {
            return false;
        }
    }

    private void submit(String email, String password) {
        input("vaadinLoginUsername").sendKeys(email);
        var passwordInput = input("vaadinLoginPassword");
        passwordInput.sendKeys(password);
        passwordInput.sendKeys(Keys.ENTER);
    }

    /** Vaadin fields keep the real input element as their inputElement. */
    private WebElement input(String fieldId) {
        var field = browser.driver.findElement(By.id(fieldId));
        return (WebElement)
                ((JavascriptExecutor) browser.driver).executeScript("return arguments[0].inputElement", field);
    }
}
