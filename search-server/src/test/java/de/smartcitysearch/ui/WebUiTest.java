package de.smartcitysearch.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The three pages as visitors, partners and curators use them, in real headless Chromium against
 * the real server: search with highlighting, facets and history; the widget on a partner's site of
 * another origin; the curator console with its matrix and CSV; and page text that never turns into
 * markup, under the server's own CSP.
 */
class WebUiTest {

  @TempDir static Path indexDir;
  private static UiServer server;
  private static Chromium browser;

  @BeforeAll
  static void start() throws Exception {
    browser = Chromium.start();
    server = new UiServer(indexDir);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @AfterEach
  void nothingRanAndTheBrowserReportedNoErrors() {
    assertNull(browser.script("return window.__pwned;"), "page content ran as script");
    assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert());
    List<String> errors =
        browser.browserLog().stream().filter(line -> line.startsWith("SEVERE")).toList();
    assertEquals(List.of(), errors, "console errors (CSP violations included)");
  }

  private WebDriver open(String pathAndQuery) {
    browser.driver().get(server.baseUrl() + pathAndQuery);
    return browser.driver();
  }

  private String status() {
    return browser.driver().findElement(By.id("status")).getText();
  }

  /** Waits until the status line (the live region) says this. */
  private void waitForStatus(String expected) {
    browser.waitUntil(d -> expected.equals(d.findElement(By.id("status")).getText()));
  }

  /** The titles of the events on the page, read in one go (a re-render cannot interleave). */
  @SuppressWarnings("unchecked")
  private List<String> hitTitles() {
    return (List<String>)
        browser.script(
            "return Array.from(document.querySelectorAll('#results article > "
                + ".hit-title'), (e) => e.textContent);");
  }

  @Test
  void aTypedQueryShowsSuggestionsThenHighlightedResults() {
    WebDriver page = open("/");
    browser.waitUntil(d -> !d.findElement(By.id("status")).getText().isEmpty());
    WebElement box = page.findElement(By.id("q"));
    box.sendKeys("Digitalt");
    WebElement suggestion =
        browser.waitUntil(
            d ->
                d.findElements(By.cssSelector("#suggestions li")).stream()
                    .filter(li -> li.getText().contains("Digitaltag Kiel 2026"))
                    .findFirst()
                    .orElse(null));
    assertEquals("true", box.getAttribute("aria-expanded"));
    assertTrue(suggestion.isDisplayed());

    box.clear();
    box.sendKeys("Konferenz", Keys.ENTER);
    waitForStatus("2 Treffer für „Konferenz“");
    assertEquals(
        List.of("Smart City Konferenz Nürnberg", "Smart City Konferenz München"),
        hitTitles().stream().sorted().toList().reversed(),
        "both conferences, whatever their order");
    @SuppressWarnings("unchecked")
    List<String> marked =
        (List<String>)
            browser.script(
                "return Array.from(document.querySelectorAll('#results .hit-title mark'), (m) => m.textContent);");
    assertEquals(List.of("Konferenz", "Konferenz"), marked);
    assertTrue(page.getCurrentUrl().endsWith("/?q=Konferenz"), page.getCurrentUrl());
    assertEquals("Konferenz – Smart-City-Veranstaltungssuche", page.getTitle());
    assertFalse(
        page.findElement(By.id("suggestions")).isDisplayed(),
        "no suggestion list over the results");
    browser.screenshot("search-results");
  }

  @Test
  void aSuggestionIsChosenWithTheKeyboard() {
    WebDriver page = open("/");
    browser.waitUntil(d -> !d.findElement(By.id("status")).getText().isEmpty());
    WebElement box = page.findElement(By.id("q"));
    box.sendKeys("Stadtwerk");
    browser.waitUntil(
        d ->
            d.findElements(By.cssSelector("#suggestions li")).stream()
                .anyMatch(li -> li.getText().startsWith("Stadtwerkstatt Ostufer")));
    box.sendKeys(Keys.ARROW_DOWN);
    assertEquals("suggestion-0", box.getAttribute("aria-activedescendant"));
    box.sendKeys(Keys.ENTER);
    waitForStatus("1 Treffer für „Stadtwerkstatt Ostufer“");
    assertEquals(List.of("Stadtwerkstatt Ostufer"), hitTitles());
  }

  @Test
  void onAPhoneTheFiltersFoldAway() {
    browser.resize(390, 844);
    try {
      WebDriver page = open("/?q=Konferenz");
      waitForStatus("2 Treffer für „Konferenz“");
      WebElement toggle = page.findElement(By.id("filter-toggle"));
      assertTrue(toggle.isDisplayed());
      assertFalse(page.findElement(By.id("facets")).isDisplayed());
      browser.screenshot("search-phone");
      toggle.click();
      assertTrue(page.findElement(By.id("facets")).isDisplayed());
      assertEquals("true", toggle.getAttribute("aria-expanded"));
    } finally {
      browser.resize(1280, 900);
    }
  }

  @Test
  void tickingAFacetNarrowsTheResultsAndBackRestoresThem() {
    WebDriver page = open("/");
    browser.waitUntil(d -> !facetCount("format", "Online").isEmpty());
    String allStatus = status();
    // every event has a format; "Online" are the Leipzig hackathon and the Leipzig data evening
    assertEquals("2", facetCount("format", "Online"));
    assertEquals("2", facetCount("topic", "Bürgerbeteiligung"));

    facetCheckbox("topic", "Bürgerbeteiligung").click();
    // the Kiel Ostufer workshop and the Leipzig hackathon
    waitForStatus("2 Treffer");
    assertEquals(
        List.of("Hack <script>alert(1)</script> Abend", "Stadtwerkstatt Ostufer"),
        hitTitles().stream().sorted().toList());
    assertEquals(
        "1", facetCount("format", "Online"), "the data evening is not about participation");
    assertTrue(
        page.getCurrentUrl().endsWith("/?topic=B%C3%BCrgerbeteiligung"), page.getCurrentUrl());
    assertTrue(facetCheckbox("topic", "Bürgerbeteiligung").isSelected());
    assertEquals(
        List.of("Thema: Bürgerbeteiligung×"),
        page.findElements(By.cssSelector("#chips .chip")).stream()
            .map(e -> e.getText().replace("\n", ""))
            .toList());
    browser.screenshot("search-facet-ticked");

    page.navigate().back();
    waitForStatus(allStatus);
    assertEquals("2", facetCount("format", "Online"));
    assertFalse(facetCheckbox("topic", "Bürgerbeteiligung").isSelected());
    assertTrue(page.findElements(By.cssSelector("#chips .chip")).isEmpty());

    page.navigate().forward();
    waitForStatus("2 Treffer");
    assertTrue(facetCheckbox("topic", "Bürgerbeteiligung").isSelected());
  }

  @Test
  void upcomingMeansFromTheServersToday() {
    open("/");
    browser.waitUntil(d -> !d.findElements(By.id("when-upcoming")).isEmpty());
    String allStatus = status();
    assertTrue(hitTitles().contains("Smart City Konferenz München"));
    browser.driver().findElement(By.id("when-upcoming")).click();
    browser.waitUntil(
        d -> d.getCurrentUrl().endsWith("/?when=upcoming") && !status().equals(allStatus));
    assertTrue(hitTitles().contains("Smart City Konferenz Nürnberg"), hitTitles().toString());
    // the server's today is 15 January 2026: the Munich conference of May 2025 is past
    assertFalse(hitTitles().contains("Smart City Konferenz München"), hitTitles().toString());
    assertTrue(hitTitles().contains("Stadtwerkstatt Ostufer"));
  }

  @Test
  void theWidgetDemoShowsTheSnippetAndALivePreview() {
    WebDriver page = open("/widget-demo.html");
    String snippet =
        browser.waitUntil(
            d -> {
              String text = d.findElement(By.id("snippet")).getText();
              return text.isEmpty() ? null : text;
            });
    assertTrue(
        snippet.startsWith(
            "<script src=\""
                + server.baseUrl()
                + "/widget.js\" defer></script>\n"
                + "<smartcity-search endpoint=\""
                + server.baseUrl()
                + "\""),
        snippet);
    page.findElement(By.id("opt-city")).sendKeys("Leipzig");
    browser.waitUntil(d -> d.findElement(By.id("snippet")).getText().contains("city=\"Leipzig\""));
    // all dates by default: both Leipzig events
    browser.waitUntil(d -> widgetTexts("li > a").size() == 2);
    assertTrue(widgetTexts("li > a").contains(UiServer.HOSTILE_TITLE));
    browser.screenshot("widget-demo");
  }

  @Test
  void theInterpretationIsOfferedAsAFilter() {
    WebDriver page = open("/?q=Digitaltag%20Kiel");
    WebElement offer =
        browser.waitUntil(
            d ->
                d.findElements(By.cssSelector("#notices button.offer")).stream()
                    .filter(b -> b.getText().equals("Nur Kiel?"))
                    .findFirst()
                    .orElse(null));
    offer.click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("city=Kiel"));
    browser.waitUntil(
        d ->
            d.findElements(By.cssSelector("#chips .chip")).stream()
                .anyMatch(c -> c.getText().startsWith("Stadt: Kiel")));
  }

  @Test
  void theWidgetOnAPartnerSiteOfAnotherOriginShowsResults() {
    try (PartnerSite partner =
        PartnerSite.start(
            server.baseUrl(), "<smartcity-search city=\"Kiel\" size=\"5\"></smartcity-search>")) {
      WebDriver page = browser.driver();
      page.get(partner.url());
      assertNotEquals(server.baseUrl() + "/", partner.url());
      List<String> titles =
          browser.waitUntil(
              d -> {
                List<String> t = widgetTexts("li > a");
                return t.isEmpty() ? null : t;
              });
      assertTrue(
          titles.containsAll(List.of("Digitaltag Kiel 2026", "Stadtwerkstatt Ostufer")),
          titles.toString());
      assertTrue(
          titles.stream().noneMatch(t -> t.contains("München") || t.contains("Leipzig")),
          titles.toString());

      typeIntoWidget("Ostufer");
      browser.waitUntil(d -> widgetTexts("li > a").equals(List.of("Stadtwerkstatt Ostufer")));
      // in the title and in the snippet ("... gestalten gemeinsam das Ostufer.")
      assertEquals(List.of("Ostufer", "Ostufer"), widgetTexts("li mark"));
      assertEquals(
          server.baseUrl() + "/veranstaltung/kiel-ostufer",
          browser.script(
              "return document.querySelector('smartcity-search').shadowRoot.querySelector('li > a').href;"),
          "a result leads to the event's page on the search server");
      assertEquals(
          Boolean.FALSE,
          browser.script(
              "const all = document.querySelector('smartcity-search')"
                  + ".shadowRoot.querySelector('a.all'); return all.getClientRects().length > 0;"),
          "no link to all hits when they are all shown");
      browser.screenshot("widget-partner");
    }
  }

  @Test
  void theWidgetShowsHostileTitlesAsText() {
    try (PartnerSite partner =
        PartnerSite.start(server.baseUrl(), "<smartcity-search></smartcity-search>")) {
      browser.driver().get(partner.url());
      browser.waitUntil(d -> !widgetTexts("li > a").isEmpty());
      typeIntoWidget("Datenabend");
      browser.waitUntil(d -> widgetTexts("li > a").equals(List.of(UiServer.HOSTILE_TITLE)));
      String text =
          (String)
              browser.script(
                  "return document.querySelector('smartcity-search').shadowRoot.querySelector('ol').textContent;");
      assertTrue(text.contains(UiServer.HOSTILE_IMG), text);
      assertEquals(
          0L,
          browser.script(
              "return document.querySelector('smartcity-search').shadowRoot"
                  + ".querySelectorAll('script, img').length;"));
    }
  }

  @Test
  void hostileTextOnTheSearchPageStaysText() {
    WebDriver page = open("/?q=Datenabend");
    waitForStatus("1 Treffer für „Datenabend“");
    assertEquals(List.of(UiServer.HOSTILE_TITLE), hitTitles());
    String results = page.findElement(By.id("results")).getText();
    assertTrue(results.contains(UiServer.HOSTILE_IMG), results);
    assertTrue(
        results.contains(UiServer.HOSTILE_ORGANISATION), "the organisation badge: " + results);
    assertTrue(
        page.findElements(By.cssSelector("#results img, #results script, #facets img")).isEmpty());
    assertTrue(page.findElement(By.id("facets")).getText().contains(UiServer.HOSTILE_ORGANISATION));
    browser.screenshot("search-hostile");
  }

  @Test
  void theCuratorConsoleShowsTheMatrixItsZerosTheCsvAndTheQueriesThatFoundNothing() {
    browser.driver().get(server.baseUrl() + "/");
    String zero =
        (String)
            browser.asyncScript(
                """
        const done = arguments[arguments.length - 1];
        fetch('/api/search?q=Quarkstrudel').then((r) => r.json()).then((j) => done(String(j.total)));
        """);
    assertEquals("0", zero);

    WebDriver page = open("/curator");
    WebElement matrix =
        browser.waitUntil(
            d ->
                d.findElements(By.cssSelector("#topic-matrix table")).stream()
                    .findFirst()
                    .orElse(null));
    List<String> columns =
        matrix.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText).toList();
    assertEquals(
        List.of(
            "Bundesland",
            "Digitale Verwaltung",
            "Mobilität",
            "Bürgerbeteiligung",
            "Open Data",
            "Energie",
            "Gesamt"),
        columns);
    // Bayern: the conferences in München and Nürnberg, both on digital administration, nothing else
    Map<String, String> bayern = row(matrix, "Bayern", columns);
    assertEquals("2", bayern.get("Digitale Verwaltung"));
    assertEquals("0", bayern.get("Mobilität"));
    assertEquals("2", bayern.get("Gesamt"));
    WebElement gap = cell(matrix, "Bayern", columns.indexOf("Energie"));
    assertTrue(gap.getAttribute("class").contains("zero"), "a zero is marked as a gap");
    assertEquals(
        "/?land=Bayern&topic=Energie", gap.findElement(By.tagName("a")).getDomAttribute("href"));
    assertFalse(
        cell(matrix, "Bayern", columns.indexOf("Digitale Verwaltung"))
            .getAttribute("class")
            .contains("zero"));

    String href =
        page.findElement(By.cssSelector("#topic-csv a.csv-plain")).getDomAttribute("href");
    String csv =
        (String)
            browser.asyncScript(
                """
        const done = arguments[arguments.length - 1];
        fetch(arguments[0]).then((r) => r.text()).then(done);
        """,
                href);
    List<String> lines = Arrays.asList(csv.split("\r?\n"));
    assertEquals(
        "land,total,Digitale Verwaltung,Mobilität,Bürgerbeteiligung,Open Data,Energie",
        lines.get(0));
    assertTrue(lines.contains("Bayern,2,2,0,0,0,0"), csv);

    WebElement laender =
        browser.waitUntil(
            d ->
                d.findElements(By.cssSelector("#gaps-laender li")).isEmpty()
                    ? null
                    : d.findElement(By.id("gaps-laender")));
    // events in Schleswig-Holstein, Hamburg, Bayern and Sachsen: twelve Länder have none
    assertTrue(
        laender.getText().startsWith("12 von 16 Bundesländern ohne Veranstaltung."),
        laender.getText());
    assertTrue(laender.getText().contains("Bremen"));

    // the searches that found nothing: only after the curator key is typed in
    browser.waitUntil(
        d -> d.findElement(By.id("zero-results")).getText().contains("Kuratorenschlüssel"));
    page.findElement(By.id("curator-key")).sendKeys("falscher-schluessel", Keys.ENTER);
    browser.waitUntil(
        d -> d.findElement(By.id("zero-results")).getText().contains("nicht angenommen"));
    // the refused key is the one error expected here: Chromium reports every 401 (and reading the
    // log empties it)
    assertTrue(
        browser.browserLog().stream()
            .filter(line -> line.startsWith("SEVERE"))
            .allMatch(line -> line.contains("/api/zero-results") && line.contains("401")));
    page.findElement(By.id("curator-key")).sendKeys(UiServer.CURATOR_KEY, Keys.ENTER);
    WebElement zeroQueries =
        browser.waitUntil(
            d ->
                d.findElements(By.cssSelector("#zero-results td")).isEmpty()
                    ? null
                    : d.findElement(By.id("zero-results")));
    assertTrue(zeroQueries.getText().contains("quarkstrudel"), zeroQueries.getText());
    assertFalse(page.getCurrentUrl().contains(UiServer.CURATOR_KEY), "the key is never in the URL");
    assertEquals(
        UiServer.CURATOR_KEY,
        browser.script("return sessionStorage.getItem('smartcity-search.curator-key');"),
        "kept for this tab only");
    assertFalse(
        page.findElement(By.id("curator-key-form")).isDisplayed(), "no form once the list shows");
    // the CSV comes through fetch with the key (a link could not carry it) and is handed over as a
    // blob
    browser.script(
        """
        window.__downloads = [];
        const blobs = new Map();
        const createObjectURL = URL.createObjectURL;
        URL.createObjectURL = (blob) => { const url = createObjectURL(blob); blobs.set(url, blob); return url; };
        document.addEventListener('click', (e) => {
          if (e.target.tagName === 'A' && blobs.has(e.target.href)) {
            e.preventDefault(); // read instead of saved: headless Chromium has nowhere to save it
            blobs.get(e.target.href).text().then((t) => window.__downloads.push([e.target.download, t]));
          }
        }, true);""");
    page.findElement(By.id("zero-csv")).click();
    @SuppressWarnings("unchecked")
    List<List<String>> downloads =
        (List<List<String>>)
            browser.waitUntil(
                d -> {
                  Object got = browser.script("return window.__downloads;");
                  return got instanceof List<?> list && !list.isEmpty() ? got : null;
                });
    assertEquals("anfragen-ohne-treffer.csv", downloads.get(0).get(0));
    // Blob.text() decodes UTF-8 and drops the byte order mark; ZeroResultsApiTest checks the bytes
    assertTrue(
        downloads.get(0).get(1).startsWith("query;filters;clients;searches;first_seen;last_seen"),
        "for German Excel: semicolons " + downloads);
    assertTrue(downloads.get(0).get(1).contains("quarkstrudel;"), downloads.toString());

    WebElement organisations =
        browser.waitUntil(
            d ->
                d.findElements(By.cssSelector("#org-matrix table")).stream()
                    .findFirst()
                    .orElse(null));
    assertTrue(
        organisations.getText().contains(UiServer.HOSTILE_ORGANISATION), organisations.getText());
    assertTrue(page.findElements(By.cssSelector("main img, main script")).isEmpty());
    browser.screenshot("curator");
    browser.script("document.getElementById('chart-heading').scrollIntoView();");
    browser.screenshot("curator-chart");
    browser.script("document.getElementById('zero-heading').scrollIntoView();");
    browser.screenshot("curator-zero-results");
  }

  // ---------- helpers ----------

  private static WebElement facetCheckbox(String group, String label) {
    return facetRow(group, label).findElement(By.cssSelector("input[type=checkbox]"));
  }

  private static String facetCount(String group, String label) {
    List<WebElement> rows =
        browser
            .driver()
            .findElements(By.cssSelector("fieldset[data-group='" + group + "'] .facet-value"));
    return rows.stream()
        .filter(r -> r.findElement(By.cssSelector(".facet-label")).getText().equals(label))
        .map(r -> r.findElement(By.cssSelector(".count")).getText())
        .findFirst()
        .orElse("");
  }

  private static WebElement facetRow(String group, String label) {
    return browser
        .driver()
        .findElements(By.cssSelector("fieldset[data-group='" + group + "'] .facet-value"))
        .stream()
        .filter(r -> r.findElement(By.cssSelector(".facet-label")).getText().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no facet value " + label + " in " + group));
  }

  private static WebElement cell(WebElement matrix, String rowLabel, int column) {
    WebElement tr =
        matrix.findElements(By.cssSelector("tbody tr")).stream()
            .filter(r -> r.findElement(By.tagName("th")).getText().equals(rowLabel))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no row " + rowLabel));
    return tr.findElements(By.cssSelector("th, td")).get(column);
  }

  private static Map<String, String> row(WebElement matrix, String rowLabel, List<String> columns) {
    return Map.of(
        "Digitale Verwaltung",
            cell(matrix, rowLabel, columns.indexOf("Digitale Verwaltung")).getText(),
        "Mobilität", cell(matrix, rowLabel, columns.indexOf("Mobilität")).getText(),
        "Gesamt", cell(matrix, rowLabel, columns.indexOf("Gesamt")).getText());
  }

  @SuppressWarnings("unchecked")
  private static List<String> widgetTexts(String selector) {
    return (List<String>)
        browser.script(
            """
        const w = document.querySelector('smartcity-search');
        if (!w || !w.shadowRoot) return [];
        return Array.from(w.shadowRoot.querySelectorAll(arguments[0]), (e) => e.textContent);
        """,
            selector);
  }

  private static void typeIntoWidget(String text) {
    WebElement input =
        (WebElement)
            browser.script(
                "return document.querySelector('smartcity-search').shadowRoot.querySelector('input');");
    input.clear();
    input.sendKeys(text, Keys.ENTER);
  }
}
