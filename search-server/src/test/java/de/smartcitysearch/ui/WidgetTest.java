package de.smartcitysearch.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.document.DocumentKind;
import de.smartcitysearch.document.EventDocument;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The widget as a partner embeds it on a page of another origin, over the seeds as shipped, in
 * Chromium: presets in any case, a wrong preset explained inside the widget and in the curator
 * console, results that open the event page, a strict Content-Security-Policy, and the demo page a
 * partner copies the snippet from.
 */
class WidgetTest extends SeedsInChromium {

  @Test
  void aLowercasePresetFindsItsCityAndEveryResultLinksToItsEventPage() throws Exception {
    try (PartnerSite partner =
        PartnerSite.start(
            seeds.baseUrl(),
            "<smartcity-search city=\"kiel\" size=\"20\">" + "</smartcity-search>")) {
      browser.driver().get(partner.url());
      List<EventDocument> inKiel =
          documents.stream()
              .filter(d -> d.venue() != null && d.venue().name().equals("Kiel"))
              .toList();
      // what the index's own spelling finds, asked of the search API directly
      long found = seeds.searchTotal("city=Kiel");
      assertTrue(found > 0);
      browser.waitUntil(
          d -> widgetText(".st").equals(found == 1 ? "1 Treffer" : found + " Treffer"));
      Set<String> eventPages =
          inKiel.stream()
              .map(d -> eventPage(d.kind() == DocumentKind.SESSION ? d.eventId() : d.id()))
              .collect(Collectors.toSet());
      List<String> hrefs = widgetLinks();
      assertEquals(Math.min(20, found), hrefs.size());
      assertTrue(eventPages.containsAll(hrefs), "every result opens its event's page: " + hrefs);
      String kielEvent =
          inKiel.stream()
              .filter(d -> d.kind() == DocumentKind.EVENT)
              .findFirst()
              .orElseThrow()
              .id();
      assertTrue(hrefs.contains(eventPage(kielEvent)), hrefs.toString());
      browser.screenshot("widget-partner-kiel");
    }
  }

  @Test
  void aResultOpensTheEventPageOrThePartnersOwnPage() {
    EventDocument konstanz =
        documents.stream()
            .filter(
                d ->
                    d.kind() == DocumentKind.EVENT
                        && d.venue() != null
                        && d.venue().name().equals("Konstanz"))
            .findFirst()
            .orElseThrow();
    try (PartnerSite partner =
        PartnerSite.start(
            seeds.baseUrl(), "<smartcity-search city=\"Konstanz\"></smartcity-search>")) {
      browser.driver().get(partner.url());
      browser.waitUntil(d -> !widgetLinks().isEmpty());
      firstWidgetLink().click();
      browser.waitUntil(d -> d.getCurrentUrl().equals(eventPage(konstanz.id())));
      // the event page itself is served by the event-page feature; here only where the widget leads
      // counts
      browser.browserLog();
    }
    try (PartnerSite partner =
        PartnerSite.start(
            seeds.baseUrl(),
            "<smartcity-search city=\"Konstanz\" event-url=\"/termine/{id}\"></smartcity-search>")) {
      browser.driver().get(partner.url());
      browser.waitUntil(d -> !widgetLinks().isEmpty());
      firstWidgetLink().click();
      browser.waitUntil(
          d -> d.getCurrentUrl().equals(partner.url() + "termine/" + encode(konstanz.id())));
    }
  }

  @Test
  void anUnknownPresetIsExplainedToThePartnerInsideTheWidgetAndShownInTheConsole() {
    try (PartnerSite partner =
        PartnerSite.start(
            seeds.baseUrl(),
            "<smartcity-search city=\"Keil\" topic=\"mobilität\">" + "</smartcity-search>")) {
      browser.driver().get(partner.url());
      String problem =
          browser.waitUntil(
              d -> {
                String t = widgetText(".pb");
                return t.isEmpty() ? null : t;
              });
      assertEquals(
          "Dieses Such-Widget ist nicht richtig eingestellt"
              + "city=\"Keil\": Stadt „Keil“ kommt in keiner Veranstaltung vor. Meinten Sie „Kiel“?"
              + "Bitte die Attribute des Elements <smartcity-search> auf dieser Seite korrigieren.",
          problem);
      assertEquals(List.of(), widgetLinks(), "no results that would ignore the wrong preset");
      assertEquals(List.of(), Axe.seriousViolations(browser), "the partner page with the message");
      browser.screenshot("widget-partner-wrong-preset");

      browser.driver().get(seeds.baseUrl() + "/curator");
      WebElement row =
          browser.waitUntil(
              d ->
                  d.findElements(By.cssSelector("#widget-problems tbody tr")).stream()
                      .filter(r -> r.getText().contains("city=\"Keil\""))
                      .findFirst()
                      .orElse(null));
      String site = partner.url().substring(0, partner.url().length() - 1);
      assertEquals(
          List.of(
              site,
              "city=\"Keil\"",
              "Stadt „Keil“ kommt in keiner Veranstaltung vor. Meinten Sie „Kiel“?",
              "1"),
          row.findElements(By.tagName("td")).stream().limit(4).map(WebElement::getText).toList());
    }
  }

  @Test
  void aStrictPolicyWithoutTheSearchHostIsNamedAndThePolicyTheDemoGivesIsEnough() {
    String base = seeds.baseUrl();
    try (PartnerSite partner =
        PartnerSite.start(
            base,
            "<smartcity-search city=\"Kiel\"></smartcity-search>",
            "default-src 'self'; script-src 'self' " + base)) {
      browser.driver().get(partner.url());
      String problem =
          browser.waitUntil(
              d -> {
                String t = widgetText(".pb");
                return t.isEmpty() ? null : t;
              });
      assertEquals(
          "Keine Verbindung zum SuchdienstDie Content-Security-Policy dieser Seite verbietet die Verbindung "
              + "zum Suchdienst. Bitte in der Richtlinie ergänzen: connect-src "
              + base
              + " (und script-src "
              + base
              + " für widget.js).",
          problem);
      assertTrue(
          browser.browserLog().stream().anyMatch(l -> l.contains("connect-src")),
          "the browser refused the request for the policy");
    }

    browser.driver().get(base + "/widget-demo.html");
    String advice =
        browser.waitUntil(
            d -> {
              String t = d.findElement(By.id("csp")).getText();
              return t.isEmpty() ? null : t;
            });
    assertEquals("script-src 'self' " + base + ";\nconnect-src 'self' " + base + ";", advice);
    try (PartnerSite partner =
        PartnerSite.start(
            base,
            "<smartcity-search city=\"Kiel\"></smartcity-search>",
            "default-src 'self'; " + advice.replace("\n", " "))) {
      browser.driver().get(partner.url());
      browser.waitUntil(d -> !widgetLinks().isEmpty());
      assertEquals(
          "1px",
          browser.script(
              "return getComputedStyle(document.querySelector('smartcity-search'))"
                  + ".borderTopWidth;"),
          "the widget's own styles apply without style-src");
    }
  }

  @Test
  void theDemoPreviewsEventsByDefaultAndHasNoSeriousAccessibilityViolation() {
    for (int width : List.of(1280, 375)) {
      browser.resize(width, width == 375 ? 812 : 900);
      browser.driver().get(seeds.baseUrl() + "/widget-demo.html");
      browser.waitUntil(d -> !widgetLinks().isEmpty());
      String snippet = browser.driver().findElement(By.id("snippet")).getText();
      assertEquals(
          "<script src=\""
              + seeds.baseUrl()
              + "/widget.js\" defer></script>\n<smartcity-search endpoint=\""
              + seeds.baseUrl()
              + "\" size=\"5\"></smartcity-search>",
          snippet.strip());
      assertEquals(5, widgetLinks().size(), "the default snippet shows events");
      assertTrue(
          widgetLinks().stream().allMatch(h -> h.startsWith(seeds.baseUrl() + "/veranstaltung/")));
      assertEquals(List.of(), Axe.seriousViolations(browser), "at " + width + " px");
      browser.fullPageScreenshot("widget-demo-" + width);
    }
  }

  // ---------- helpers ----------

  private static String eventPage(String id) {
    return seeds.baseUrl() + "/veranstaltung/" + encode(id);
  }

  /** As the widget's encodeURIComponent writes an id into a path ("#" as %23). */
  private static String encode(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String widgetText(String selector) {
    return (String)
        browser.script(
            """
        const w = document.querySelector('smartcity-search');
        const e = w && w.shadowRoot && w.shadowRoot.querySelector(arguments[0]);
        return e && !e.hidden ? e.textContent : '';
        """,
            selector);
  }

  @SuppressWarnings("unchecked")
  private static List<String> widgetLinks() {
    return (List<String>)
        browser.script(
            """
        const w = document.querySelector('smartcity-search');
        if (!w || !w.shadowRoot) return [];
        return Array.from(w.shadowRoot.querySelectorAll('li > a'), (a) => a.href);
        """);
  }

  private static WebElement firstWidgetLink() {
    return (WebElement)
        browser.script(
            "return document.querySelector('smartcity-search').shadowRoot.querySelector('li > a');");
  }
}
