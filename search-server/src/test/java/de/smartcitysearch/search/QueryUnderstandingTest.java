package de.smartcitysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.document.Place;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which words of a query name a city, a Land or a date, and which stay plain text. */
class QueryUnderstandingTest {

  static final PlaceLexicon CITIES =
      new IndexPlaceLexicon(
          List.of(
              new Place("Dresden", "Sachsen", ""),
              new Place("München", "Bayern", ""),
              new Place("Bremen", "Bremen", ""),
              new Place("Kiel", "Schleswig-Holstein", ""),
              new Place("Halle (Saale)", "Sachsen-Anhalt", "")));
  static final LocalDate TODAY = LocalDate.of(2026, 5, 10);

  static UnderstoodQuery understand(String q) {
    return QueryUnderstanding.understand(q, CITIES, TODAY);
  }

  @Test
  void regularAdjectiveFormsNameTheirCity() {
    assertEquals(Optional.of("Dresden"), CITIES.lookup("Dresdner").map(Place::name));
    assertEquals(Optional.of("München"), CITIES.lookup("Münchner").map(Place::name));
    assertEquals(Optional.of("Bremen"), CITIES.lookup("Bremer").map(Place::name));
    assertEquals(Optional.of("Kiel"), CITIES.lookup("KIELER").map(Place::name));
    assertTrue(
        CITIES.lookup("Halle").isEmpty(), "only the full facet name of a city with a suffix");
  }

  @Test
  void theCityWordIsTakenOutOfTheTextAndReported() {
    UnderstoodQuery u = understand("Dresdner Stadtratssitzung");
    assertEquals("Stadtratssitzung", u.text());
    assertEquals(List.of("Dresdner"), u.placeWords());
    assertEquals("Dresden", u.interpretation().city());
    assertEquals("Sachsen", u.interpretation().land());
  }

  @Test
  void landsAndTheirAdjectivesAreRecognised() {
    assertEquals("Bayern", understand("bayerische Kommunen").interpretation().land());
    assertEquals("Nordrhein-Westfalen", understand("Digitalgipfel NRW").interpretation().land());
    assertNull(understand("Digitalgipfel NRW").interpretation().city());
  }

  @Test
  void aMonthWithoutYearMeansTheComingOne() {
    Interpretation march = understand("Konferenz März").interpretation();
    assertEquals(LocalDate.of(2027, 3, 1), march.from(), "March 2026 is over on 10 May 2026");
    Interpretation may = understand("Konferenz Mai").interpretation();
    assertEquals(LocalDate.of(2026, 5, 1), may.from(), "the current month still counts");
    assertEquals(LocalDate.of(2026, 5, 31), may.to());
  }

  @Test
  void monthAndYearTogetherNameOneMonth() {
    Interpretation i = understand("Smart Country Convention September 2025").interpretation();
    assertEquals(LocalDate.of(2025, 9, 1), i.from());
    assertEquals(LocalDate.of(2025, 9, 30), i.to());
    assertEquals("September 2025", i.dateLabel());
  }

  @Test
  void quotedAndExcludedWordsStayText() {
    UnderstoodQuery quoted = understand("\"Kieler Woche\" Digitalisierung");
    assertTrue(quoted.interpretation().isEmpty());
    assertEquals("\"Kieler Woche\" Digitalisierung", quoted.text());
    UnderstoodQuery excluded = understand("Konferenz -München");
    assertTrue(excluded.interpretation().isEmpty());
    assertEquals("Konferenz -München", excluded.text());
  }

  @Test
  void onlyTheFirstPlaceIsUnderstoodTheRestStaysText() {
    UnderstoodQuery u = understand("Kiel Dresden");
    assertEquals("Kiel", u.interpretation().city());
    assertEquals("Dresden", u.text());
  }
}
