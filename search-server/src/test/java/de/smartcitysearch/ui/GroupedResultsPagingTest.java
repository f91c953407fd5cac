package de.smartcitysearch.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.document.DocumentKind;
import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.document.Place;
import de.smartcitysearch.search.LuceneSearchBackend;
import de.smartcitysearch.search.SampleEvents;
import de.smartcitysearch.server.SearchServer;
import de.smartcitysearch.server.ServerConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Sessions stay inside their event across a page boundary: twelve workshop days, each with two
 * program sessions about the searched word, are 36 matching entries but twelve events; the search
 * page shows ten event cards on the first page and two on the second, every session inside the card
 * of its own event, none alone.
 */
class GroupedResultsPagingTest {

  private static final Place KIEL = new Place("Kiel", "Schleswig-Holstein", "01002000");
  private static final int EVENTS = 12;

  @TempDir static Path dir;
  private static FSDirectory directory;
  private static SearcherManager manager;
  private static SearchServer server;
  private static String baseUrl;
  private static Chromium browser;

  @BeforeAll
  static void start() throws Exception {
    List<EventDocument> docs = new ArrayList<>();
    for (int day = 1; day <= EVENTS; day++) {
      String id = "werkstatt-" + day;
      String title = "Datenwerkstatt Tag " + day;
      LocalDate date = LocalDate.of(2026, 3, day);
      docs.add(
          EventDocument.builder(id, "seed:" + id, DocumentKind.EVENT)
              .title(title)
              .body("Ein Tag rund um die Datenplattform der Stadt, mit Vorträgen und Übungen.")
              .startDate(date)
              .venue(KIEL)
              .cities(List.of(KIEL))
              .eventType("Workshop")
              .build());
      for (int s = 1; s <= 2; s++) {
        docs.add(
            EventDocument.builder(id + "#s" + s, "seed:" + id, DocumentKind.SESSION)
                .title("Datenplattform Übung " + s + " am Tag " + day)
                .body("Eine Übung an der Datenplattform für Einsteiger.")
                .startDate(date)
                .venue(KIEL)
                .cities(List.of(KIEL))
                .eventId(id)
                .eventTitle(title)
                .build());
      }
    }
    SampleEvents.index(dir, docs);
    directory = FSDirectory.open(dir);
    manager = new SearcherManager(directory, null);
    LuceneSearchBackend searcher =
        LuceneSearchBackend.builder(manager, SampleEvents.SCHEMA)
            .clock(Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC))
            .build();
    server =
        new SearchServer(
            searcher,
            null,
            new ServerConfig("127.0.0.1", 0, List.of(), null)
                .withRateLimit(ServerConfig.RateLimit.OFF));
    baseUrl = "http://127.0.0.1:" + server.start();
    browser = Chromium.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
    if (manager != null) {
      manager.close();
    }
    if (directory != null) {
      directory.close();
    }
  }

  @Test
  void eachPageShowsWholeEventsWithTheirSessionsInside() {
    browser.driver().get(baseUrl + "/?q=Datenplattform&sort=date");
    browser.waitUntil(
        d -> d.findElement(By.id("status")).getText().startsWith(EVENTS + " Treffer"));
    Map<String, List<String>> first = cards();
    assertEquals(10, first.size(), "ten events on the first page: " + first.keySet());
    browser.screenshot("journey-grouped-page1");

    browser.driver().findElement(By.cssSelector("#pager a[rel=next]")).click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("page=2"));
    Map<String, List<String>> second =
        browser.waitUntil(
            d -> {
              Map<String, List<String>> c = cards();
              return c.keySet().equals(Set.of("Datenwerkstatt Tag 11", "Datenwerkstatt Tag 12"))
                  ? c
                  : null;
            });

    Map<String, List<String>> all = new LinkedHashMap<>(first);
    all.putAll(second);
    assertEquals(EVENTS, all.size(), "every event once, on one of the two pages");
    all.forEach(
        (event, sessions) -> {
          String day = event.substring(event.lastIndexOf(' ') + 1);
          assertEquals(
              List.of(
                  "Datenplattform Übung 1 am Tag " + day, "Datenplattform Übung 2 am Tag " + day),
              sessions.stream().sorted().toList(),
              "the sessions inside " + event);
        });
    assertTrue(
        browser
            .driver()
            .findElements(By.cssSelector("#results > li > article > .hit-title a"))
            .stream()
            .noneMatch(a -> a.getText().contains("Übung")),
        "no session as a card of its own");
  }

  /** Event card title → the titles of the sessions inside it, as the page shows them. */
  private static Map<String, List<String>> cards() {
    return browser.driver().findElements(By.cssSelector("#results > li > article")).stream()
        .collect(
            Collectors.toMap(
                card -> card.findElement(By.cssSelector(":scope > .hit-title")).getText(),
                card ->
                    card.findElements(By.cssSelector(".session .hit-title")).stream()
                        .map(WebElement::getText)
                        .toList(),
                (a, b) -> {
                  throw new AssertionError("an event shown twice");
                },
                LinkedHashMap::new));
  }
}
