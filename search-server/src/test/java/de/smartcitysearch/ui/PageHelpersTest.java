package de.smartcitysearch.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shared page helpers ({@code public/common.js}) behave as the pages rely on, checked in real Chromium:
 * highlighted server text keeps its {@code <mark>} tags and nothing else, and dates read the German way.
 */
class PageHelpersTest {

  private static PublicFolderServer server;
  private static Chromium browser;

  @BeforeAll
  static void openBrowser() {
    browser = Chromium.start();
    server = PublicFolderServer.start();
    // any page of the origin will do: the test imports the module itself
    browser.driver().get(server.baseUrl() + "/style.css");
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  /** Runs markOnly() on the given HTML and returns the innerHTML of the rebuilt fragment. */
  private static String sanitised(String html) {
    return (String) browser.asyncScript("""
        const done = arguments[arguments.length - 1];
        import('/common.js').then((m) => {
          const box = document.createElement('div');
          box.append(m.markOnly(arguments[0]));
          done(box.innerHTML);
        }, (e) => done('import failed: ' + e));
        """, html);
  }

  private static String call(String expression, Object... arguments) {
    return String.valueOf(browser.asyncScript("""
        const done = arguments[arguments.length - 1];
        const args = Array.from(arguments).slice(0, -1);
        import('/common.js').then((m) => done(String(%s)), (e) => done('import failed: ' + e));
        """.formatted(expression), arguments));
  }

  @Test
  void highlightedWordsKeepTheirMarks() {
    assertEquals("Die <mark>Datenplattform</mark> in Kiel", sanitised("Die <mark>Datenplattform</mark> in Kiel"));
  }

  @Test
  void escapedMarkupStaysVisibleText() {
    assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; im Titel",
        sanitised("&lt;script&gt;alert(1)&lt;/script&gt; im Titel"));
  }

  @Test
  void rawElementsAreReducedToTheirTextAndNeverRun() throws InterruptedException {
    String hostile = "<img src=x onerror=\"window.pwned=1\">Text <b onclick=\"window.pwned=2\">fett</b>"
        + "<script>window.pwned=3</script><a href=\"javascript:window.pwned=4\">Link</a>";
    assertEquals("Text fettLink", sanitised(hostile));
    Thread.sleep(200); // would-be image error handlers fire asynchronously
    assertNull(browser.script("return window.pwned;"));
  }

  @Test
  void marksLoseEveryAttribute() {
    assertEquals("<mark>Kiel</mark>", sanitised("<mark class=\"x\" onclick=\"alert(1)\" style=\"color:red\">Kiel</mark>"));
  }

  @Test
  void dateRangesReadTheGermanWay() {
    assertEquals("30.09.–02.10.2025", call("m.formatDateRange(args[0], args[1])", "2025-09-30", "2025-10-02"));
    assertEquals("18.11.2025", call("m.formatDateRange(args[0], args[1])", "2025-11-18", "2025-11-18"));
    assertEquals("30.12.2025–02.01.2026", call("m.formatDateRange(args[0], args[1])", "2025-12-30", "2026-01-02"));
  }

  @Test
  void monthHistogramShowsTheEmptyMonthsInBetween() {
    String months = call("m.fillMonths([{value: '2025/09', count: 1}, {value: '2025-12', count: 2}])"
        + ".map((x) => x.year + '-' + x.month + ':' + x.count).join(' ')");
    assertEquals("2025-9:1 2025-10:0 2025-11:0 2025-12:2", months);
  }

  @Test
  void cityPathsAndPlainNamesBothWork() {
    assertEquals("Kiel", call("m.cityName('Schleswig-Holstein/Kiel')"));
    assertEquals("Kiel", call("m.cityName('Kiel')"));
    assertEquals("Frankfurt/Oder", call("m.cityName('Brandenburg/Frankfurt/Oder')"));
  }
}
