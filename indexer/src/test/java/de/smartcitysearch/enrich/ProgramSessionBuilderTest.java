package de.smartcitysearch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.analysis.GermanAnalysis;
import de.smartcitysearch.document.DocumentKind;
import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.document.Place;
import de.smartcitysearch.extract.ExtractedPage.ProgramEntry;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Program lines of the seed pages as session documents linked to their event. */
class ProgramSessionBuilderTest {

  private static final CityGazetteer GAZETTEER = CityGazetteer.builtIn();
  private final ProgramSessionBuilder builder =
      new ProgramSessionBuilder(
          new EventDateExtractor(),
          new CityRecognizer(GAZETTEER),
          new OrganisationRecognizer(GAZETTEER),
          new TopicTagger(GermanAnalysis.defaults()),
          new EventTypeClassifier());

  private final EventDocument event =
      EventDocument.builder("sccon", "seeds/000.txt", DocumentKind.EVENT)
          .title("Das war die Smart Country Convention 2025")
          .startDate(LocalDate.of(2025, 9, 30))
          .endDate(LocalDate.of(2025, 10, 2))
          .venue(new Place("Berlin", "Berlin", "11000000"))
          .format("Präsenz")
          .url("https://example.org/sccon")
          .contentHash("h1")
          .build();

  @Test
  void aScheduleLineBecomesASessionWithItsDayTimeTitleAndCities() {
    List<EventDocument> sessions =
        builder.sessions(
            event,
            List.of(
                new ProgramEntry(
                    "Mittwoch, 01.10.2025",
                    "14:30 Uhr",
                    "Die inklusive Stadt – Soziale Teilhabe steigern durch smartes Parken\nEinblicke aus Ulm, Mannheim")));
    assertEquals(1, sessions.size());
    EventDocument s = sessions.get(0);
    assertEquals("sccon#s1", s.id());
    assertEquals(DocumentKind.SESSION, s.kind());
    assertEquals("sccon", s.eventId());
    assertEquals("Das war die Smart Country Convention 2025", s.eventTitle());
    assertEquals("Die inklusive Stadt – Soziale Teilhabe steigern durch smartes Parken", s.title());
    assertEquals("Einblicke aus Ulm, Mannheim", s.body());
    assertEquals(LocalDate.of(2025, 10, 1), s.startDate());
    assertEquals(LocalDate.of(2025, 10, 1), s.endDate());
    assertEquals(LocalTime.of(14, 30), s.startTime());
    assertEquals(List.of("Ulm", "Mannheim"), s.cities().stream().map(Place::name).toList());
    assertTrue(
        s.topics().containsAll(List.of("Mobilität", "Inklusion und Teilhabe")),
        s.topics().toString());
    assertEquals("seeds/000.txt", s.source());
    assertEquals("h1", s.contentHash());
    assertEquals(event.venue(), s.venue());
  }

  @Test
  void aDayHeadingWithoutYearTakesTheEventsYearAndNoHeadingMeansTheFirstDay() {
    List<EventDocument> sessions =
        builder.sessions(
            event,
            List.of(
                new ProgramEntry(
                    "Tag 2: 1. Oktober", "10:00 - 11:00", "Smart City als Staatsaufgabe"),
                new ProgramEntry("", "", "Stand 508: Kurzpitches aus Bamberg, Köln")));
    assertEquals(LocalDate.of(2025, 10, 1), sessions.get(0).startDate());
    assertEquals(LocalTime.of(10, 0), sessions.get(0).startTime());
    assertEquals(LocalDate.of(2025, 9, 30), sessions.get(1).startDate());
    assertNull(sessions.get(1).startTime());
    assertEquals("sccon#s2", sessions.get(1).id());
  }

  @Test
  void breaksAreNoSessions() {
    List<EventDocument> sessions =
        builder.sessions(
            event,
            List.of(
                new ProgramEntry("", "13:15 – 14:15 Uhr", "gemeinsame Mittagspause"),
                new ProgramEntry("", "16:45 – 17:10 Uhr", "informeller Austausch und Kaffeepause"),
                new ProgramEntry("", "18:10 – 18:30 Uhr", "MPSC Barquiz")));
    assertEquals(List.of("MPSC Barquiz"), sessions.stream().map(EventDocument::title).toList());
    assertEquals("sccon#s1", sessions.get(0).id());
  }

  @Test
  void slotTimesAsTheSeedsWriteThem() {
    assertEquals(
        Optional.of(LocalTime.of(9, 30)), ProgramSessionBuilder.startTime("9:30 – 10:00 Uhr"));
    assertEquals(
        Optional.of(LocalTime.of(11, 15)),
        ProgramSessionBuilder.startTime("11:15–12:15 Uhr I Plaza Stage"));
    assertEquals(
        Optional.of(LocalTime.of(18, 30)), ProgramSessionBuilder.startTime("ab 18:30 Uhr"));
    assertEquals(Optional.empty(), ProgramSessionBuilder.startTime("tba"));
  }
}
