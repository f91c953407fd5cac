package de.smartcitysearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * schema.org Event data as pages really write it: arrays of types, virtual places, broken scripts.
 */
class SchemaOrgEventReaderTest {

  private final SchemaOrgEventReader reader = new SchemaOrgEventReader();

  private Optional<SchemaOrgEvent> read(String html) {
    return reader.read(Jsoup.parse(html));
  }

  @Test
  void onlineEventWithTypeArrayAndPlainOrganiser() {
    SchemaOrgEvent event =
        read("""
        <script type="application/ld+json">
        [{"@type":"Organization","name":"Bitkom"},
         {"@type":["Event","EducationEvent"],"name":"Webinar Datenstrategie","startDate":"2026-01-20",
          "location":{"@type":"VirtualLocation","url":"https://meet.example.org"},"organizer":"Bitkom e. V."}]
        </script>""")
            .orElseThrow();
    assertEquals("Webinar Datenstrategie", event.name());
    assertEquals(
        new DeclaredDate(LocalDate.of(2026, 1, 20), null),
        event.start(),
        "a date without a time of day");
    assertEquals("Online", event.format(), "a virtual location means an online event");
    assertEquals(List.of("Bitkom e. V."), event.organisers());
    assertNull(event.city());
  }

  @Test
  void aBrokenScriptIsSkippedAndTheNextOneRead() {
    SchemaOrgEvent event =
        read("""
        <script type="application/ld+json">{"@type": "Event", "name": </script>
        <script type="application/ld+json">{"@type":"Event","name":"Fachtag Kiel","startDate":"kommenden Dienstag",
          "location":{"@type":"Place","name":"Rathaus","address":"Fleethörn 9, 24103 Kiel"}}</script>""")
            .orElseThrow();
    assertEquals("Fachtag Kiel", event.name());
    assertNull(event.start(), "free text in startDate is left to enrichment");
    assertEquals("Rathaus, Fleethörn 9, 24103 Kiel", event.location());
  }

  @Test
  void pagesWithoutEventsDeclareNothing() {
    assertTrue(
        read("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"x\"}</script>"
                + "<div itemscope itemtype=\"https://schema.org/Person\"><span itemprop=\"name\">Anne</span></div>")
            .isEmpty());
  }
}
