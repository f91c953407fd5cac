package de.smartcitysearch.ui;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import de.smartcitysearch.cli.SeedSite;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A visitor's journey through the product as shipped, in real headless Chromium against the real
 * server over the seed pages indexed by the real pipeline: from a result to the event page, the
 * calendar download, subscribing to a search, completing a query of several words, the phone's
 * filter drawer, and no serious accessibility violation.
 *
 * <p>"Today" is 1 September 2025, so by the dates on the pages (read by hand) four seed events lie
 * ahead: the Regionalkonferenz in Konstanz (24 September 2025), the Smart Country Convention 2025
 * in Berlin (30 September), the MPSC-Kongress in Kiel (18 November) and the MPSC-Kongress in Berlin
 * (28 April 2026); the Smart Country Convention 2022 is past.
 */
class VisitorJourneyTest {

  private static final Clock SEPTEMBER_2025 =
      Clock.fixed(Instant.parse("2025-09-01T08:00:00Z"), ZoneOffset.UTC);
  private static final String BERLIN_2026 =
      "Gekommen, um zu bleiben: Vom Machen ins Wirken – MPSC-Kongress in Berlin";
  private static final String SCCON_2025 =
      "Impulse für digitale Souveränität und Zusammenarbeit: Das war die Smart Country Convention 2025";
  private static final String KIEL_2025 =
      "7. MPSC-Kongress in Kiel: Gekommen um zu bleiben – Zukunftsaufgabe Smart City";
  private static final String KONSTANZ_2025 =
      "Gemeinsam voraus: Kooperation als Erfolgsfaktor für eine Smart City";
  private static final String UNKNOWN_EVENT = "/veranstaltung/gibt-es-nicht";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path index;
  private static SeedSite site;
  private static Chromium browser;

  @BeforeAll
  static void start() throws Exception {
    browser = Chromium.start();
    site = new SeedSite(index, SEPTEMBER_2025);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (site != null) {
      site.close();
    }
  }

  @AfterEach
  void theBrowserReportedNoErrors() {
    browser.resize(1280, 900);
    List<String> errors =
        browser.browserLog().stream()
            .filter(line -> line.startsWith("SEVERE"))
            .filter(
                line ->
                    !line.contains(
                        UNKNOWN_EVENT
                            + " - Failed to load resource: the server responded with a status "
                            + "of 404")) // the not-found page is meant to answer 404
            .toList();
    assertEquals(List.of(), errors, "console errors (CSP violations included)");
  }

  private WebDriver open(String pathAndQuery) {
    browser.driver().get(site.baseUrl() + pathAndQuery);
    return browser.driver();
  }

  private String status() {
    return browser.driver().findElement(By.id("status")).getText();
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aResultOpensTheEventPageWithItsProgramAndStructuredData() {
    WebDriver page = open("/?q=Wirken");
    WebElement title =
        browser.waitUntil(
            d ->
                d.findElements(By.cssSelector("#results article > .hit-title a")).stream()
                    .filter(a -> a.getText().equals(BERLIN_2026))
                    .findFirst()
                    .orElse(null));
    title.click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("/veranstaltung/"));
    assertEquals(BERLIN_2026, page.findElement(By.tagName("h1")).getText());
    String facts = page.findElement(By.className("facts")).getText();
    assertTrue(facts.contains("Dienstag, 28. April 2026 bis Mittwoch, 29. April 2026"), facts);
    assertTrue(facts.contains("Berlin"), facts);
    // the program: real titles with their times and the room or track above them on the page
    WebElement werkstatt =
        page.findElements(By.cssSelector(".program-list li")).stream()
            .filter(li -> li.getText().contains("Urbane Datenplattformen kompakt"))
            .findFirst()
            .orElseThrow();
    assertTrue(werkstatt.getText().startsWith("17:10"), werkstatt.getText());
    assertTrue(werkstatt.getText().contains("Werkstatt 1"), werkstatt.getText());
    JsonObject ld =
        JsonParser.parseString(
                (String)
                    browser.script(
                        "return document.querySelector('script[type=\"application/ld+json\"]').textContent;"))
            .getAsJsonObject();
    assertEquals("Event", ld.get("@type").getAsString());
    assertEquals(BERLIN_2026, ld.get("name").getAsString());
    assertEquals("2026-04-28", ld.get("startDate").getAsString());
    assertEquals(
        "Berlin",
        ld.getAsJsonObject("location")
            .getAsJsonObject("address")
            .get("addressLocality")
            .getAsString());
    assertEquals(38, ld.getAsJsonArray("subEvent").size(), "the 38 sessions of the program");
    assertEquals(page.getCurrentUrl(), ld.get("url").getAsString());
    browser.screenshot("journey-event-1280");
    browser.resize(375, 812);
    browser.screenshot("journey-event-375");
  }

  @Test
  void aSessionHitOpensItsPlaceInTheProgram() {
    WebDriver page = open("/?q=Datenplattform%20konkret");
    WebElement session =
        browser.waitUntil(
            d ->
                d.findElements(By.cssSelector(".session .hit-title a")).stream()
                    .filter(a -> a.getText().startsWith("Urbane Datenplattform konkret"))
                    .findFirst()
                    .orElse(null));
    session.click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("#programm-s"));
    WebElement target = page.findElement(By.cssSelector(".program-list li:target"));
    assertTrue(target.getText().contains("Urbane Datenplattform konkret"), target.getText());
    assertTrue(target.getText().contains("Werkstatt D"), target.getText());
  }

  @Test
  void anUnknownEventIsAGermanNotFoundPage() throws Exception {
    HttpResponse<String> answer = get(site.baseUrl() + UNKNOWN_EVENT);
    assertEquals(404, answer.statusCode());
    assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(answer.body().contains("Diese Veranstaltung gibt es nicht (mehr)"));
    assertTrue(
        answer
            .headers()
            .firstValue("Content-Security-Policy")
            .orElse("")
            .contains("script-src 'self'"));
  }

  @Test
  void theCalendarDownloadParsesBackAsTheEvent() throws Exception {
    WebDriver page = open("/?q=Wirken");
    browser
        .waitUntil(
            d ->
                d.findElements(By.cssSelector("#results article > .hit-title a")).stream()
                    .filter(a -> a.getText().equals(BERLIN_2026))
                    .findFirst()
                    .orElse(null))
        .click();
    WebElement download =
        browser.waitUntil(d -> d.findElement(By.linkText("Zum Kalender hinzufügen")));
    assertNotNull(download.getDomAttribute("download"), "offered as a download");
    String eventPage = page.getCurrentUrl();
    HttpResponse<String> ics = get(download.getDomProperty("href"));
    assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
    calendar.validate();
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertEquals(1, events.size());
    VEvent event = events.get(0);
    assertEquals(BERLIN_2026, event.getSummary().getValue());
    assertEquals(LocalDate.of(2026, 4, 28), event.getDateTimeStart().getDate());
    assertEquals(
        LocalDate.of(2026, 4, 30),
        event.getDateTimeEnd().getDate(),
        "whole days: the end is exclusive");
    assertEquals(eventPage, event.getProperty(Property.URL).orElseThrow().getValue());
    assertEquals("Berlin", event.getProperty(Property.LOCATION).orElseThrow().getValue());
  }

  @Test
  void aSearchCanBeSubscribedToAsCalendarAndAtomWithExactlyItsUpcomingEvents() throws Exception {
    WebDriver page = open("/?q=Datenplattform");
    browser.waitUntil(d -> status().startsWith("5 Treffer"));
    String icsUrl = page.findElement(By.id("subscribe-ics")).getDomProperty("href");
    String atomUrl = page.findElement(By.id("subscribe-atom")).getDomProperty("href");
    assertEquals(
        atomUrl,
        page.findElement(By.cssSelector("link[rel=alternate][type='application/atom+xml']"))
            .getDomProperty("href"),
        "the head names the same feed");
    List<String> upcoming =
        List.of(KONSTANZ_2025, SCCON_2025, KIEL_2025, BERLIN_2026); // earliest first
    assertEquals(upcoming, calendarTitles(icsUrl));
    assertEquals(upcoming, atomTitles(atomUrl));
    // narrowed to Berlin: the two upcoming Berlin events, not the past convention of 2022
    assertEquals(
        List.of(SCCON_2025, BERLIN_2026),
        calendarTitles(site.baseUrl() + "/feeds/search.ics?q=Datenplattform&city=Berlin"));
    assertEquals(
        List.of(SCCON_2025, BERLIN_2026),
        atomTitles(site.baseUrl() + "/feeds/search.atom?q=Datenplattform&city=Berlin"));
    // nothing upcoming: still a valid calendar and feed, with no events
    assertEquals(
        List.of(),
        calendarTitles(site.baseUrl() + "/feeds/search.ics?q=Datenplattform&to=2022-12-31"));
    assertEquals(
        List.of(),
        atomTitles(site.baseUrl() + "/feeds/search.atom?q=Datenplattform&to=2022-12-31"));
    assertEquals(
        400,
        get(site.baseUrl() + "/feeds/search.ics?stadt=Kiel").statusCode(),
        "a misspelt filter");
  }

  private static List<String> calendarTitles(String url) throws Exception {
    HttpResponse<String> answer = get(url);
    assertEquals(200, answer.statusCode(), answer.body());
    Calendar calendar = new CalendarBuilder().build(new StringReader(answer.body()));
    calendar.validate();
    return calendar.<VEvent>getComponents("VEVENT").stream()
        .map(e -> e.getSummary().getValue())
        .toList();
  }

  private static List<String> atomTitles(String url) throws Exception {
    HttpResponse<String> answer = get(url);
    assertEquals(200, answer.statusCode(), answer.body());
    assertTrue(
        answer.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
    SyndFeed feed = new SyndFeedInput().build(new StringReader(answer.body()));
    assertEquals("atom_1.0", feed.getFeedType());
    for (SyndEntry entry : feed.getEntries()) {
      assertTrue(entry.getLink().contains("/veranstaltung/"), entry.getLink());
    }
    return feed.getEntries().stream().map(SyndEntry::getTitle).toList();
  }

  @Test
  void theLastOfSeveralWordsIsCompletedAndResultsFollowTheTyping() {
    WebDriver page = open("/");
    browser.waitUntil(d -> !status().isEmpty());
    WebElement box = page.findElement(By.id("q"));
    box.sendKeys("Datenplattform");
    browser.waitUntil(
        d -> status().startsWith("5 Treffer für „Datenplattform“")); // no Enter: live results
    box.sendKeys(" K");
    // the list is rebuilt while the words arrive: look for the suggestion and click it in one step,
    // again if it was replaced
    browser.waitUntil(
        d -> {
          WebElement kiel =
              d.findElements(By.cssSelector("#suggestions li")).stream()
                  .filter(li -> li.getText().startsWith("Datenplattform Kiel"))
                  .findFirst()
                  .orElse(null);
          if (kiel == null) {
            return false;
          }
          assertEquals(
              "true", box.getDomAttribute("aria-expanded"), "the combobox says its list is open");
          kiel.click();
          return true;
        });
    browser.waitUntil(d -> status().contains("für „Datenplattform Kiel“"));
    assertFalse(status().startsWith("0 Treffer"), status());
    assertEquals("Datenplattform Kiel", box.getDomProperty("value"));
    browser.screenshot("journey-search-1280");
  }

  @Test
  void onAPhoneTheDrawerClosesWithTheTrueNumberOfResults() {
    browser.resize(375, 812);
    WebDriver page = open("/?q=Datenplattform");
    browser.waitUntil(d -> status().startsWith("5 Treffer"));
    browser.screenshot("journey-search-375");
    page.findElement(By.id("filter-toggle")).click();
    WebElement upcoming = page.findElement(By.cssSelector("label[for=when-upcoming]"));
    String count = upcoming.findElement(By.className("count")).getText();
    upcoming.click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("when=upcoming"));
    browser.waitUntil(d -> status().startsWith(count + " Treffer"));
    WebElement show = page.findElement(By.id("show-results"));
    assertEquals(count + " Ergebnisse anzeigen", show.getText());
    long viewport = ((Number) browser.script("return window.innerHeight;")).longValue();
    long bottom =
        ((Number) browser.script("return arguments[0].getBoundingClientRect().bottom;", show))
            .longValue();
    assertTrue(
        bottom <= viewport,
        "the button stays in view while the drawer scrolls: " + bottom + " > " + viewport);
    browser.screenshot("journey-drawer-375");
    show.click();
    assertFalse(page.findElement(By.id("facets")).isDisplayed(), "the drawer closed");
    double top =
        ((Number)
                browser.script(
                    "return document.getElementById('results-heading').getBoundingClientRect().top;"))
            .doubleValue();
    assertTrue(top > -1 && top < viewport, "the results are in view: " + top);
    assertEquals(List.of(), Axe.seriousViolations(browser), "axe-core on the phone");
  }

  @Test
  void upcomingAndPastCountTheHitsOfAllDates() {
    WebDriver page = open("/?q=Datenplattform%20Kiel");
    browser.waitUntil(d -> status().contains("Treffer für „Datenplattform Kiel“"));
    long all = Long.parseLong(status().substring(0, status().indexOf(' ')));
    long upcoming =
        Long.parseLong(
            page.findElement(By.cssSelector("label[for=when-upcoming] .count")).getText());
    long past =
        Long.parseLong(page.findElement(By.cssSelector("label[for=when-past] .count")).getText());
    assertEquals(
        all, upcoming + past, "Kommende " + upcoming + " + Vergangene " + past + " = " + status());
  }

  @Test
  void anEmptyUpcomingListSaysSoInsteadOfGivingSpellingTips() {
    WebDriver page = open("/?q=Datenplattform&to=2022-12-31&when=upcoming");
    browser.waitUntil(d -> d.findElement(By.id("empty")).isDisplayed());
    String empty = page.findElement(By.id("empty")).getText();
    assertTrue(empty.startsWith("Keine kommenden Veranstaltungen"), empty);
    assertFalse(empty.contains("Schreibweise"), empty);
  }

  @Test
  void soonAndNewestOrderTheEvents() {
    WebDriver page = open("/");
    browser.waitUntil(d -> !status().isEmpty());
    new Select(page.findElement(By.id("sort"))).selectByVisibleText("Demnächst");
    browser.waitUntil(
        d ->
            d.getCurrentUrl().contains("sort=date") && d.getCurrentUrl().contains("when=upcoming"));
    // the upcoming events, the next one first (the dates read by hand, see the class comment)
    eventually(List.of(KONSTANZ_2025, SCCON_2025, KIEL_2025, BERLIN_2026), this::eventTitles);
    new Select(page.findElement(By.id("sort"))).selectByVisibleText("Neueste");
    browser.waitUntil(d -> d.getCurrentUrl().contains("sort=date_desc"));
    eventually(
        List.of(BERLIN_2026, KIEL_2025, SCCON_2025, KONSTANZ_2025),
        () -> eventTitles().subList(0, Math.min(4, eventTitles().size())));
  }

  /** Waits until the page shows what is expected, and fails showing what it shows instead. */
  private <T> void eventually(T expected, Supplier<T> shown) {
    try {
      browser.waitUntil(d -> expected.equals(shown.get()));
    } catch (TimeoutException e) {
      assertEquals(expected, shown.get());
    }
  }

  private List<String> eventTitles() {
    return browser.driver().findElements(By.cssSelector("#results article > .hit-title a")).stream()
        .map(WebElement::getText)
        .toList();
  }

  @Test
  void axeFindsNoSeriousViolationOnTheSearchAndEventPages() {
    open("/?q=Datenplattform");
    browser.waitUntil(d -> status().startsWith("5 Treffer"));
    assertTrue(Axe.rulesRun(browser) > 20, "axe checked the page");
    assertEquals(List.of(), Axe.seriousViolations(browser), "search page");
    browser.driver().findElement(By.id("q")).sendKeys(" K");
    browser.waitUntil(
        d ->
            d.findElement(By.id("suggestions")).isDisplayed()
                && !d.findElements(By.cssSelector("#suggestions li")).isEmpty());
    assertEquals(List.of(), Axe.seriousViolations(browser), "search page with suggestions open");
    open(UNKNOWN_EVENT);
    assertEquals(List.of(), Axe.seriousViolations(browser), "not-found page");
    open("/?q=Wirken");
    browser
        .waitUntil(
            d ->
                d.findElements(By.cssSelector("#results article > .hit-title a")).stream()
                    .filter(a -> a.getText().equals(BERLIN_2026))
                    .findFirst()
                    .orElse(null))
        .click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("/veranstaltung/"));
    assertEquals(List.of(), Axe.seriousViolations(browser), "event page");
  }

  @Test
  void aWidgetResultOnAPartnerSiteOpensTheEventPage() {
    try (PartnerSite partner =
        PartnerSite.start(
            site.baseUrl(),
            "<smartcity-search city=\"Berlin\" when=\"upcoming\"></smartcity-search>")) {
      browser.driver().get(partner.url());
      WebElement widget = browser.driver().findElement(By.tagName("smartcity-search"));
      WebElement title =
          browser.waitUntil(
              d ->
                  widget.getShadowRoot().findElements(By.cssSelector("li > a")).stream()
                      .filter(a -> a.getText().equals(BERLIN_2026))
                      .findFirst()
                      .orElse(null));
      title.click();
      browser.waitUntil(d -> d.getCurrentUrl().startsWith(site.baseUrl() + "/veranstaltung/"));
      assertEquals(BERLIN_2026, browser.driver().findElement(By.tagName("h1")).getText());
    }
  }

  @Test
  void aPartnerCanLeadWidgetResultsToItsOwnEventPages() {
    try (PartnerSite partner =
        PartnerSite.start(
            site.baseUrl(),
            "<smartcity-search city=\"Kiel\" "
                + "event-url=\"https://www.kiel.example/termine?event={id}\"></smartcity-search>")) {
      browser.driver().get(partner.url());
      WebElement widget = browser.driver().findElement(By.tagName("smartcity-search"));
      WebElement title =
          browser.waitUntil(
              d ->
                  widget.getShadowRoot().findElements(By.cssSelector("li > a")).stream()
                      .filter(a -> a.getText().equals(KIEL_2025))
                      .findFirst()
                      .orElse(null));
      String href = title.getDomProperty("href");
      assertTrue(href.startsWith("https://www.kiel.example/termine?event="), href);
      // the id in the partner's link is the one the event page and the API know the event by
      String id = URLDecoder.decode(href.substring(href.indexOf('=') + 1), UTF_8);
      open("/veranstaltung/" + URLEncoder.encode(id, UTF_8));
      assertEquals(KIEL_2025, browser.driver().findElement(By.tagName("h1")).getText());
    }
  }

  @Test
  void axeFindsNoSeriousViolationOnTheWidgetDemo() {
    open("/widget-demo.html");
    WebElement widget =
        browser.waitUntil(d -> d.findElement(By.cssSelector("#preview smartcity-search")));
    browser.waitUntil(
        d -> !widget.getShadowRoot().findElements(By.cssSelector("li > a")).isEmpty());
    assertTrue(Axe.rulesRun(browser) > 20, "axe checked the page");
    assertEquals(List.of(), Axe.seriousViolations(browser), "widget demo with its live preview");
    browser.screenshot("journey-widget-demo-1280");
    browser.resize(375, 812);
    assertEquals(List.of(), Axe.seriousViolations(browser), "widget demo on a phone");
    browser.screenshot("journey-widget-demo-375");
  }
}
