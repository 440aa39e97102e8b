package org.communityorganising.pathways.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
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
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role='alert']")));
        return this;
    }

    /** The error the page shows, as a screen reader hears it (the alert's text). */
    String errorMessage() {
        return browser.driver.findElement(By.cssSelector("[role='alert']")).getText();
    }

    /** Waits for the sign-in form; false if it never shows. */
    boolean isShown() {
        try {
            browser.wait.until(ExpectedConditions.and(
                    ExpectedConditions.urlContains("/login"),
                    ExpectedConditions.presenceOfElementLocated(By.id("username"))));
            return true;
        } catch (org.openqa.selenium.TimeoutException notShown) {
            return false;
        }
    }

    /** Follows the link to the other language; the page comes back in it. */
    LoginPage switchLanguage() {
        browser.driver.findElement(By.id("login-language")).click();
        return this;
    }

    /** Follows "Forgot password?". */
    void forgotPassword() {
        browser.driver.findElement(By.cssSelector(".sign-in-forgot")).click();
    }

    private void submit(String email, String password) {
        browser.driver.findElement(By.id("username")).sendKeys(email);
        var passwordInput = browser.driver.findElement(By.id("password"));
        passwordInput.sendKeys(password);
        passwordInput.sendKeys(Keys.ENTER);
    }
}
