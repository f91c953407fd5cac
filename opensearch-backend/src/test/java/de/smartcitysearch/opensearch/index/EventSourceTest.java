package de.smartcitysearch.opensearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import de.smartcitysearch.document.DocumentKind;
import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.document.Place;
import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.index.FacetField;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An event becomes the JSON the mapping expects and comes back unchanged. */
class EventSourceTest {

  private static final Place KIEL = new Place("Kiel", "Schleswig-Holstein", "01002000");
  private static final Place LUEBECK = new Place("Lübeck", "Schleswig-Holstein", "01003000");

  private final EventDocument session =
      EventDocument.builder("kongress#s2", "programm.html", DocumentKind.SESSION)
          .title("Urbane Datenplattformen")
          .teaser("Werkstatt")
          .body("Wie Kommunen Daten teilen.")
          .url("https://example.org/programm")
          .startDate(LocalDate.of(2025, 9, 30))
          .endDate(LocalDate.of(2025, 10, 2))
          .startTime(LocalTime.of(10, 30))
          .venue(KIEL)
          .cities(List.of(KIEL, LUEBECK, KIEL))
          .organisations(List.of("Stadt Kiel"))
          .topics(List.of("Daten", "Beteiligung"))
          .topicReasons(Map.of("Daten", List.of("Datenplattformen")))
          .format("Präsenz")
          .eventType("Kongress")
          .eventId("kongress")
          .eventTitle("Kieler Kongress")
          .contentHash("abc")
          .build();

  @Test
  void aSessionReadsBackAsItWasWritten() {
    assertEquals(session, EventSource.toEvent(EventSource.of(session)));
  }

  @Test
  void citiesBecomeLandAndLandCityPathsOncePerPlace() {
    Map<String, Object> json = EventSource.of(session);
    assertEquals(
        Map.of("lvl0", "Schleswig-Holstein", "lvl1", "Schleswig-Holstein > Kiel"),
        json.get(FacetField.CITY.fieldName()));
    assertEquals(
        List.of(
            Map.of("lvl0", "Schleswig-Holstein", "lvl1", "Schleswig-Holstein > Kiel"),
            Map.of("lvl0", "Schleswig-Holstein", "lvl1", "Schleswig-Holstein > Lübeck")),
        json.get(FacetField.MENTIONED_CITY.fieldName()));
  }

  @Test
  void theMonthRangeSpansTheEventAndAnEndBeforeTheStartCountsAsOneDay() {
    assertEquals(
        Map.of("gte", "2025-09-30", "lte", "2025-10-02"),
        EventSource.of(session).get(FacetField.MONTH.fieldName()));
    EventDocument slip = session.toBuilder().endDate(LocalDate.of(2025, 9, 1)).build();
    assertEquals(
        Map.of("gte", "2025-09-30", "lte", "2025-09-30"),
        EventSource.of(slip).get(FacetField.MONTH.fieldName()));
  }

  @Test
  void anUndatedEventWithoutVenueHasNoDateOrCityFields() {
    EventDocument bare =
        EventDocument.builder("x", "x.txt", DocumentKind.EVENT)
            .title("Workshop")
            .contentHash("h")
            .build();
    Map<String, Object> json = EventSource.of(bare);
    for (String field :
        List.of(
            EventSchema.START,
            FacetField.MONTH.fieldName(),
            FacetField.CITY.fieldName(),
            EventSchema.TEASER)) {
      assertFalse(json.containsKey(field), field);
    }
    assertEquals(bare, EventSource.toEvent(json));
  }
}
