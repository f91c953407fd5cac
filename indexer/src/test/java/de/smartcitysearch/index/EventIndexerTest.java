package de.smartcitysearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.analysis.GermanAnalysis;
import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.enrich.EventEnricher;
import de.smartcitysearch.extract.ExtractionLimits;
import de.smartcitysearch.extract.InputOptions;
import de.smartcitysearch.extract.PageEnricher;
import de.smartcitysearch.index.IndexRunSummary.Failure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental runs on a real index on disk: add, skip unchanged, replace, remove on request,
 * survive failures.
 */
class EventIndexerTest {

  private static final Path SEEDS =
      Path.of(System.getProperty("project.root", "..")).resolve("seeds");

  @TempDir Path tmp;
  private Path input;
  private Path indexDir;
  private final EventSchema schema = new EventSchema(GermanAnalysis.defaults());
  private static final PageEnricher ENRICHER = EventEnricher.withDefaults();
  private final PageEnricher enricher = ENRICHER;

  @BeforeEach
  void inputs() throws IOException {
    input = Files.createDirectories(tmp.resolve("pages"));
    indexDir = tmp.resolve("index");
    Files.copy(SEEDS.resolve("000_f0230e23ebc5b8c3.txt"), input.resolve("sccon.txt"));
    Files.copy(SEEDS.resolve("001_10dfd4f3d6dbf9f6.txt"), input.resolve("kiel.txt"));
    Files.writeString(
        input.resolve("events.jsonl"),
        "{\"id\":\"ulm-1\",\"title\":\"Datentag Ulm\",\"text\":\"Offene Daten.\",\"start\":\"2026-06-01\"}\n"
            + "{\"id\":\"jena-1\",\"title\":\"Werkstatt Jena\",\"text\":\"Datenplattform.\",\"start\":\"2026-07-01\"}\n");
  }

  private IndexRunSummary index(boolean deleteMissing) throws IOException {
    return index(enricher, deleteMissing);
  }

  private IndexRunSummary index(PageEnricher using, boolean deleteMissing) throws IOException {
    return new EventIndexer(indexDir, schema, InputOptions.DEFAULTS)
        .index(List.of(input), using, deleteMissing, IndexProgress.NONE);
  }

  @Test
  void firstRunAddsEverySourceWithItsSessions() throws IOException {
    IndexRunSummary summary = index(false);
    assertEquals(4, summary.added(), summary.report(10));
    assertEquals(List.of(), summary.failed());
    // the Smart Country Convention page has 27 program sessions besides its event
    assertEquals(28, countSource("pages/sccon.txt"));
    assertEquals(1, countSource("pages/kiel.txt"));
    assertEquals(1, countSource("pages/events.jsonl#ulm-1"));
    assertEquals(31, summary.documents());
    assertEquals("Datentag Ulm", stored("ulm-1").title());
    assertEquals(java.time.LocalDate.of(2026, 6, 1), stored("ulm-1").startDate());
  }

  @Test
  void rerunOnUnchangedInputChangesNothingNotEvenTheCommit() throws IOException {
    index(false);
    long generation = commitGeneration();
    IndexRunSummary again = index(false);
    assertEquals(0, again.added() + again.updated() + again.removed());
    assertEquals(4, again.unchanged());
    assertEquals(generation, commitGeneration());
  }

  @Test
  void aChangedSourceIsReplacedNotDuplicated() throws IOException {
    index(false);
    Files.writeString(
        input.resolve("events.jsonl"),
        "{\"id\":\"ulm-1\",\"title\":\"Datentag Ulm (verschoben)\",\"text\":\"Offene Daten.\",\"start\":\"2026-09-01\"}\n"
            + "{\"id\":\"jena-1\",\"title\":\"Werkstatt Jena\",\"text\":\"Datenplattform.\",\"start\":\"2026-07-01\"}\n");
    Files.writeString(
        input.resolve("kiel.txt"),
        Files.readString(input.resolve("kiel.txt"))
            .replace(
                "7. MPSC-Kongress in Kiel: Gekommen um zu bleiben",
                "7. MPSC-Kongress in Kiel: Rückblick"));
    IndexRunSummary summary = index(false);
    assertEquals(2, summary.updated(), summary.report(10));
    assertEquals(2, summary.unchanged(), "the other JSON record and the other page");
    assertEquals(1, countSource("pages/events.jsonl#ulm-1"));
    assertEquals("Datentag Ulm (verschoben)", stored("ulm-1").title());
    assertEquals(java.time.LocalDate.of(2026, 9, 1), stored("ulm-1").startDate());
    assertTrue(
        storedBySource("pages/kiel.txt")
            .title()
            .endsWith("Rückblick – Zukunftsaufgabe Smart City"));
    assertEquals(1, countSource("pages/kiel.txt"));
  }

  @Test
  void vanishedSourcesAreRemovedOnlyWhenAsked() throws IOException {
    index(false);
    Files.delete(input.resolve("sccon.txt"));
    IndexRunSummary partial = index(false);
    assertEquals(0, partial.removed());
    assertEquals(28, countSource("pages/sccon.txt"), "a partial input does not wipe the index");

    IndexRunSummary full = index(true);
    assertEquals(1, full.removed());
    assertEquals(0, countSource("pages/sccon.txt"), "the event and all its sessions are gone");
    assertEquals(1, countSource("pages/kiel.txt"));
  }

  @Test
  void aBrokenFileIsNamedAndSkippedWhileTheOthersAreIndexed() throws IOException {
    Files.write(input.resolve("kaputt.pdf"), "%PDF-1.4 broken".getBytes());
    IndexRunSummary summary = index(false);
    assertEquals(4, summary.added());
    assertEquals(1, summary.failed().size());
    Failure failure = summary.failed().getFirst();
    assertEquals("pages/kaputt.pdf", failure.location());
    assertTrue(failure.reason().startsWith("cannot be parsed"), failure.reason());
    assertTrue(
        summary.report(10).contains("failed: pages/kaputt.pdf: cannot be parsed"),
        summary.report(10));
  }

  @Test
  void aSourceThatBreaksKeepsItsIndexedVersionEvenWithDeleteMissing() throws IOException {
    index(false);
    Files.writeString(
        input.resolve("events.jsonl"),
        "{\"id\":\"ulm-1\",\"text\":\"Offene Daten.\"}\n"
            + "{\"id\":\"jena-1\",\"title\":\"Werkstatt Jena\",\"text\":\"Datenplattform.\",\"start\":\"2026-07-01\"}\n");
    IndexRunSummary summary = index(true);
    assertEquals(List.of(new Failure("events.jsonl:1", "missing field 'title'")), summary.failed());
    assertEquals(0, summary.removed());
    assertEquals("Datentag Ulm", stored("ulm-1").title());
  }

  @Test
  void aCrashHalfWayLeavesThePreviousCommitIntact() throws IOException {
    index(false);
    long generation = commitGeneration();
    Files.writeString(
        input.resolve("events.jsonl"),
        "{\"id\":\"ulm-1\",\"title\":\"Neuer Titel\",\"text\":\"Neu.\"}\n"
            + "{\"id\":\"jena-1\",\"title\":\"Auch neu\",\"text\":\"Neu.\"}\n");
    AtomicInteger pages = new AtomicInteger();
    PageEnricher crashing =
        page -> {
          if (pages.incrementAndGet() == 2) {
            throw new OutOfMemoryError("simulated crash in the middle of a run");
          }
          return enricher.enrich(page);
        };
    assertThrows(OutOfMemoryError.class, () -> index(crashing, false));
    assertEquals(generation, commitGeneration());
    assertEquals(
        "Datentag Ulm", stored("ulm-1").title(), "the first page's update was never committed");
    assertEquals(31, docCount());
    IndexRunSummary recovered = index(false);
    assertEquals(2, recovered.updated(), "the next run picks the changes up");
  }

  @Test
  void aSecondWriterIsToldTheIndexIsInUse() throws IOException {
    index(false);
    try (Directory directory = FSDirectory.open(indexDir);
        IndexWriter other =
            new IndexWriter(directory, new IndexWriterConfig(schema.indexAnalyzer()))) {
      IndexInUseException e = assertThrows(IndexInUseException.class, () -> index(false));
      assertEquals("index " + indexDir + " is in use by another indexer", e.getMessage());
    }
  }

  @Test
  void oversizedFilesAreSkippedWithTheLimitNamed() throws IOException {
    InputOptions tiny =
        new InputOptions(
            new ExtractionLimits(10_000, 100_000, java.time.Duration.ofSeconds(30)), null);
    IndexRunSummary summary =
        new EventIndexer(indexDir, schema, tiny)
            .index(List.of(input), enricher, false, IndexProgress.NONE);
    // the SCCON page has 17 kB, over the 10 kB limit; the Kiel page has 8 kB; JSON Lines are
    // streamed
    assertEquals(3, summary.added());
    assertEquals(1, summary.failed().size());
    assertEquals("pages/sccon.txt", summary.failed().getFirst().location());
    assertEquals(
        "too large (17484 bytes, the limit is 10000)", summary.failed().getFirst().reason());
  }

  @Test
  void severalWorkersIndexEveryRecordOnceAndReportFailuresInInputOrder() throws IOException {
    StringBuilder lines = new StringBuilder();
    List<Failure> expectedFailures = new java.util.ArrayList<>();
    for (int line = 1; line <= 300; line++) {
      if (line % 50 == 0) {
        lines.append("{\"id\":\"broken-").append(line).append("\",\"text\":\"Ohne Titel\"}\n");
        expectedFailures.add(new Failure("many.jsonl:" + line, "missing field 'title'"));
      } else {
        lines
            .append("{\"id\":\"ev-")
            .append(line)
            .append("\",\"title\":\"Werkstatt ")
            .append(line)
            .append("\",\"text\":\"Datenplattform und Bürgerbeteiligung.\"}\n");
      }
    }
    Path many = Files.createDirectories(tmp.resolve("many"));
    Files.writeString(many.resolve("many.jsonl"), lines);

    IndexRunSummary summary =
        new EventIndexer(indexDir, schema, InputOptions.DEFAULTS, 4)
            .index(List.of(many), enricher, false, IndexProgress.NONE);

    assertEquals(294, summary.added());
    assertEquals(294, docCount());
    assertEquals(expectedFailures, summary.failed());
    assertEquals("Werkstatt 299", stored("ev-299").title());
  }

  @Test
  void aRecordDated0202IsIndexedWithoutADateAndTheRunWarnsByName() throws IOException {
    Files.writeString(
        input.resolve("events.jsonl"),
        "{\"id\":\"chronik\",\"title\":\"Stadtchronik\",\"text\":\"Seit 202.\",\"start\":\"0202-05-04\"}\n");
    IndexRunSummary summary = index(false);
    assertEquals(
        List.of(
            new Failure(
                "events.jsonl:1",
                "start 0202-05-04 lies outside the years 1900-2200 and is left out")),
        summary.warnings());
    assertEquals(null, stored("chronik").startDate());
    assertTrue(
        summary.report(10).contains("warning: events.jsonl:1: start 0202-05-04"),
        summary.report(10));
  }

  @Test
  void aRecordWithTwoHundredTopicsKeepsFiftyAndTheRunWarns() throws IOException {
    StringBuilder topics = new StringBuilder();
    for (int i = 1; i <= 200; i++) {
      topics.append(i == 1 ? "" : ",").append("\"Thema ").append(i).append('"');
    }
    Files.writeString(
        input.resolve("events.jsonl"),
        "{\"id\":\"flut\",\"title\":\"Themenflut\",\"topics\":[" + topics + "]}\n");
    IndexRunSummary summary = index(false);
    assertEquals(
        List.of(new Failure("events.jsonl:1", "topics: 200 values, the first 50 are kept")),
        summary.warnings());
    assertEquals(50, stored("flut").topics().size());
    assertEquals("Thema 50", stored("flut").topics().get(49));
  }

  @Test
  void theTimeLimitCoversEnrichmentAndTheOtherSourcesAreIndexed() throws IOException {
    Files.writeString(
        input.resolve("events.jsonl"),
        "{\"id\":\"zaeh\",\"title\":\"Endlose Anreicherung\"}\n"
            + "{\"id\":\"flott\",\"title\":\"Werkstatt Jena\",\"text\":\"Datenplattform.\"}\n");
    PageEnricher slowOnOnePage =
        page -> {
          if (page.id().equals("zaeh")) {
            long end = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < end && !Thread.currentThread().isInterrupted()) {
              Thread.onSpinWait(); // an enrichment that would take a minute
            }
          }
          return enricher.enrich(page);
        };
    InputOptions fiveSeconds =
        new InputOptions(
            new ExtractionLimits(
                ExtractionLimits.DEFAULTS.maxFileBytes(), 100_000, java.time.Duration.ofSeconds(5)),
            null);
    long start = System.nanoTime();
    IndexRunSummary summary =
        new EventIndexer(indexDir, schema, fiveSeconds)
            .index(List.of(input), slowOnOnePage, false, IndexProgress.NONE);
    assertTrue(
        System.nanoTime() - start < java.time.Duration.ofSeconds(50).toNanos(),
        "the run did not wait a minute");
    assertEquals(
        List.of(
            new Failure(
                "events.jsonl:1",
                "extraction and enrichment took longer than the limit of 5 s, abandoned")),
        summary.failed());
    assertEquals("Werkstatt Jena", stored("flott").title());
  }

  // ---- reading the index back

  private long commitGeneration() throws IOException {
    try (Directory directory = FSDirectory.open(indexDir)) {
      return SegmentInfos.getLastCommitGeneration(directory);
    }
  }

  private int countSource(String source) throws IOException {
    try (Directory directory = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      return new IndexSearcher(reader).count(new TermQuery(new Term(EventSchema.SOURCE, source)));
    }
  }

  private int docCount() throws IOException {
    try (Directory directory = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      return reader.numDocs();
    }
  }

  private EventDocument stored(String id) throws IOException {
    return first(new Term(EventSchema.ID, id));
  }

  private EventDocument storedBySource(String source) throws IOException {
    return first(new Term(EventSchema.SOURCE, source));
  }

  private EventDocument first(Term term) throws IOException {
    try (Directory directory = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      TopDocs top = searcher.search(new TermQuery(term), 1);
      assertEquals(1, top.scoreDocs.length, "a document with " + term);
      return schema.fromStored(searcher.storedFields().document(top.scoreDocs[0].doc));
    }
  }
}
