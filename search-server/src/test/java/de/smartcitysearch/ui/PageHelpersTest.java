package de.smartcitysearch.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shared page helpers ({@code public/common.js}) behave as the pages rely on, checked in real
 * Chromium: highlighted server text keeps its bare {@code <mark>} tags and shows everything else as
 * text, dates read the German way, empty months are filled in.
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
    return (String)
        browser.asyncScript(
            """
        const done = arguments[arguments.length - 1];
        import('/common.js').then((m) => {
          const box = document.createElement('div');
          box.append(m.markOnly(arguments[0]));
          done(box.innerHTML);
        }, (e) => done('import failed: ' + e));
        """,
            html);
  }

  private static String call(String expression, Object... arguments) {
    return String.valueOf(
        browser.asyncScript(
            """
        const done = arguments[arguments.length - 1];
        const args = Array.from(arguments).slice(0, -1);
        import('/common.js').then((m) => done(String(%s)), (e) => done('import failed: ' + e));
        """
                .formatted(expression),
            arguments));
  }

  @Test
  void highlightedWordsKeepTheirMarks() {
    assertEquals(
        "Die <mark>Datenplattform</mark> in Kiel",
        sanitised("Die <mark>Datenplattform</mark> in Kiel"));
  }

  @Test
  void escapedMarkupStaysVisibleText() {
    assertEquals(
        "&lt;script&gt;alert(1)&lt;/script&gt; im Titel",
        sanitised("&lt;script&gt;alert(1)&lt;/script&gt; im Titel"));
  }

  @Test
  void rawMarkupIsShownAsTextAndNeverRuns() throws InterruptedException {
    browser.browserLog(); // start with an empty log
    String hostile =
        "<img src=x onerror=\"window.pwned=1\">Text <b onclick=\"window.pwned=2\">fett</b>"
            + "<script>window.pwned=3</script>";
    assertEquals(
        "&lt;img src=x onerror=\"window.pwned=1\"&gt;Text &lt;b onclick=\"window.pwned=2\"&gt;fett&lt;/b&gt;"
            + "&lt;script&gt;window.pwned=3&lt;/script&gt;",
        sanitised(hostile));
    Thread.sleep(200); // an image error handler would fire asynchronously
    assertNull(browser.script("return window.pwned;"));
    assertEquals(List.of(), browser.browserLog(), "the hostile markup was never parsed as HTML");
  }

  @Test
  void onlyBareMarkTagsHighlight() {
    assertEquals(
        "&lt;mark class=\"x\" onclick=\"alert(1)\"&gt;Kiel",
        sanitised("<mark class=\"x\" onclick=\"alert(1)\">Kiel</mark>"));
    assertEquals(
        "<mark>Kiel</mark>er <mark>Woche</mark>", sanitised("<MARK>Kiel</mark>er <mark>Woche"));
  }

  @Test
  void characterReferencesOfTheEncoderAreDecoded() {
    assertEquals(
        "Förde &amp; Küste \"digital\" 'Kiel' &amp;unbekannt;",
        sanitised("F&#246;rde &amp; K&#xFC;ste &quot;digital&quot; &#39;Kiel&#39; &unbekannt;"));
  }

  @Test
  void dateRangesReadTheGermanWay() {
    assertEquals(
        "30.09.–02.10.2025",
        call("m.formatDateRange(args[0], args[1])", "2025-09-30", "2025-10-02"));
    assertEquals(
        "18.11.2025", call("m.formatDateRange(args[0], args[1])", "2025-11-18", "2025-11-18"));
    assertEquals(
        "30.12.2025–02.01.2026",
        call("m.formatDateRange(args[0], args[1])", "2025-12-30", "2026-01-02"));
  }

  @Test
  void monthHistogramShowsTheEmptyMonthsInBetween() {
    String months =
        call(
            "m.fillMonths([{value: '2025/09', count: 1}, {value: '2025-12', count: 2}])"
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
