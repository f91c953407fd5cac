package de.smartcitysearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.enrich.EventEnricher;
import de.smartcitysearch.extract.InputOptions;
import de.smartcitysearch.index.EventIndexer;
import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.index.FacetField;
import de.smartcitysearch.index.IndexProgress;
import de.smartcitysearch.index.IndexRunSummary;
import de.smartcitysearch.search.SampleEvents;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One ingestion path: a record posted to the admin API and the same record as a line of a JSON
 * Lines file go through the same extraction, enrichment and writer, and end as the same stored
 * document.
 */
class OneIngestionPathTest {

  /** Every field of the record shape, so that a field one route dropped would show. */
  private static final String RECORD =
      "{\"id\":\"werkstatt-kiel-2026\",\"title\":\"Werkstatt Datenplattform Kiel\","
          + "\"teaser\":\"Kommunen zeigen ihre urbanen Datenplattformen.\",\"text\":\"Die Landeshauptstadt Kiel lädt zur "
          + "Werkstatt über offene Daten, digitale Zwillinge und Bürgerbeteiligung ein. Gäste aus Lübeck und Flensburg "
          + "berichten.\",\"url\":\"https://example.org/werkstatt\",\"start\":\"2026-05-12\",\"end\":\"2026-05-13\","
          + "\"start_time\":\"09:30\",\"city\":\"Kiel\",\"land\":\"Schleswig-Holstein\",\"location\":\"Kieler Schloss, "
          + "Wall 74\",\"organisations\":[\"KielRegion\",\"Landeshauptstadt Kiel\"],\"topics\":[\"Open Data\"],"
          + "\"type\":\"Workshop\",\"format\":\"Hybrid\"}";

  @TempDir Path served;
  @TempDir Path indexed;

  @Test
  void theSameRecordPostedAsAdminJsonAndIndexedAsAJsonLinesLineGivesIdenticalStoredDocuments()
      throws Exception {
    try (TestServer server = new TestServer(served, List.of(), TestServer.ADMIN_KEY)) {
      HttpResponse<String> posted =
          server.send(AdminApiTest.post(server, RECORD, TestServer.ADMIN_KEY));
      assertEquals(201, posted.statusCode(), posted.body());
    }
    Path input = Files.createDirectories(indexed.resolve("in"));
    Files.writeString(input.resolve("events.jsonl"), RECORD + "\n");
    IndexRunSummary run =
        new EventIndexer(indexed.resolve("index"), SampleEvents.SCHEMA, InputOptions.DEFAULTS)
            .index(List.of(input), EventEnricher.withDefaults(), false, IndexProgress.NONE);
    assertEquals(1, run.added(), run.report(10));

    Map<String, List<String>> viaApi = storedFields(served, "werkstatt-kiel-2026");
    Map<String, List<String>> viaJsonLines =
        storedFields(indexed.resolve("index"), "werkstatt-kiel-2026");
    // the source names where a document came from, and only that differs
    assertEquals(List.of("api#werkstatt-kiel-2026"), viaApi.remove(EventSchema.SOURCE));
    assertEquals(
        List.of("in/events.jsonl#werkstatt-kiel-2026"), viaJsonLines.remove(EventSchema.SOURCE));
    assertEquals(viaJsonLines, viaApi);

    // and what is stored is the record's declared values, not an empty shell
    assertEquals(List.of("Kieler Schloss, Wall 74"), viaApi.get(EventSchema.LOCATION));
    assertEquals(List.of("09:30"), viaApi.get(EventSchema.START_TIME));
    assertEquals(List.of("2026-05-13"), viaApi.get(EventSchema.END));
    assertEquals(List.of("Schleswig-Holstein"), viaApi.get(EventSchema.VENUE_LAND));
    assertEquals(List.of("Workshop"), viaApi.get(FacetField.TYPE.fieldName()));
    assertEquals(List.of("Hybrid"), viaApi.get(FacetField.FORMAT.fieldName()));
    assertEquals(
        List.of("Kommunen zeigen ihre urbanen Datenplattformen."), viaApi.get(EventSchema.TEASER));
    assertTrue(viaApi.get(FacetField.TOPIC.fieldName()).contains("Open Data"), viaApi.toString());
    assertTrue(viaApi.get(FacetField.ORGANISATION.fieldName()).size() >= 2, viaApi.toString());
  }

  /** Every stored field of the document with this id, by name, values in stored order. */
  private static Map<String, List<String>> storedFields(Path index, String id) throws Exception {
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      ScoreDoc[] hits = searcher.search(new TermQuery(new Term(EventSchema.ID, id)), 2).scoreDocs;
      assertEquals(1, hits.length, "one document with id " + id + " in " + index);
      Document doc = searcher.storedFields().document(hits[0].doc);
      Map<String, List<String>> fields = new TreeMap<>();
      for (IndexableField field : doc.getFields()) {
        fields.computeIfAbsent(field.name(), k -> new ArrayList<>()).add(field.stringValue());
      }
      return fields;
    }
  }
}
