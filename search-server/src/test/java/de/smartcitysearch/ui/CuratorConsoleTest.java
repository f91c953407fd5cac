package de.smartcitysearch.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.document.DocumentKind;
import de.smartcitysearch.document.EventDocument;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The curator console over the seeds as shipped (five events, 65 program sessions), in Chromium:
 * every number it shows is held against the index's stored documents, read apart from the facets
 * the API counts with.
 */
class CuratorConsoleTest extends SeedsInChromium {

  private static final String[] MONTHS = {
    "Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"
  };

  @Test
  void everyCountIsANumberOfEventsAsTheIndexHoldsThem() {
    openConsole("");
    // read from the seed pages: 000 and 002 (the conventions) and 003 (the MPSC congress) are in
    // Berlin
    assertEquals(Map.of("Berlin", 3L, "Kiel", 1L, "Konstanz", 1L), perVenue(DocumentKind.EVENT));
    assertEquals(5, count(DocumentKind.EVENT));
    assertEquals(
        "Im Index: 5 Veranstaltungen mit "
            + count(DocumentKind.SESSION)
            + " Programmpunkten. Alle Zahlen "
            + "unten zählen Veranstaltungen.",
        text("kind-summary"));

    new Select(browser.driver().findElement(By.id("topic-rows"))).selectByValue("city");
    Map<String, Map<String, String>> byCity = waitForTable("topic-matrix", "Stadt");
    assertEquals(asText(perVenue(DocumentKind.EVENT)), column(byCity, "Gesamt"));

    Map<String, Map<String, String>> grid = table("month-chart");
    assertEquals(
        "1",
        grid.get("2026").get("Apr"),
        "the MPSC congress of 28-29 April 2026, not its 39 sessions");
    assertEquals(perMonth(DocumentKind.EVENT), grid);

    new Select(browser.driver().findElement(By.id("month-year"))).selectByValue("2026");
    new Select(browser.driver().findElement(By.id("month-rows"))).selectByValue("city");
    Map<String, Map<String, String>> month = waitForTable("month-matrix", "Stadt");
    assertEquals(
        Stream.concat(Stream.of("Stadt"), Stream.concat(Stream.of(MONTHS), Stream.of("Gesamt")))
            .toList(),
        headers("month-matrix"),
        "one year, twelve months");
    assertEquals(Map.of("Berlin", "1", "Kiel", "0", "Konstanz", "0"), column(month, "Gesamt"));
    assertEquals("1", month.get("Berlin").get("Apr"));
  }

  @Test
  void sessionsAreCountedApartWhenTheCuratorAsksForThem() {
    openConsole("");
    browser.driver().findElement(By.cssSelector("input[name=kind][value=session]")).click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("kind=session"));
    browser.waitUntil(d -> text("kind-summary").endsWith("zählen Programmpunkte."));
    waitUntilLoaded();
    assertEquals("Programmpunkte pro Monat", text("chart-heading"));
    assertEquals(perMonth(DocumentKind.SESSION), table("month-chart"));

    new Select(browser.driver().findElement(By.id("topic-rows"))).selectByValue("city");
    Map<String, Map<String, String>> byCity = waitForTable("topic-matrix", "Stadt");
    assertEquals(asText(perVenue(DocumentKind.SESSION)), column(byCity, "Gesamt"));
    browser.fullPageScreenshot("curator-sessions-1280");
  }

  @Test
  void aWrongMunicipalityListIsExplainedInGerman() {
    openConsole("");
    WebElement input = browser.driver().findElement(By.id("municipality-list"));
    input.clear();
    input.sendKeys("modellprojekte-smart-citys");
    browser.driver().findElement(By.cssSelector("#municipality-form button")).click();
    String shown =
        browser.waitUntil(
            d -> {
              String t = text("gaps-municipalities");
              return t.startsWith("Konnte nicht") ? t : null;
            });
    assertEquals(
        "Konnte nicht geladen werden: Es gibt keine Kommunenliste „modellprojekte-smart-citys“. Bitte den "
            + "Namen prüfen (zum Beispiel modellprojekte-smart-cities-beispiel).",
        shown);
    browser.driver().navigate().refresh(); // the name is kept in the URL, and so is the message
    browser.waitUntil(d -> text("gaps-municipalities").contains("„modellprojekte-smart-citys“"));
    String page = browser.driver().findElement(By.tagName("main")).getText();
    assertFalse(page.contains("reference list"), "no English server message reaches the page");
    // the browser logs each refused request itself; nothing else may be in its log
    List<String> logged =
        browser.browserLog().stream().filter(line -> line.startsWith("SEVERE")).toList();
    assertFalse(logged.isEmpty());
    assertTrue(
        logged.stream()
            .allMatch(
                line ->
                    line.contains("reference=modellprojekte-smart-citys")
                        && line.contains("status of 400")),
        logged.toString());
  }

  @Test
  void bothCsvDownloadsMatchTheTableAndOneOpensInGermanExcel() throws Exception {
    openConsole("");
    new Select(browser.driver().findElement(By.id("topic-rows"))).selectByValue("land");
    Map<String, Map<String, String>> shown = waitForTable("topic-matrix", "Bundesland");
    String excelHref =
        browser
            .driver()
            .findElement(By.cssSelector("#topic-csv a.csv-excel"))
            .getDomAttribute("href");
    String plainHref =
        browser
            .driver()
            .findElement(By.cssSelector("#topic-csv a.csv-plain"))
            .getDomAttribute("href");

    byte[] excel = download(excelHref);
    assertEquals(
        List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF),
        List.of(excel[0], excel[1], excel[2]),
        "a UTF-8 byte order mark, so Excel reads the umlauts as UTF-8");
    List<String> lines =
        Arrays.asList(new String(excel, 3, excel.length - 3, StandardCharsets.UTF_8).split("\r\n"));
    List<String> header = List.of(lines.get(0).split(";"));
    assertEquals(List.of("Bundesland", "Gesamt"), header.subList(0, 2));
    String bw =
        lines.stream().filter(l -> l.startsWith("Baden-Württemberg;")).findFirst().orElseThrow();
    List<String> cells = List.of(bw.split(";"));
    for (int i = 2; i < header.size(); i++) {
      assertEquals(shown.get("Baden-Württemberg").get(header.get(i)), cells.get(i), header.get(i));
    }
    assertEquals(shown.get("Baden-Württemberg").get("Gesamt"), cells.get(1));

    String plain = new String(download(plainHref), StandardCharsets.UTF_8);
    assertTrue(plain.startsWith("land,total,"), plain);
    assertTrue(
        plain.contains("\r\n" + String.join(",", cells) + "\r\n"),
        "the same row, comma-separated: " + plain);
  }

  @Test
  void noSeriousAccessibilityViolationAtDesktopOrPhoneSize() {
    for (String kind : List.of("event", "session")) {
      for (int width : List.of(1280, 375)) {
        browser.resize(width, width == 375 ? 812 : 900);
        openConsole(kind.equals("event") ? "" : "?kind=session");
        assertEquals(List.of(), Axe.seriousViolations(browser), kind + " at " + width + " px");
        if (kind.equals("event")) {
          browser.fullPageScreenshot("curator-" + width);
        }
      }
    }
  }

  // ---------- helpers ----------

  private static void openConsole(String query) {
    browser.driver().get(seeds.baseUrl() + "/curator" + query);
    waitUntilLoaded();
  }

  /** Every table, panel and count of the console has arrived. */
  private static void waitUntilLoaded() {
    browser.waitUntil(
        d ->
            Boolean.TRUE.equals(
                browser.script(
                    """
        const has = (s) => document.querySelector(s) !== null;
        return document.querySelectorAll('[aria-busy]').length === 0 && has('#topic-matrix table')
          && has('#month-matrix table') && has('#org-matrix table') && has('#month-chart table')
          && has('#gaps-municipalities p') && has('#widget-problems p, #widget-problems table')
          && document.getElementById('kind-summary').textContent !== '';
        """)));
  }

  private static String text(String id) {
    return browser.driver().findElement(By.id(id)).getText();
  }

  /** Waits for the table in this container whose first header is this, and reads it. */
  private static Map<String, Map<String, String>> waitForTable(
      String container, String firstHeader) {
    browser.waitUntil(
        d ->
            firstHeader.equals(
                    browser.script(
                        "const th = document.querySelector('#' + arguments[0] + ' thead th'); return th && th.textContent;",
                        container))
                && Boolean.TRUE.equals(
                    browser.script(
                        "return !document.getElementById(arguments[0]).hasAttribute('aria-busy');",
                        container)));
    return table(container);
  }

  /** The column headers of the table in this container, in order. */
  @SuppressWarnings("unchecked")
  private static List<String> headers(String container) {
    return (List<String>)
        browser.script(
            "return Array.from(document.querySelectorAll('#' + arguments[0]"
                + " + ' thead th'), (th) => th.textContent);",
            container);
  }

  /**
   * A table as row header -> column header -> text (the columns' order as {@link #headers} reads
   * it).
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, String>> table(String container) {
    Map<String, Map<String, String>> read =
        (Map<String, Map<String, String>>)
            browser.script(
                """
        const table = document.querySelector('#' + arguments[0] + ' table');
        const heads = Array.from(table.querySelectorAll('thead th'), (th) => th.textContent);
        const out = {};
        for (const tr of table.querySelectorAll('tbody tr')) {
          const cells = Array.from(tr.children, (c) => c.textContent);
          out[cells[0]] = Object.fromEntries(heads.slice(1).map((h, i) => [h, cells[i + 1]]));
        }
        return out;
        """,
                container);
    Map<String, Map<String, String>> ordered = new TreeMap<>();
    read.forEach((row, cells) -> ordered.put(row, new LinkedHashMap<>(cells)));
    return ordered;
  }

  private static Map<String, String> column(Map<String, Map<String, String>> table, String header) {
    Map<String, String> out = new TreeMap<>();
    table.forEach((row, cells) -> out.put(row, cells.get(header)));
    return out;
  }

  private static long count(DocumentKind kind) {
    return documents.stream().filter(d -> d.kind() == kind).count();
  }

  /** Documents of a kind per venue city, from the stored documents. */
  private static Map<String, Long> perVenue(DocumentKind kind) {
    return documents.stream()
        .filter(d -> d.kind() == kind && d.venue() != null)
        .collect(Collectors.groupingBy(d -> d.venue().name(), TreeMap::new, Collectors.counting()));
  }

  private static Map<String, String> asText(Map<String, Long> counts) {
    Map<String, String> out = new TreeMap<>();
    counts.forEach((k, v) -> out.put(k, Long.toString(v)));
    return out;
  }

  /**
   * The year grid as the stored documents give it: per year from the first to the last with a
   * document of the kind, per month, the documents taking place in it (from start to end).
   */
  private static Map<String, Map<String, String>> perMonth(DocumentKind kind) {
    List<EventDocument> dated =
        documents.stream().filter(d -> d.kind() == kind && d.startDate() != null).toList();
    int first = dated.stream().mapToInt(d -> d.startDate().getYear()).min().orElseThrow();
    int last = dated.stream().mapToInt(d -> end(d).getYear()).max().orElseThrow();
    Map<String, Map<String, String>> out = new TreeMap<>();
    for (int year = first; year <= last; year++) {
      Map<String, String> months = new LinkedHashMap<>();
      for (int m = 1; m <= 12; m++) {
        YearMonth month = YearMonth.of(year, m);
        long n =
            dated.stream()
                .filter(
                    d ->
                        !YearMonth.from(d.startDate()).isAfter(month)
                            && !YearMonth.from(end(d)).isBefore(month))
                .count();
        months.put(MONTHS[m - 1], Long.toString(n));
      }
      out.put(Integer.toString(year), months);
    }
    return out;
  }

  private static LocalDate end(EventDocument d) {
    return d.endDate() == null || d.endDate().isBefore(d.startDate()) ? d.startDate() : d.endDate();
  }

  private static byte[] download(String href) throws Exception {
    HttpResponse<byte[]> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(seeds.baseUrl() + href)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    return r.body();
  }
}
