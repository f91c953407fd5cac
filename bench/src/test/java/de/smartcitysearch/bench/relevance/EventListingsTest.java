package de.smartcitysearch.bench.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import de.smartcitysearch.bench.corpus.SharedData;
import de.smartcitysearch.bench.relevance.EventListings.Listing;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Listing pages and their judgement facts, checked on listings read by eye in the shared files. */
class EventListingsTest {

  private static List<Listing> listings;

  @BeforeAll
  static void load() {
    listings = EventListings.load(SharedData.dir().resolve("data"));
  }

  private static Listing named(String name) {
    return listings.stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void aBerlinEventPageSaysItsDateAsThePortalDoesAndItsTown() {
    Listing tanztage = named("Tanztage Berlin");
    assertEquals(new DaySpan(LocalDate.of(2025, 1, 9), LocalDate.of(2025, 1, 25)), tanztage.span());
    assertTrue(tanztage.text().contains("Datum: 09. bis 25. Januar 2025"));
    assertTrue(tanztage.text().endsWith("Ort: Berlin"));
  }

  @Test
  void aKrefeldMarketWithoutPostcodeLineTakesItsTownFromItsSourceAndStatesItsDatesInGerman() {
    Listing crefeld = named("Crefelder Weihnachtsmarkt - Hüttenzauber für Leib und Seele");
    assertEquals("Krefeld", crefeld.town());
    assertTrue(crefeld.text().startsWith("Datum: 17.11.2016 bis 23.12.2016\nOrt: Krefeld"));
    assertTrue(crefeld.in(Month.DECEMBER));
    assertFalse(crefeld.in(Month.JANUARY));
    assertFalse(crefeld.text().contains("<p>"));
  }

  @Test
  void theTownOfAMarketIsItsPostcodeLineWithoutPostcodeAndOrtsteil() {
    assertEquals(
        "Beelitz",
        EventListings.town(
            JsonParser.parseString(
                    "{\"zip_city\": \"14547 Beelitz OT Klaistow\", \"source_file\": \"brandenburg\"}")
                .getAsJsonObject()));
    assertEquals(
        "Moers",
        EventListings.town(
            JsonParser.parseString("{\"city\": \"Moers\", \"source_file\": \"moers\"}")
                .getAsJsonObject()));
    assertNull(
        EventListings.town(
            JsonParser.parseString("{\"zip_city\": \"\", \"source_file\": \"brandenburg\"}")
                .getAsJsonObject()));
  }

  @Test
  void htmlBecomesPlainLines() {
    assertEquals(
        "Mo 14:00-22:00\nDi 14:00-22:00",
        EventListings.withoutHtml("Mo 14:00-22:00<br>Di 14:00-22:00"));
    assertEquals(
        "Erster Absatz.\nZweiter.",
        EventListings.withoutHtml("<p>Erster Absatz.</p><p>Zweiter.</p>"));
  }

  @Test
  void everyListingHasAUniqueId() {
    assertEquals(listings.size(), listings.stream().map(Listing::id).distinct().count());
  }
}
