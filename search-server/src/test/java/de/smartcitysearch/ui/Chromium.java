package de.smartcitysearch.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.junit.jupiter.api.Assertions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for end-to-end tests of the web pages, saving screenshots under {@code
 * target/screenshots/}.
 *
 * <p>Uses the Debian packages {@code chromium} and {@code chromium-driver} (paths overridable with
 * the system properties {@code chromium.binary} and {@code chromium.driver}); the driver path is
 * given explicitly so that Selenium Manager never tries to download anything. When the browser is
 * not installed, {@link #start()} fails the calling test, naming the packages to install.
 *
 * <pre>{@code
 * try (Chromium browser = Chromium.start()) {
 *   browser.driver().get(baseUrl + "/?q=Kiel");
 *   browser.waitUntil(d -> !d.findElements(By.cssSelector(".hit")).isEmpty());
 *   browser.screenshot("search-kiel");
 * }
 * }</pre>
 */
public final class Chromium implements AutoCloseable {

  /** Where screenshots go, relative to the module directory Surefire runs in. */
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

  private final ChromeDriver driver;

  private Chromium(ChromeDriver driver) {
    this.driver = driver;
  }

  /**
   * Starts a headless browser with a 1280x900 window; fails, naming what to install, when Chromium
   * is missing (a browser test that quietly skips proves nothing).
   */
  public static Chromium start() {
    Path binary = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    Path driverBinary = Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));
    Assertions.assertTrue(
        Files.isExecutable(binary) && Files.isExecutable(driverBinary),
        () ->
            "Chromium is not installed ("
                + binary
                + ", "
                + driverBinary
                + "); install the Debian packages chromium and chromium-driver (.ci/run does) to run the browser tests");

    ChromeOptions options = new ChromeOptions();
    options.setBinary(binary.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--lang=de-DE",
        "--window-size=1280,900");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "de-DE,de"));
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logging);

    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(driverBinary.toFile())
            .usingAnyFreePort()
            .build();
    return new Chromium(new ChromeDriver(service, options));
  }

  /** The Selenium driver, for navigation and element lookups. */
  public WebDriver driver() {
    return driver;
  }

  /** Resizes the window, e.g. to 390x844 for a phone-sized screen. */
  public void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /**
   * Waits up to ten seconds until the condition returns a non-null, non-false value, and returns
   * it; an element replaced by the page while the condition looked at it only means "not yet".
   */
  public <T> T waitUntil(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, DEFAULT_WAIT)
        .ignoring(StaleElementReferenceException.class)
        .until(condition::apply);
  }

  /** Runs JavaScript in the page and returns its result (Selenium's conversion of JS values). */
  public Object script(String javaScript, Object... arguments) {
    return driver.executeScript(javaScript, arguments);
  }

  /**
   * Runs asynchronous JavaScript: the script calls {@code arguments[arguments.length - 1]} with its
   * result (e.g. after a dynamic {@code import()}), which is returned here.
   */
  public Object asyncScript(String javaScript, Object... arguments) {
    return driver.executeAsyncScript(javaScript, arguments);
  }

  /**
   * The page's console messages and errors since the last call (Content-Security-Policy violations
   * and uncaught exceptions show up here), as "LEVEL message" lines.
   */
  public List<String> browserLog() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(Chromium::format)
        .toList();
  }

  private static String format(LogEntry entry) {
    return entry.getLevel() + " " + entry.getMessage();
  }

  /**
   * Saves a PNG of the current viewport as {@code target/screenshots/<name>.png} and returns its
   * path.
   */
  public Path screenshot(String name) {
    Path target = screenshotPath(name);
    try {
      Path taken = driver.getScreenshotAs(OutputType.FILE).toPath();
      Files.move(taken, target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("could not save screenshot " + name, e);
    }
  }

  /**
   * Saves a PNG of the whole page, beyond the viewport, as {@code target/screenshots/<name>.png}
   * (Chrome DevTools' {@code Page.captureScreenshot}) and returns its path.
   */
  public Path fullPageScreenshot(String name) {
    Path target = screenshotPath(name);
    @SuppressWarnings("unchecked")
    Map<String, Object> metrics =
        (Map<String, Object>)
            driver.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
    Map<String, Object> clip =
        Map.of(
            "x",
            0,
            "y",
            0,
            "width",
            metrics.get("width"),
            "height",
            metrics.get("height"),
            "scale",
            1);
    String png =
        (String)
            driver
                .executeCdpCommand(
                    "Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "clip", clip))
                .get("data");
    try {
      Files.write(target, java.util.Base64.getDecoder().decode(png));
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("could not save screenshot " + name, e);
    }
  }

  private static Path screenshotPath(String name) {
    if (!name.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("screenshot name must be a plain file name: " + name);
    }
    try {
      Files.createDirectories(SCREENSHOTS);
    } catch (IOException e) {
      throw new UncheckedIOException("could not create " + SCREENSHOTS, e);
    }
    return SCREENSHOTS.resolve(name + ".png");
  }

  /** Quits the browser and its driver process. */
  @Override
  public void close() {
    driver.quit();
  }
}
