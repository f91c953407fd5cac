package de.smartcitysearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.analysis.GermanAnalysis;
import de.smartcitysearch.document.DocumentKind;
import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.enrich.EventEnricher;
import de.smartcitysearch.extract.InputOptions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The program sessions of the seed pages through the whole pipeline carry the titles a reader sees
 * on the page, not the room, track or format written above them; the expected titles, rooms and
 * times were read off the pages (000 = Smart Country Convention 2025, 003 = MPSC-Kongress in
 * Berlin, April 2026).
 */
class SeedSessionTitlesTest {

  private static final Path SEEDS =
      Path.of(System.getProperty("project.root", "..")).resolve("seeds");

  /** What a room, track or format label looks like: what no session may be titled. */
  private static final Pattern LABEL =
      Pattern.compile("(?:\\p{L}+ Stage.*|Raum .*|hub ?\\d+.*|Werkstatt [A-Z0-9]|Paneldiskussion)");

  private static final List<EventDocument> SESSIONS = new ArrayList<>();

  @TempDir static Path index;

  @BeforeAll
  static void indexTheSeeds() throws Exception {
    EventSchema schema = new EventSchema(GermanAnalysis.defaults());
    IndexRunSummary summary =
        new EventIndexer(index, schema, InputOptions.DEFAULTS)
            .index(List.of(SEEDS), EventEnricher.withDefaults(), false, IndexProgress.NONE);
    assertEquals(0, summary.failed().size(), summary.report(10));
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      StoredFields stored = reader.storedFields();
      for (int i = 0; i < reader.maxDoc(); i++) {
        EventDocument doc = schema.fromStored(stored.document(i));
        if (doc.kind() == DocumentKind.SESSION) {
          SESSIONS.add(doc);
        }
      }
    }
  }

  @Test
  void noSessionIsTitledByItsRoomTrackOrFormat() {
    assertEquals(65, SESSIONS.size(), "the seeds' program sessions");
    List<String> labelled =
        SESSIONS.stream()
            .map(EventDocument::title)
            .filter(t -> LABEL.matcher(t).matches())
            .toList();
    // "Werkstatt 4" of the second slot on 28 April has no title yet ("tbd"): its label is all there
    // is
    assertEquals(List.of("Werkstatt 4"), labelled);
  }

  @Test
  void everySessionHasAStartTime() {
    assertEquals(
        List.of(),
        SESSIONS.stream().filter(s -> s.startTime() == null).map(EventDocument::title).toList());
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      2025-09-30 | 13:00 | Keynote und Bühnengespräch mit Sabine Poschmann, Parlamentarische Staatssekretärin im Bundesministerin für Wohnen, Stadtentwicklung und Bauwesen | Plaza Stage
      2025-09-30 | 17:00 | Urbane Datenplattformen im Realitätscheck: Was Kommunen wirklich weiterbringt | 'Raum Beta 3 | hub 27'
      2025-10-01 | 15:00 | Künstliche Intelligenz in der Stadtplanung – Ein deutsch-französischer Dialog | hub 27 / Raum Gamma 9
      2025-10-01 | 15:45 | Allianzen für smarte Städte und Regionen: Netzwerke als Gestalter und Treiber von Smart-City-Prozessen | Forum Stage - hub26.c
      2025-10-02 | 11:15 | Digital Default für die Kommune: Digitale Daseinsvorsorge als Baustein smarter Städte und Regionen | Plaza Stage - hub27
      2026-04-28 | 15:30 | Stadtlabore, Makerspaces und Digitalwerkstätten: Mit Ankerorten des digitalen Wandels smarte Städte und Regionen erklären | Werkstatt 1
      2026-04-28 | 17:10 | Digital.Raum.Werkstatt 2.0 | Werkstatt 2
      2026-04-29 | 14:15 | Urbane Datenplattform konkret: Interkommunale Entwicklung und Integration im Smart-City-Ökosystem | Werkstatt D
      2026-04-28 | 10:15 | Digitalisierung als Treiber für eine positive Zukunft: Wie Soft Skills und Technologiewissen die Kommunen nach vorne bringen |
      2026-04-28 | 10:45 | Das Zusammenspiel entscheidet: Wie smarte Städte und Regionen gemeinsam erfolgreich werden |
      2026-04-29 | 10:00 | MPSC-Kommunen im Dialog |
      2026-04-29 | 14:15 | Acht interaktive Werkstätten aus den Arbeits- und Entwicklungsgemeinschaften der Koordinierungs- und Transferstelle Modellprojekte Smart Cities |
      """)
  void aSessionHasTheTitleDayTimeAndRoomOfThePage(
      LocalDate day, LocalTime time, String title, String room) {
    EventDocument session =
        SESSIONS.stream()
            .filter(s -> s.title().equals(title))
            .findFirst()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "no session titled "
                            + title
                            + " among "
                            + SESSIONS.stream().map(EventDocument::title).toList()));
    assertEquals(day, session.startDate());
    assertEquals(time, session.startTime());
    assertEquals(room, session.location());
  }

  @Test
  void aPanelKeepsItsFormatAsType() {
    EventDocument panel =
        SESSIONS.stream()
            .filter(s -> s.title().equals("MPSC-Kommunen im Dialog"))
            .findFirst()
            .orElseThrow();
    assertEquals("Podiumsdiskussion", panel.eventType());
    assertTrue(
        panel.body().startsWith("Paneldiskussion"), "the label stays searchable: " + panel.body());
  }
}
