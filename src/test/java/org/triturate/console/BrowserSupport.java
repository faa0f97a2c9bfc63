package org.triturate.console;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium per test class for the console's browser tests, with the console's conventions as helpers.
 *
 * <pre>
 * &#64;QuarkusTest
 * class SomeScreenBrowserTest {
 *     &#64;RegisterExtension
 *     static final BrowserSupport browser = new BrowserSupport();
 *     ...
 * }
 * </pre>
 *
 * Uses Debian's chromium and chromedriver (never Selenium Manager). When they are missing the class is skipped, or
 * fails when the environment says the browser is required (CI=true, or -Dconsole.browser.required=true). After each
 * test, severe messages of the browser's console fail the test, except the failed responses (4xx) a test provokes
 * (axe-core runs without preloading the page's styles, so it adds none the console's policy would refuse); a failed
 * test leaves a screenshot named {@code <TestClass>-<method>-FAILED}. At the end of the class it prints the
 * {@code CONSOLE-BROWSER} line that .ci/run gathers in its summary.
 */
public final class BrowserSupport
        implements ExecutionCondition, BeforeAllCallback, AfterEachCallback, TestWatcher, AfterAllCallback {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    private static final Path PROFILES = Path.of("target", "console-browser-profiles");

    private static final Duration SCREEN_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration AXE_TIMEOUT = Duration.ofSeconds(30);
    private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** How Chromium reports an HTTP error response: expected when a test provokes a 4xx from the API. */
    private static final Pattern CLIENT_ERROR_RESPONSE =
            Pattern.compile("Failed to load resource: the server responded with a status of 4\\d\\d");

    private ChromeDriverService service;
    private ChromeDriver driver;
    private Path profile;
    private long startedNanos;
    private int testsRun;

    /** The number of axe rules that passed and the violations found on one screen. */
    public record AxeResult(int passes, List<String> violations) {}

    // ---- lifecycle ------------------------------------------------------------------------------------------------

    static boolean browserRequired() {
        return "true".equals(System.getenv("CI")) || Boolean.getBoolean("console.browser.required");
    }

    private static String missingBrowserMessage() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return null;
        }
        return "The console's browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + ": install chromium chromium-driver (apt-get install chromium chromium-driver; .ci/run does it)";
    }

    /** Skips the class before Quarkus starts when no browser is installed and none is required. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String missing = missingBrowserMessage();
        if (missing == null || browserRequired()) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed, or required");
        }
        return ConditionEvaluationResult.disabled(missing);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        String missing = missingBrowserMessage();
        if (missing != null) {
            fail(missing + " (required: CI=true or -Dconsole.browser.required=true)");
        }
        startedNanos = System.nanoTime();
        Files.createDirectories(PROFILES);
        profile = Files.createTempDirectory(
                PROFILES, context.getRequiredTestClass().getSimpleName() + "-");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1000",
                "--lang=en-US",
                "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);

        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .build();
        try {
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(AXE_TIMEOUT);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        testsRun++;
        if (driver == null) {
            return;
        }
        List<String> errors = browserLog().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !CLIENT_ERROR_RESPONSE.matcher(message).find())
                .toList();
        if (!errors.isEmpty()) {
            fail("Errors in the browser's console:\n  " + String.join("\n  ", errors));
        }
    }

    /** The browser console's messages since the last read (chromedriver hands each message out once). */
    private List<LogEntry> browserLog() {
        return driver().manage().logs().get(LogType.BROWSER).getAll();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver != null) {
            screenshot(context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName() + "-FAILED");
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver == null) {
            return;
        }
        stop();
        long seconds = Duration.ofNanos(System.nanoTime() - startedNanos).toSeconds();
        System.out.printf(
                "CONSOLE-BROWSER %s: %d tests in %d s, screenshots in %s%n",
                context.getRequiredTestClass().getSimpleName(), testsRun, seconds, SCREENSHOTS);
    }

    /** Quits the browser, stops chromedriver and deletes the profile, each even when the one before fails. */
    private void stop() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            try {
                if (service != null) {
                    service.stop();
                }
            } finally {
                service = null;
                deleteProfile();
            }
        }
    }

    private void deleteProfile() {
        if (profile == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(profile)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.delete(file);
                } catch (NoSuchFileException alreadyGone) {
                    // Chromium removes some of its own files as it exits.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the browser profile " + profile, e);
        } finally {
            profile = null;
        }
    }

    // ---- browser ------------------------------------------------------------------------------------------------

    public WebDriver driver() {
        if (driver == null) {
            throw new IllegalStateException("No browser: BrowserSupport must be a static @RegisterExtension field");
        }
        return driver;
    }

    public void open(URI consoleUrl) {
        driver().get(consoleUrl.toString());
    }

    public void reload() {
        driver().navigate().refresh();
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver()).executeScript(script, arguments);
    }

    /** A PNG of the browser window in target/console-screenshots/{name}.png. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((ChromeDriver) driver()).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the console's conventions --------------------------------------------------------------------------------

    /** Waits until the router has rendered that screen: main[data-screen=name], no longer aria-busy. */
    public void waitForScreen(String name) {
        waitFor(
                "screen \"" + name + "\"",
                "const main = document.querySelector('main');"
                        + " return main !== null && main.dataset.screen === arguments[0]"
                        + " && main.getAttribute('aria-busy') === 'false';",
                name);
    }

    /** Signs in through the sign-in form and waits for the screen the console opens next; returns its name. */
    public String signIn(String username, String password) {
        waitForScreen("sign-in");
        type(By.id("username"), username);
        type(By.id("password"), password);
        click(By.cssSelector("form button[type=submit]"));
        waitFor(
                "a screen other than \"sign-in\"",
                "const main = document.querySelector('main');"
                        + " return main !== null && main.dataset.screen !== undefined"
                        + " && main.dataset.screen !== 'sign-in' && main.getAttribute('aria-busy') === 'false';");
        return screen();
    }

    /** The name of the screen shown (main's data-screen), or null. */
    public String screen() {
        return (String) script("const main = document.querySelector('main'); return main && main.dataset.screen;");
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver(), SCREEN_TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public String text(By by) {
        return find(by).getText();
    }

    /** Waits until the element's text contains that text (status and alert regions are filled after a request). */
    public String waitForText(By by, String expected) {
        new WebDriverWait(driver(), SCREEN_TIMEOUT)
                .withMessage(() -> "text \"" + expected + "\" in " + by)
                .until(ExpectedConditions.textToBePresentInElementLocated(by, expected));
        return text(by);
    }

    public void click(By by) {
        new WebDriverWait(driver(), SCREEN_TIMEOUT)
                .until(ExpectedConditions.elementToBeClickable(by))
                .click();
    }

    public void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    private void waitFor(String what, String condition, Object... arguments) {
        new WebDriverWait(driver(), SCREEN_TIMEOUT)
                .withMessage(() -> what + "; the page shows screen " + screen() + ", alerts " + alerts())
                .until(browser -> Boolean.TRUE.equals(script(condition, arguments)));
    }

    private List<String> alerts() {
        return driver().findElements(By.cssSelector("[role=alert]")).stream()
                .map(WebElement::getText)
                .filter(text -> !text.isBlank())
                .toList();
    }

    // ---- accessibility ------------------------------------------------------------------------------------------

    /** Runs axe-core (src/test/resources/axe) on the page for WCAG 2.1 A and AA. */
    public AxeResult axe() {
        script("if (typeof window.axe === 'undefined') { " + axeSource() + " }");
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) ((JavascriptExecutor) driver())
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + " axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, preload: false}).then("
                                + "  results => done({passes: results.passes.length, violations:"
                                + "   results.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '"
                                + "    + v.nodes.slice(0, 3).map(n => JSON.stringify(n.target)).join(', ')"
                                + "    + (v.nodes.length > 3 ? ' and ' + (v.nodes.length - 3) + ' more' : ''))}),"
                                + "  error => done({error: String(error)}));",
                        AXE_TAGS);
        if (result.get("error") != null) {
            fail("axe-core failed: " + result.get("error"));
        }
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) result.get("violations");
        return new AxeResult(((Number) result.get("passes")).intValue(), violations);
    }

    /** Fails with the list of violations when axe finds any; logs "AXE context: N rules passed, 0 violations". */
    public AxeResult assertAccessible(String context) {
        AxeResult result = axe();
        System.out.printf(
                "AXE %s: %d rules passed, %d violations%n",
                context, result.passes(), result.violations().size());
        if (!result.violations().isEmpty()) {
            fail(result.violations().stream()
                    .collect(Collectors.joining(
                            "\n  ", "WCAG 2.1 AA violations on " + context + " (axe-core):\n  ", "")));
        }
        return result;
    }

    private static String axeSource() {
        try (InputStream in = BrowserSupport.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
