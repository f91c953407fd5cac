package de.smartcitysearch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.enrich.EventDateExtractor.EventDates;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Event dates as German event pages write them, told apart from publication dates. */
class EventDateExtractorTest {

  private final EventDateExtractor dates = new EventDateExtractor();

  private static DateSpan span(String start, String end) {
    return new DateSpan(LocalDate.parse(start), LocalDate.parse(end), null);
  }

  private DateSpan eventOf(String text) {
    return dates
        .extract(text)
        .event()
        .orElseThrow(() -> new AssertionError("no event date in: " + text));
  }

  @Test
  void theDatumDetailOfTheConventionPageSpansThreeDaysAcrossTheMonth() {
    DateSpan span = dates.parse("30.09, 10:00 - 02.10.25, 17:00", 0).orElseThrow();
    assertEquals(LocalDate.of(2025, 9, 30), span.start());
    assertEquals(LocalDate.of(2025, 10, 2), span.end());
    assertEquals(LocalTime.of(10, 0), span.startTime());
  }

  @Test
  void germanWrittenDatesAndRanges() {
    assertEquals(span("2025-11-18", "2025-11-19"), eventOf("am 18. und 19. November 2025 in Kiel"));
    assertEquals(
        span("2025-09-30", "2025-10-02"), eventOf("vom 30. September bis 2. Oktober 2025"));
    assertEquals(span("2026-04-28", "2026-04-28"), eventOf("Dienstag, 28. April 2026"));
    assertEquals(span("2025-09-24", "2025-09-24"), eventOf("Datum: 24. September 2025"));
    assertEquals(
        span("2025-11-25", "2025-11-25"), eventOf("Die Sitzung am 25.11.2025 beginnt pünktlich."));
    assertEquals(span("2025-03-04", "2025-03-05"), eventOf("4.–5. März 2025"));
    assertEquals(span("2026-01-15", "2026-01-15"), eventOf("Termin: 2026-01-15"));
  }

  @Test
  void theDateTextsOfCityPortalsFromTheBerlinListings() {
    assertEquals(
        span("2025-01-09", "2025-01-25"), dates.parse("09. bis 25. Januar 2025", 0).orElseThrow());
    assertEquals(
        span("2025-02-14", "2025-02-14"), dates.parse("ab 14. Februar 2025", 0).orElseThrow());
    assertEquals(
        span("2025-01-24", "2025-02-02"),
        dates.parse("24. Januar bis 02. Februar 2025", 0).orElseThrow());
    assertEquals(
        span("2024-11-23", "2025-04-06"),
        dates.parse("23. November 2024 bis 6. April 2025", 0).orElseThrow());
    assertEquals(
        span("2025-05-31", "2025-06-01"),
        dates.parse("31. Mai und 01. Juni 2025", 0).orElseThrow());
    assertTrue(dates.parse("Termin noch nicht bekannt", 0).isEmpty());
    assertTrue(dates.parse("Winterpause", 0).isEmpty());
  }

  @Test
  void aDatelineIsFoundWithoutReadingTheRestOfTheText() {
    String page =
        "14.08.2025 — Vom Hochwasserschutz zur Datenplattform\n\nDatum: 24. September 2025\n"
            + "Weiterer Text. ".repeat(10_000);
    EventDates d = dates.extract(page);
    assertEquals(Optional.of(LocalDate.of(2025, 8, 14)), d.published());
    assertEquals(span("2025-09-24", "2025-09-24"), d.event().orElseThrow());
  }

  @Test
  void aRangeWithoutYearTakesTheYearThePageTalksAbout() {
    assertEquals(
        span("2022-10-18", "2022-10-20"),
        eventOf(
            "Auf der Smart Country Convention 2022 in Berlin vom 18. bis 20. Oktober drehte sich alles"));
  }

  @Test
  void publicationDatesAreNotEventDates() {
    EventDates d =
        dates.extract(
            "Veröffentlicht am 3. März 2025\n\nDer Workshop findet am 12. Mai 2025 statt.");
    assertEquals(Optional.of(LocalDate.of(2025, 3, 3)), d.published());
    assertEquals(span("2025-05-12", "2025-05-12"), d.event().orElseThrow());
    assertTrue(dates.extract("Stand: 01.02.2024").event().isEmpty());
  }

  @Test
  void noDateNoEvent() {
    EventDates d =
        dates.extract("Der 8. Kongress bringt 200 Teilnehmende und 12.000 Ideen zusammen.");
    assertTrue(d.event().isEmpty());
    assertTrue(d.published().isEmpty());
  }

  @Test
  void seed000ConventionRunsFromThirtiethSeptemberToSecondOctober2025() {
    DateSpan span = dates.extract(SharedData.seed("000")).event().orElseThrow();
    assertEquals(LocalDate.of(2025, 9, 30), span.start());
    assertEquals(LocalDate.of(2025, 10, 2), span.end());
  }

  @Test
  void seed001KielCongressIsTwoDaysAndThePageWasPublishedAWeekLater() {
    EventDates d = dates.extract(SharedData.seed("001"));
    assertEquals(span("2025-11-18", "2025-11-19"), d.event().orElseThrow());
    assertEquals(Optional.of(LocalDate.of(2025, 11, 25)), d.published());
  }

  @Test
  void seed002Convention2022() {
    DateSpan span = dates.extract(SharedData.seed("002")).event().orElseThrow();
    assertEquals(LocalDate.of(2022, 10, 18), span.start());
    assertEquals(LocalDate.of(2022, 10, 20), span.end());
  }

  @Test
  void seed003BerlinCongressRunsOverBothProgrammeDays() {
    assertEquals(span("2026-04-28", "2026-04-29"), eventOf(SharedData.seed("003")));
  }

  @Test
  void seed004ConstanceConferenceIsOnTheDatumLineNotTheDateline() {
    EventDates d = dates.extract(SharedData.seed("004"));
    assertEquals(span("2025-09-24", "2025-09-24"), d.event().orElseThrow());
    assertEquals(Optional.of(LocalDate.of(2025, 8, 14)), d.published());
  }
}
