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
        browser.wait.until(ExpectedConditions.attributeToBeNotEmpty(browser.driver.findElement(By.tagName("vaadin-login-form")), "error"));
        return this;
    }

    /** The error message the form shows, read from inside the login form's shadow DOM. */
    String errorMessage() {
        var wrapper = browser.driver.findElement(By.tagName("vaadin-login-form-wrapper"));
        return browser.wait.until(driver -> {
            var text = wrapper.getShadowRoot().findElement(By.cssSelector("[part='error-message']")).getText();
            return text.isBlank() ? null : text;
        });
    }

    boolean isShown() {
        return browser.driver.getCurrentUrl().contains("/login")
                && !browser.driver.findElements(By.id("vaadinLoginUsername")).isEmpty();
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
        return (WebElement) ((JavascriptExecutor) browser.driver).executeScript("return arguments[0].inputElement", field);
    }
}
