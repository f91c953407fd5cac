package de.smartcitysearch.server.instantsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import de.smartcitysearch.ui.Chromium;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The InstantSearch demo page in real headless Chromium against the real server and the seed index:
 * the widgets of instantsearch.js with the algoliasearch lite client, unchanged, under the server's
 * Content-Security-Policy. What the page should show is read from {@code /api/search}, the same
 * query core's other door.
 */
class InstantSearchDemoTest {

  private static ProtocolServer server;
  private static Chromium browser;

  @BeforeAll
  static void start() throws Exception {
    browser = Chromium.start(); // fails, naming the packages, when Chromium is not installed
    server = new ProtocolServer();
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

  @BeforeEach
  void openTheDemo() {
    browser.resize(1280, 900);
    browser.driver().get(server.baseUrl() + "/instantsearch-demo.html");
    waitForStats(total("") + " Einträge");
  }

  @AfterEach
  void theBrowserReportedNoErrors() {
    List<String> errors =
        browser.browserLog().stream().filter(line -> line.startsWith("SEVERE")).toList();
    assertEquals(List.of(), errors, "console errors (CSP violations and failed searches included)");
    assertEquals("", browser.driver().findElement(By.id("error")).getText());
  }

  @Test
  void typingFiltersTheHitsAndHighlightsTheMatches() throws Exception {
    List<String> before = hitTitles();
    WebElement box =
        browser.driver().findElement(By.cssSelector("#searchbox input.ais-SearchBox-input"));
    box.sendKeys("Datenplattform Kiel");
    waitForStats(total("Datenplattform Kiel") + " Treffer für „Datenplattform Kiel“");
    List<String> titles = hitTitles();
    assertNotEquals(before, titles);
    assertEquals(apiTitles("Datenplattform Kiel"), titles);
    @SuppressWarnings("unchecked")
    List<String> firstTitleMarks =
        (List<String>)
            browser.script(
                "return Array.from(document.querySelectorAll("
                    + "'.ais-Hits-item:first-child h3 mark'), (m) => m.textContent);");
    assertEquals(
        List.of("Kiel"), firstTitleMarks, "the title \"7. MPSC-Kongress in Kiel: ...\" marks Kiel");
    String html =
        (String)
            browser.script(
                "return document.querySelector('.ais-Hits-item:first-child h3').innerHTML;");
    assertTrue(html.contains(">Kiel</mark>"), html);
    browser.screenshot("instantsearch-demo-query");
  }

  @Test
  void aRefinementNarrowsTheHitsAndAMultiSelectKeepsTheOtherValuesCounts() throws Exception {
    Map<String, Long> topics = counts("#topics");
    Map<String, Long> organisations = counts("#organisations");
    Map<String, Long> allTopics = apiCounts("", "", "topic");
    topics.forEach((name, count) -> assertEquals(allTopics.get(name), count, name));
    assertTrue(topics.containsKey("Wissenstransfer") && topics.size() > 1, topics.toString());
    String second =
        topics.keySet().stream()
            .filter(t -> !t.equals("Wissenstransfer"))
            .reduce((a, b) -> b)
            .orElseThrow(); // the last topic shown: a value with fewer events than the first

    check("#topics", "Wissenstransfer");
    waitForStats(total("", "topic=Wissenstransfer") + " Einträge");
    assertEquals(
        topics, counts("#topics"), "the other topics keep their counts while one is selected");
    Map<String, Long> narrowed = counts("#organisations");
    assertNotEquals(organisations, narrowed, "other facets count the narrowed hits");
    Map<String, Long> expected = apiCounts("", "topic=Wissenstransfer", "organisation");
    narrowed.forEach((name, count) -> assertEquals(expected.get(name), count, name));

    check("#topics", second);
    waitForStats(
        total(
                "",
                "topic=Wissenstransfer&topic=" + URLEncoder.encode(second, StandardCharsets.UTF_8))
            + " Einträge");
    assertEquals(
        topics,
        counts("#topics"),
        "a second value of the same facet: any of them, counts unchanged");
    assertEquals(Set.of(second, "Wissenstransfer"), Set.copyOf(selected("#topics")));
    browser.screenshot("instantsearch-demo-refined");
  }

  @Test
  void theHierarchicalMenuDrillsFromLandToCity() throws Exception {
    Map<String, Long> lands = menu();
    assertEquals(apiCounts("", "", "land"), lands);
    clickMenu("Schleswig-Holstein");
    browser.waitUntil(d -> menu().containsKey("Kiel"));
    waitForStats(
        total("", "land=Schleswig-Holstein") + " " + noun(total("", "land=Schleswig-Holstein")));
    assertEquals(apiCounts("", "land=Schleswig-Holstein", "city").get("Kiel"), menu().get("Kiel"));
    clickMenu("Kiel");
    waitForStats(total("", "city=Kiel") + " " + noun(total("", "city=Kiel")));
    hitPlaces().forEach(place -> assertEquals("Kiel, Schleswig-Holstein", place));
    assertEquals(
        List.of("Schleswig-Holstein", "Kiel"),
        browser.script(
            "return Array.from(document.querySelectorAll("
                + "'#places .ais-HierarchicalMenu-item--selected > div .ais-HierarchicalMenu-label'), (e) => e.textContent);"));
  }

  @Test
  void paginationMovesToTheNextHits() throws Exception {
    List<String> first = hitTitles();
    browser
        .driver()
        .findElement(By.cssSelector("#pagination .ais-Pagination-item--nextPage a"))
        .click();
    browser.waitUntil(
        d ->
            "2"
                .equals(
                    d.findElement(By.cssSelector("#pagination .ais-Pagination-item--selected"))
                        .getText()));
    browser.waitUntil(d -> !hitTitles().equals(first));
    List<String> second = hitTitles();
    assertEquals(6, second.size());
    assertTrue(
        second.stream().noneMatch(first::contains),
        "page 2 shows other hits: " + first + " / " + second);
    assertEquals(apiTitles("", "page=2&size=6"), second);
  }

  @Test
  void aDateRangeKeepsTheEventsThatTakePlaceInIt() throws Exception {
    browser.script(
        "document.querySelector('#date-from').value = '2025-10-01';"
            + "document.querySelector('#date-to').value = '2025-12-31';");
    browser.driver().findElement(By.cssSelector("#dates button")).click();
    long inRange = total("", "from=2025-10-01&to=2025-12-31");
    assertTrue(inRange > 0 && inRange < total(""));
    waitForStats(inRange + " " + noun(inRange));
    assertEquals(apiTitles("", "from=2025-10-01&to=2025-12-31&size=6"), hitTitles());
  }

  @Test
  void theSearchableOrganisationListSearchesTheFacetValues() {
    // typed in one go: letter by letter, the answers to "frau" and "fraunh" may arrive in either
    // order
    browser.script(
        "const box = document.querySelector('#organisations .ais-SearchBox-input');"
            + "box.value = 'fraunh'; box.dispatchEvent(new Event('input', { bubbles: true }));");
    browser.waitUntil(
        d ->
            List.of("Fraunh", "Fraunh")
                .equals(
                    browser.script(
                        "return Array.from("
                            + "document.querySelectorAll('#organisations .ais-RefinementList-labelText mark'), (m) => m.textContent);")));
    assertEquals(
        java.util.Set.of("Fraunhofer IESE", "Fraunhofer IAO"), counts("#organisations").keySet());
  }

  @Test
  void theDemoAtDesktopAndPhoneWidth() {
    browser.resize(1280, 900);
    browser.screenshot("instantsearch-demo-1280");
    browser.resize(375, 812);
    browser.driver().get(server.baseUrl() + "/instantsearch-demo.html");
    waitForStats(total("") + " Einträge");
    @SuppressWarnings("unchecked")
    List<String> tooWide =
        (List<String>)
            browser.script(
                "const w = document.documentElement.clientWidth;"
                    + "return Array.from(document.querySelectorAll('body *')).filter((e) => e.getBoundingClientRect().right > w)"
                    + ".map((e) => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));");
    assertEquals(List.of(), tooWide, "nothing wider than the phone's screen");
    browser.screenshot("instantsearch-demo-375");
  }

  private void waitForStats(String expected) {
    browser.waitUntil(d -> expected.equals(d.findElement(By.id("stats")).getText()));
  }

  private static String noun(long n) {
    return n == 1 ? "Eintrag" : "Einträge";
  }

  @SuppressWarnings("unchecked")
  private List<String> hitTitles() {
    return (List<String>)
        browser.script(
            "return Array.from(document.querySelectorAll('#hits .ais-Hits-item h3'),"
                + " (e) => e.textContent);");
  }

  @SuppressWarnings("unchecked")
  private List<String> hitPlaces() {
    return (List<String>)
        browser.script(
            "return Array.from(document.querySelectorAll('#hits .meta'),"
                + " (e) => e.textContent.split(' · ')[1]);");
  }

  /** The values of a refinement list and their counts, read in one go. */
  @SuppressWarnings("unchecked")
  private Map<String, Long> counts(String container) {
    List<List<Object>> items =
        (List<List<Object>>)
            browser.script(
                "return Array.from(document.querySelectorAll("
                    + "arguments[0] + ' .ais-RefinementList-item'), (i) => [i.querySelector('.ais-RefinementList-labelText')"
                    + ".textContent, Number(i.querySelector('.ais-RefinementList-count').textContent)]);",
                container);
    Map<String, Long> out = new LinkedHashMap<>();
    items.forEach(i -> out.put((String) i.get(0), ((Number) i.get(1)).longValue()));
    return out;
  }

  @SuppressWarnings("unchecked")
  private List<String> selected(String container) {
    return ((List<String>)
            browser.script(
                "return Array.from(document.querySelectorAll(arguments[0] + "
                    + "' .ais-RefinementList-item--selected .ais-RefinementList-labelText'), (e) => e.textContent);",
                container))
        .stream().sorted().toList();
  }

  private void check(String container, String value) {
    browser.driver().findElements(By.cssSelector(container + " .ais-RefinementList-item")).stream()
        .filter(
            i ->
                i.findElement(By.cssSelector(".ais-RefinementList-labelText"))
                    .getText()
                    .equals(value))
        .findFirst()
        .orElseThrow(() -> new AssertionError(value + " not in " + container))
        .findElement(By.cssSelector("input"))
        .click();
  }

  /**
   * Every entry of the hierarchical menu (Länder, and the cities of an opened Land) with its count.
   */
  @SuppressWarnings("unchecked")
  private Map<String, Long> menu() {
    List<List<Object>> items =
        (List<List<Object>>)
            browser.script(
                "return Array.from(document.querySelectorAll("
                    + "'#places .ais-HierarchicalMenu-link'), (a) => [a.querySelector('.ais-HierarchicalMenu-label').textContent,"
                    + " Number(a.querySelector('.ais-HierarchicalMenu-count').textContent)]);");
    Map<String, Long> out = new LinkedHashMap<>();
    items.forEach(i -> out.put((String) i.get(0), ((Number) i.get(1)).longValue()));
    return out;
  }

  private void clickMenu(String label) {
    browser.driver().findElements(By.cssSelector("#places .ais-HierarchicalMenu-link")).stream()
        .filter(
            a ->
                a.findElement(By.cssSelector(".ais-HierarchicalMenu-label"))
                    .getText()
                    .equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError(label + " not in the menu"))
        .click();
  }

  private static long total(String text, String... filters) {
    return api(text, filters.length == 0 ? "" : filters[0]).get("total").getAsLong();
  }

  private static List<String> apiTitles(String text, String... more) {
    List<String> out = new java.util.ArrayList<>();
    api(text, (more.length == 0 ? "size=6" : more[0]))
        .getAsJsonArray("hits")
        .forEach(h -> out.add(h.getAsJsonObject().get("title").getAsString()));
    return out;
  }

  /** A facet's counts per /api/search, values without hits left out (as the widgets show them). */
  private static Map<String, Long> apiCounts(String text, String filters, String facet) {
    Map<String, Long> out = new LinkedHashMap<>();
    api(text, filters)
        .getAsJsonObject("facets")
        .getAsJsonArray(facet)
        .forEach(
            v -> {
              long n = v.getAsJsonObject().get("count").getAsLong();
              if (n > 0) {
                out.put(v.getAsJsonObject().get("value").getAsString(), n);
              }
            });
    return out;
  }

  private static JsonObject api(String text, String more) {
    try {
      String size = more.contains("size=") ? "" : "&size=6";
      return server.get(
          "/api/search?q="
              + URLEncoder.encode(text, StandardCharsets.UTF_8)
              + size
              + (more.isEmpty() ? "" : "&" + more));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
