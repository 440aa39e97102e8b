package org.communityorganising.pathways.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium. Where Debian's chromium and chromedriver are installed (or
 * CHROMIUM_BINARY / CHROMEDRIVER_BINARY name others) they are used as they are; elsewhere Selenium
 * Manager finds a browser and driver on the machine, or fetches them where it may. If nothing can
 * be found, the test fails with one line saying what to install. Flags as proven on these
 * machines: root needs --no-sandbox, and background networking is off because nothing outside is
 * reachable.
 */
final class BrowserSession implements AutoCloseable {

    static final String INSTALL_HINT = "No Chromium for the browser tests: install chromium and chromium-driver "
            + "(Debian: apt-get install chromium chromium-driver), or set CHROMIUM_BINARY and CHROMEDRIVER_BINARY";

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final Path profile;

    BrowserSession(int width, int height) throws Exception {
        this(width, height, "en-GB");
    }

    BrowserSession(int width, int height, String language) throws Exception {
        profile = Files.createTempDirectory("pathways-chromium-");
        var options = new ChromeOptions();
        locate("CHROMIUM_BINARY", "/usr/bin/chromium").ifPresent(options::setBinary);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--lang=" + language,
                "--user-data-dir=" + profile);
        options.setExperimentalOption(
                "prefs",
                java.util.Map.of(
                        "intl.accept_languages",
                        language,
                        "download.default_directory",
                        profile.resolve("downloads").toString(),
                        "download.prompt_for_download",
                        false));
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        var driverPath = locate("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver");
        try {
            driver = driverPath.isPresent()
                    ? new ChromeDriver(
                            new ChromeDriverService.Builder()
                                    .usingDriverExecutable(
                                            Path.of(driverPath.get()).toFile())
                                    .build(),
                            options)
                    // Selenium Manager: a driver and browser on this machine, or fetched where that is allowed.
                    : new ChromeDriver(options);
        } catch (org.openqa.selenium.WebDriverException | IllegalStateException none) {
            throw new IllegalStateException(
                    INSTALL_HINT + " (" + none.getClass().getSimpleName() + ")", none);
        }
        driver.manage().window().setSize(new Dimension(width, height));
        // The page itself gets exactly this size (the window's own frame would otherwise take some).
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Saves what the browser shows to target/browser-screenshots, to see why a test failed. */
    void screenshot(String name) {
        try {
            var folder = Path.of("target", "browser-screenshots");
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException | org.openqa.selenium.WebDriverException e) {
            // a missing screenshot must not hide the failure itself
        }
    }

    /** The folder the browser saves downloads in. */
    Path downloads() {
        return profile.resolve("downloads");
    }

    /** A path from the environment, or the Debian default when it exists; empty to leave it to Selenium Manager. */
    static java.util.Optional<String> locate(String variable, String debianDefault) {
        String configured = System.getenv(variable);
        if (configured != null && !configured.isBlank()) {
            return java.util.Optional.of(configured);
        }
        return Files.isExecutable(Path.of(debianDefault))
                ? java.util.Optional.of(debianDefault)
                : java.util.Optional.empty();
    }

    /** What the page printed to the console: CSP violations show up here. */
    List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .toList();
    }

    @Override
    public void close() throws Exception {
        driver.quit();
        try (var paths = Files.walk(profile)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }
}
