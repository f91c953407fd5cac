package de.smartcitysearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.analysis.GermanAnalysis;
import de.smartcitysearch.enrich.EventEnricher;
import de.smartcitysearch.extract.InputOptions;
import de.smartcitysearch.extract.PageEnricher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Single documents added and deleted while the index is served, through the same path as an
 * indexing run; deletes leave tombstones that keep re-indexing from bringing the document back
 * while its source is unchanged.
 */
class DocumentIngestionTest {

  private static final PageEnricher ENRICHER = EventEnricher.withDefaults();

  @TempDir Path tmp;
  private Path input;
  private Path index;
  private final EventSchema schema = new EventSchema(GermanAnalysis.defaults());

  @BeforeEach
  void inputs() throws IOException {
    input = Files.createDirectories(tmp.resolve("pages"));
    index = tmp.resolve("index");
    Files.writeString(
        input.resolve("events.jsonl"),
        "{\"id\":\"ulm-1\",\"title\":\"Datentag Ulm\",\"text\":\"Offene Daten.\",\"start\":\"2026-06-01\"}\n"
            + "{\"id\":\"jena-1\",\"title\":\"Werkstatt Jena\",\"text\":\"Datenplattform.\",\"start\":\"2026-07-01\"}\n");
  }

  private IndexRunSummary index(boolean deleteMissing) throws IOException {
    return new EventIndexer(index, schema, InputOptions.DEFAULTS)
        .index(List.of(input), ENRICHER, deleteMissing, IndexProgress.NONE);
  }

  /** Opens the index as the server does, runs the calls, closes it again. */
  private <T> T served(IngestionCall<T> call) throws Exception {
    try (EventIndexWriter writer = EventIndexWriter.open(index, schema);
        DocumentIngestion ingestion =
            new DocumentIngestion(writer, ENRICHER, InputOptions.DEFAULTS)) {
      return call.with(ingestion);
    }
  }

  private interface IngestionCall<T> {
    T with(DocumentIngestion ingestion) throws Exception;
  }

  @Test
  void aDeletedRecordStaysDeletedWhenItsUnchangedFileIsIndexedAgain() throws Exception {
    index(false);
    boolean deleted = served(ingestion -> ingestion.delete("ulm-1"));
    assertTrue(deleted);
    IndexRunSummary again = index(false);
    assertEquals(0, again.added(), again.report(10));
    assertEquals(2, again.unchanged(), "the deleted record counts as unchanged, not as missing");
    assertEquals(0, count(EventSchema.ID, "ulm-1"));
    assertEquals(1, count(EventSchema.ID, "jena-1"));
  }

  @Test
  void aDeletedRecordComesBackWhenItsLineChanges() throws Exception {
    index(false);
    served(ingestion -> ingestion.delete("ulm-1"));
    Files.writeString(
        input.resolve("events.jsonl"),
        "{\"id\":\"ulm-1\",\"title\":\"Datentag Ulm (neu)\",\"text\":\"Offene Daten.\",\"start\":\"2026-06-01\"}\n"
            + "{\"id\":\"jena-1\",\"title\":\"Werkstatt Jena\",\"text\":\"Datenplattform.\",\"start\":\"2026-07-01\"}\n");
    IndexRunSummary changed = index(false);
    assertEquals(1, changed.updated(), changed.report(10));
    assertEquals(1, count(EventSchema.ID, "ulm-1"));
    index(false);
    assertEquals(1, count(EventSchema.ID, "ulm-1"), "its tombstone was lifted by the change");
  }

  @Test
  void removingMissingSourcesAlsoForgetsTheirTombstones() throws Exception {
    index(false);
    served(ingestion -> ingestion.delete("ulm-1"));
    Files.writeString(
        input.resolve("events.jsonl"),
        "{\"id\":\"jena-1\",\"title\":\"Werkstatt Jena\",\"text\":\"Datenplattform.\",\"start\":\"2026-07-01\"}\n");
    IndexRunSummary pruned = index(true);
    assertEquals(1, pruned.removed(), pruned.report(10));
    Files.writeString(
        input.resolve("events.jsonl"),
        "{\"id\":\"ulm-1\",\"title\":\"Datentag Ulm\",\"text\":\"Offene Daten.\",\"start\":\"2026-06-01\"}\n"
            + "{\"id\":\"jena-1\",\"title\":\"Werkstatt Jena\",\"text\":\"Datenplattform.\",\"start\":\"2026-07-01\"}\n");
    IndexRunSummary back = index(false);
    assertEquals(
        1,
        back.added(),
        "a record that returns after its source was removed is new: " + back.report(10));
  }

  @Test
  void anUploadedFileDeletedAndUploadedAgainIsBack() throws Exception {
    index(false);
    byte[] page = "Quartiersfest in Jena\n\nEin Fest im Quartier.".getBytes(StandardCharsets.UTF_8);
    Ingested first = served(ingestion -> ingestion.addFile("feste/jena.txt", page));
    assertFalse(first.replaced());
    boolean deleted = served(ingestion -> ingestion.delete(first.id()));
    assertTrue(deleted);
    assertEquals(0, count(EventSchema.ID, first.id()));
    Ingested again = served(ingestion -> ingestion.addFile("feste/jena.txt", page));
    assertEquals(first.id(), again.id());
    assertFalse(again.replaced(), "nothing of it was left to replace");
    assertEquals(1, count(EventSchema.ID, first.id()));
  }

  @Test
  void anIdTwoSourcesClaimStaysWithTheFirstAndTheSecondIsNamed() throws Exception {
    index(false);
    Files.writeString(
        input.resolve("more.jsonl"),
        "{\"id\":\"ulm-1\",\"title\":\"Ein anderer Datentag\",\"text\":\"Doppelt vergeben.\"}\n");
    IndexRunSummary run = index(false);
    assertEquals(1, run.failed().size(), run.report(10));
    assertEquals("more.jsonl:1", run.failed().getFirst().location());
    assertEquals(
        "id ulm-1 is already taken by pages/events.jsonl#ulm-1", run.failed().getFirst().reason());
    assertEquals(1, count(EventSchema.ID, "ulm-1"));
    RejectedDocument posted =
        assertThrows(
            RejectedDocument.class,
            () ->
                served(
                    ingestion ->
                        ingestion.addRecord("{\"id\":\"jena-1\",\"title\":\"Übernahme\"}")));
    assertEquals(RejectedDocument.Reason.ID_TAKEN, posted.reason());
  }

  @Test
  void aRecordPostedTwiceIsReplacedAndSaysSo() throws Exception {
    index(false);
    Ingested first = served(i -> i.addRecord("{\"id\":\"kiel-1\",\"title\":\"Radtag Kiel\"}"));
    Ingested second =
        served(i -> i.addRecord("{\"id\":\"kiel-1\",\"title\":\"Radtag Kiel (verschoben)\"}"));
    assertFalse(first.replaced());
    assertTrue(second.replaced());
    assertEquals(1, count(EventSchema.SOURCE, "api#kiel-1"));
  }

  private int count(String field, String value) throws IOException {
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return new IndexSearcher(reader).count(new TermQuery(new Term(field, value)));
    }
  }
}
