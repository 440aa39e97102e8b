package org.communityorganising.pathways.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WindowType;
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
 *
 * <p>A browser closed by a test is kept for the next one, as a person's browser is: its HTTP cache
 * and compiled scripts stay (the development bundle is only checked again, not downloaded and
 * compiled again), and what a test could leave behind goes. The test's tab is closed for a new one
 * (its session storage, history, focus and DevTools settings go with it), and cookies, the app's
 * local storage, permissions, downloads and console lines are cleared. A browser that cannot be
 * reset is quit, and one that died while kept is not handed out. This took the browser tests from
 * about 14 to 10 minutes on 2 cores.
 */
final class BrowserSession implements AutoCloseable {

    static final String INSTALL_HINT = "No Chromium for the browser tests: install chromium and chromium-driver "
            + "(Debian: apt-get install chromium chromium-driver), or set CHROMIUM_BINARY and CHROMEDRIVER_BINARY";

    /** Browsers at rest, by the language they ask pages in (a preference fixed at start). */
    private static final Map<String, Deque<Chromium>> IDLE = new HashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(BrowserSession::quitIdle));
    }

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final Chromium chromium;

    BrowserSession(int width, int height) throws Exception {
        this(width, height, "en-GB");
    }

    BrowserSession(int width, int height, String language) throws Exception {
        chromium = checkOut(language);
        driver = chromium.driver;
        try {
            driver.manage().window().setSize(new Dimension(width, height));
            // The page itself gets exactly this size (the window's own frame would otherwise take some).
            driver.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        } catch (RuntimeException failed) {
            chromium.quit();
            throw failed;
        }
        // Selenium looks again every 500 ms by default: a page ready in 60 ms would cost a test half
        // a second at every wait, and the suite's browser tests wait a few thousand times.
        wait = new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(50));
    }

    private static Chromium checkOut(String language) throws Exception {
        while (true) {
            Chromium kept;
            synchronized (IDLE) {
                var idle = IDLE.get(language);
                if (idle == null || idle.isEmpty()) {
                    return Chromium.start(language);
                }
                kept = idle.pop();
            }
            if (kept.alive()) {
                return kept;
            }
            kept.quit();
        }
    }

    private static void quitIdle() {
        synchronized (IDLE) {
            IDLE.values().forEach(idle -> idle.forEach(Chromium::quit));
            IDLE.clear();
        }
    }

    /** One browser process, its profile folder, and the language it was started with. */
    private record Chromium(ChromeDriver driver, Path profile, String language) {

        static Chromium start(String language) throws Exception {
            Path profile = Files.createTempDirectory("pathways-chromium-");
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
                    Map.of(
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
                var driver = driverPath.isPresent()
                        ? new ChromeDriver(
                                new ChromeDriverService.Builder()
                                        .usingDriverExecutable(
                                                Path.of(driverPath.get()).toFile())
                                        .build(),
                                options)
                        // Selenium Manager: a driver and browser on this machine, or fetched where that is allowed.
                        : new ChromeDriver(options);
                return new Chromium(driver, profile, language);
            } catch (org.openqa.selenium.WebDriverException | IllegalStateException none) {
                throw new IllegalStateException(
                        INSTALL_HINT + " (" + none.getClass().getSimpleName() + ")", none);
            }
        }

        /** Whether the browser still answers (it may have died while kept, for lack of memory say). */
        boolean alive() {
            try {
                driver.getWindowHandle();
                return true;
            } catch (RuntimeException gone) {
                return false;
            }
        }

        /** Back to a browser as started, but for its HTTP cache; false if it could not be. */
        boolean reset() {
            try {
                Object origin = driver.executeScript("return location.origin");
                // A new tab for the next test: the old tabs' session storage, history, focus and
                // DevTools settings (blocked addresses, cache off, screen size) close with them.
                var old = driver.getWindowHandles();
                driver.switchTo().newWindow(WindowType.TAB);
                String fresh = driver.getWindowHandle();
                for (String window : old) {
                    driver.switchTo().window(window).close();
                }
                driver.switchTo().window(fresh);
                // In front and focused, as a new browser's only tab is: the clipboard, for one,
                // works only in a focused page.
                driver.executeCdpCommand("Page.bringToFront", Map.of());
                if (origin instanceof String address && address.startsWith("http")) {
                    // The app's local storage, IndexedDB and service workers (every test uses one origin).
                    driver.executeCdpCommand(
                            "Storage.clearDataForOrigin", Map.of("origin", address, "storageTypes", "all"));
                }
                driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
                driver.executeCdpCommand("Browser.resetPermissions", Map.of());
                driver.manage().logs().get(LogType.BROWSER); // read, so the next test sees only its own lines
                try (var files = Files.list(profile.resolve("downloads"))) {
                    for (Path file : files.toList()) {
                        Files.delete(file);
                    }
                } catch (java.nio.file.NoSuchFileException noDownloads) {
                    // nothing was downloaded
                }
                return true;
            } catch (RuntimeException | java.io.IOException broken) {
                // Said, so that a suite that quietly starts a browser per test again is noticed.
                System.err.println("A browser could not be reset and is quit: " + broken);
                return false;
            }
        }

        void quit() {
            try {
                driver.quit();
            } catch (RuntimeException alreadyGone) {
                // the process ended by itself: its folder is all that is left
            }
            try (var paths = Files.walk(profile)) {
                paths.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (java.io.IOException leftBehind) {
                // a temporary folder; the machine clears it
            }
        }
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
        return chromium.profile().resolve("downloads");
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

    /** Gives the browser back for the next test, reset; a browser that cannot be reset is quit. */
    @Override
    public void close() {
        if (chromium.reset()) {
            synchronized (IDLE) {
                IDLE.computeIfAbsent(chromium.language(), language -> new ArrayDeque<>())
                        .push(chromium);
            }
        } else {
            chromium.quit();
        }
    }
}
