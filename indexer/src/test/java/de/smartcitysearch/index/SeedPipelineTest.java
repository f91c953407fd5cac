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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The five seed pages through the whole pipeline — Tika, the page-dump parser, the event enricher,
 * the index on disk — and read back: each event carries what a human reads off its page.
 * Organisations and topics list some of those the page plainly names; the enricher may find more.
 */
class SeedPipelineTest {

  private static final Path SEEDS =
      Path.of(System.getProperty("project.root", "..")).resolve("seeds");
  private static final Map<String, EventDocument> EVENTS = new HashMap<>();

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
        if (doc.kind() == DocumentKind.EVENT) {
          EVENTS.put(Path.of(doc.source()).getFileName().toString().substring(0, 3), doc);
        }
      }
    }
    assertEquals(5, EVENTS.size(), "one event per seed page");
  }

  @ParameterizedTest(name = "seed {0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      000 | Impulse für digitale Souveränität und Zusammenarbeit: Das war die Smart Country Convention 2025 | 2025-09-30 | 2025-10-02 | Berlin | Berlin | BMWSB;Bitkom;KTS | Open Source und digitale Souveränität;Urbane Datenplattformen
      001 | 7. MPSC-Kongress in Kiel: Gekommen um zu bleiben – Zukunftsaufgabe Smart City | 2025-11-18 | 2025-11-19 | Kiel | Schleswig-Holstein | BMWSB;KTS;KielRegion | Verstetigung;Digitale Zwillinge
      002 | Smart Country Convention 2022: Smarte Städte schauen voneinander ab | 2022-10-18 | 2022-10-20 | Berlin | Berlin | BMWSB;KTS;BBSR | Digitale Zwillinge;Wissenstransfer
      003 | Gekommen, um zu bleiben: Vom Machen ins Wirken – MPSC-Kongress in Berlin | 2026-04-28 | 2026-04-29 | Berlin | Berlin | BMWSB;KTS;DLR Projektträger | Verstetigung;Digitale Zwillinge
      004 | Gemeinsam voraus: Kooperation als Erfolgsfaktor für eine Smart City | 2025-09-24 | 2025-09-24 | Konstanz | Baden-Württemberg | BMWSB;KTS;DLR Projektträger | Interkommunale Kooperation;Wissenstransfer
      """)
  void theEventCarriesWhatThePageSays(
      String seed,
      String title,
      LocalDate start,
      LocalDate end,
      String city,
      String land,
      String organisations,
      String topics) {
    EventDocument event = EVENTS.get(seed);
    assertEquals(title, event.title());
    assertEquals(start, event.startDate());
    assertEquals(end, event.endDate());
    assertEquals(city, event.venue().name());
    assertEquals(land, event.venue().land());
    for (String organisation : organisations.split(";")) {
      assertTrue(
          event.organisations().stream().anyMatch(o -> o.contains(organisation)),
          organisation + " in " + event.organisations());
    }
    for (String topic : topics.split(";")) {
      assertTrue(event.topics().contains(topic), topic + " in " + event.topics());
    }
  }
}
