package de.smartcitysearch.opensearch.index;

import static org.opensearch.test.hamcrest.OpenSearchAssertions.assertAcked;
import static org.opensearch.test.hamcrest.OpenSearchAssertions.assertHitCount;

import com.carrotsearch.randomizedtesting.annotations.Seed;
import de.smartcitysearch.document.DocumentKind;
import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.enrich.EventEnricher;
import de.smartcitysearch.extract.InputOptions;
import de.smartcitysearch.index.DocumentIngestion;
import de.smartcitysearch.index.EventIndexer;
import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.index.FacetField;
import de.smartcitysearch.index.IdTakenException;
import de.smartcitysearch.index.IndexProgress;
import de.smartcitysearch.index.IndexRunSummary;
import de.smartcitysearch.index.RejectedDocument;
import de.smartcitysearch.index.WriteRefusal;
import de.smartcitysearch.opensearch.ClusterNodes;
import de.smartcitysearch.opensearch.EventClusterTestCase;
import de.smartcitysearch.opensearch.client.OpenSearchUnavailableException;
import de.smartcitysearch.opensearch.client.RetryPolicy;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.Test;
import org.opensearch.action.search.SearchResponse;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.query.Operator;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.search.aggregations.AggregationBuilders;
import org.opensearch.search.aggregations.bucket.terms.Terms;
import org.opensearch.test.OpenSearchIntegTestCase.ClusterScope;
import org.opensearch.test.OpenSearchIntegTestCase.Scope;

/**
 * The writer keeps what the indexer's one ingestion path gives it (the seed pages, read and
 * enriched by the indexer) in a real three-node cluster over HTTP: incrementally by content hash,
 * refused documents named and their source written again next time, transient refusals retried,
 * deletes kept as tombstones, ids unique, an unreachable cluster a clear error.
 */
// A fixed seed: under some seeds (6555B8989F60DD15, reproducible) OpenSearch 3.9's own leak check
// fails after a
// bulk item is refused for an immense keyword term ("1 arrays have not been released", inside the
// nodes, after every
// assertion of the test passed). CI must not flip on that; the seed varies nothing this test
// asserts.
@Seed("5EED0F5EA3C4B11D")
@ClusterScope(
    scope = Scope.SUITE,
    numDataNodes = 3,
    numClientNodes = 0,
    supportsDedicatedMasters = false)
public class OpenSearchEventWriterTest extends EventClusterTestCase {

  private static final String INDEX = "events";
  private static final IndexShape TWO_SHARDS = new IndexShape(2, 1);
  private static final Path SEEDS =
      Path.of(System.getProperty("project.root", "..")).resolve("seeds");

  @Override
  protected Settings nodeSettings(int nodeOrdinal) {
    // the disk monitor lifts a read_only_allow_delete block when the disk is not full: the tests
    // set that block
    // themselves to stand for a full disk, and it must hold until they lift it
    return Settings.builder()
        .put(super.nodeSettings(nodeOrdinal))
        .put("cluster.routing.allocation.disk.threshold_enabled", false)
        .build();
  }

  @Test
  public void theIndexerWritesTheSeedPagesOnceAndSkipsThemWhileUnchanged() throws IOException {
    IndexRunSummary first = indexSeeds();
    List<EventDocument> documents = SeedDocuments.read();
    assertEquals(first.report(10), sources(documents), first.added());
    assertEquals(documents.size(), first.documents());
    assertTrue(first.failed().isEmpty());
    ensureGreen(INDEX);
    assertHitCount(client().prepareSearch(INDEX).setSize(0).get(), documents.size());
    long sessions = documents.stream().filter(d -> d.kind() == DocumentKind.SESSION).count();
    assertHitCount(
        client()
            .prepareSearch(INDEX)
            .setSize(0)
            .setQuery(QueryBuilders.termQuery(EventSchema.KIND, "session"))
            .get(),
        sessions);
    assertEquals(2, settingsOf(INDEX).getAsInt("index.number_of_shards", 0).intValue());

    IndexRunSummary second = indexSeeds();
    assertEquals(second.report(10), sources(documents), second.unchanged());
    assertFalse(second.changedIndex());
  }

  @Test
  public void everySourceReadsBackAsTheDocumentThatWasWritten() throws IOException {
    List<EventDocument> documents = SeedDocuments.read();
    writeAll(documents);
    for (EventDocument document : documents) {
      Map<String, Object> source = client().prepareGet(INDEX, document.id()).get().getSourceAsMap();
      assertEquals(document.id(), normalised(document), EventSource.toEvent(source));
    }
  }

  @Test
  public void theMappingAnalysesSplitsFacetsAndDatesAsTheEmbeddedIndexDoes() throws IOException {
    List<EventDocument> documents = SeedDocuments.read();
    writeAll(documents);
    // the exact twin is filled by copy_to: a document is found by its title in the twin
    EventDocument first = documents.get(0);
    assertHitCount(
        client()
            .prepareSearch(INDEX)
            .setQuery(
                QueryBuilders.boolQuery()
                    .filter(QueryBuilders.idsQuery().addIds(first.id()))
                    .must(
                        QueryBuilders.matchQuery(EventSchema.TITLE_EXACT, first.title())
                            .operator(Operator.AND)))
            .get(),
        1);
    // compounds are found by their parts in the main field, not in the exact twin
    long withPlattform =
        client()
            .prepareSearch(INDEX)
            .setSize(0)
            .setQuery(QueryBuilders.matchQuery(EventSchema.BODY, "Plattform"))
            .get()
            .getHits()
            .getTotalHits()
            .value();
    long exactPlattform =
        client()
            .prepareSearch(INDEX)
            .setSize(0)
            .setQuery(QueryBuilders.matchQuery(EventSchema.BODY_EXACT, "Plattform"))
            .get()
            .getHits()
            .getTotalHits()
            .value();
    assertTrue(
        "parts of compounds match in the main field: " + withPlattform + " vs " + exactPlattform,
        withPlattform > exactPlattform);

    // the venue facet: one bucket per Land/city path, counted like the documents' venues
    SearchResponse cities =
        client()
            .prepareSearch(INDEX)
            .setSize(0)
            .addAggregation(
                AggregationBuilders.terms("city")
                    .field(FacetField.CITY.fieldName() + "." + EventIndexMapping.level(1))
                    .size(100))
            .get();
    Map<String, Long> expected =
        documents.stream()
            .filter(d -> d.venue() != null)
            .collect(
                Collectors.groupingBy(
                    d -> d.venue().land() + EventIndexMapping.LEVEL_SEPARATOR + d.venue().name(),
                    Collectors.counting()));
    Map<String, Long> actual =
        ((Terms) cities.getAggregations().get("city"))
            .getBuckets().stream()
                .collect(Collectors.toMap(Terms.Bucket::getKeyAsString, Terms.Bucket::getDocCount));
    assertFalse(expected.isEmpty());
    assertEquals(expected, actual);

    // topics are copied from the display field to the facet field
    long withTopics = documents.stream().filter(d -> !d.topics().isEmpty()).count();
    assertHitCount(
        client()
            .prepareSearch(INDEX)
            .setSize(0)
            .setQuery(QueryBuilders.existsQuery(FacetField.TOPIC.fieldName()))
            .get(),
        withTopics);
    // the month range holds every dated document
    long dated = documents.stream().filter(d -> d.startDate() != null).count();
    assertHitCount(
        client()
            .prepareSearch(INDEX)
            .setSize(0)
            .setQuery(QueryBuilders.existsQuery(FacetField.MONTH.fieldName()))
            .get(),
        dated);
  }

  @Test
  public void aChangedSourceReplacesAllItsDocumentsAndDropsTheOnesItNoLongerHas() throws Exception {
    List<EventDocument> documents = SeedDocuments.read();
    writeAll(documents);
    String source =
        documents.stream()
            .filter(d -> d.kind() == DocumentKind.SESSION)
            .findFirst()
            .orElseThrow()
            .source();
    List<EventDocument> old = documents.stream().filter(d -> d.source().equals(source)).toList();
    EventDocument dropped = old.get(old.size() - 1);
    List<EventDocument> changed = new ArrayList<>();
    for (EventDocument document : old.subList(0, old.size() - 1)) {
      changed.add(
          document.toBuilder()
              .title(document.title() + " (geändert)")
              .contentHash("changed")
              .build());
    }
    try (OpenSearchEventWriter writer = writer()) {
      assertEquals(old.get(0).contentHash(), writer.sourceHashes().get(source));
      assertTrue("the source had documents before", writer.write(source, changed));
      assertEquals(List.of(), writer.commit());
      assertEquals("changed", writer.sourceHashes().get(source));
    }
    assertFalse(dropped.id(), client().prepareGet(INDEX, dropped.id()).get().isExists());
    Map<String, Object> event =
        client().prepareGet(INDEX, changed.get(0).id()).get().getSourceAsMap();
    assertTrue(event.get(EventSchema.TITLE).toString().endsWith("(geändert)"));
    assertHitCount(
        client()
            .prepareSearch(INDEX)
            .setSize(0)
            .setQuery(QueryBuilders.termQuery(EventSchema.SOURCE, source))
            .get(),
        changed.size());
    assertHitCount(client().prepareSearch(INDEX).setSize(0).get(), documents.size() - 1);

    try (OpenSearchEventWriter writer = writer()) {
      writer.removeSource(source);
      writer.commit();
      assertFalse(writer.sourceHashes().containsKey(source));
    }
    assertHitCount(
        client()
            .prepareSearch(INDEX)
            .setSize(0)
            .setQuery(QueryBuilders.termQuery(EventSchema.SOURCE, source))
            .get(),
        0);
  }

  @Test
  public void aDocumentTheClusterRefusesIsNamedAndItsSourceIsWrittenAgainNextTime()
      throws Exception {
    List<EventDocument> seeds = SeedDocuments.read();
    // an organisation name longer than a keyword term may be (32766 bytes), as a broken input could
    // give
    EventDocument broken =
        seeds.stream().filter(d -> d.kind() == DocumentKind.SESSION).findFirst().orElseThrow();
    List<EventDocument> documents =
        seeds.stream()
            .map(
                d ->
                    d == broken
                        ? d.toBuilder().organisations(List.of("Amt ".repeat(9000))).build()
                        : d)
            .toList();
    try (OpenSearchEventWriter writer = writer()) {
      writer.createIndexIfMissing(TWO_SHARDS);
      List<WriteRefusal> refused = write(writer, documents);
      assertEquals(1, refused.size());
      WriteRefusal refusal = refused.get(0);
      assertEquals(broken.id(), refusal.id());
      assertEquals(broken.source(), refusal.source());
      assertTrue(
          refusal.reason(),
          refusal.reason().contains(FacetField.ORGANISATION.fieldName())
              && refusal.reason().contains("HTTP 400"));
      assertFalse(
          "written again next time",
          broken.contentHash().equals(writer.sourceHashes().get(broken.source())));
    }
    // nothing of the failed source stays half-written, the other sources are complete
    assertHitCount(
        client()
            .prepareSearch(INDEX)
            .setSize(0)
            .setQuery(QueryBuilders.termQuery(EventSchema.SOURCE, broken.source()))
            .get(),
        0);
    long complete = documents.stream().filter(d -> !d.source().equals(broken.source())).count();
    assertHitCount(client().prepareSearch(INDEX).setSize(0).get(), complete);
    try (OpenSearchEventWriter next = writer()) {
      assertFalse(broken.contentHash().equals(next.sourceHashes().get(broken.source())));
      assertEquals(
          List.of(),
          write(next, seeds.stream().filter(d -> d.source().equals(broken.source())).toList()));
    }
    assertHitCount(client().prepareSearch(INDEX).setSize(0).get(), seeds.size());
  }

  @Test
  public void anIndexingRunNamesTheFileWhoseDocumentTheClusterRefusedAndGoesOn()
      throws IOException {
    Path input = createTempDir().resolve("input");
    Files.createDirectories(input);
    Files.writeString(
        input.resolve("events.jsonl"),
        "{\"id\":\"ulm-1\",\"title\":\"Datentag Ulm\",\"text\":\"Offene Daten.\",\"start\":\"2026-06-01\"}\n"
            + "{\"id\":\"amt-1\",\"title\":\"Werkstatt\",\"organisations\":[\""
            + "Amt ".repeat(9000)
            + "\"]}\n",
        StandardCharsets.UTF_8);
    IndexRunSummary summary = index(List.of(input));
    assertEquals(summary.report(10), 1, summary.added());
    assertEquals(summary.report(10), 1, summary.failed().size());
    assertTrue(
        summary.report(10),
        summary.failed().get(0).toString().startsWith("events.jsonl")
            && summary.failed().get(0).reason().contains("refused by the index: amt-1: ")
            && summary.failed().get(0).reason().contains(FacetField.ORGANISATION.fieldName()));
    assertTrue(client().prepareGet(INDEX, "ulm-1").get().isExists());
    assertFalse(client().prepareGet(INDEX, "amt-1").get().isExists());
    assertEquals("the refused record is tried again", 1, index(List.of(input)).failed().size());
  }

  @Test
  public void aDeletedEventStaysDeletedWhileItsPageIsUnchangedAndComesBackWhenUploadedAgain()
      throws Exception {
    indexSeeds();
    List<EventDocument> seeds = SeedDocuments.read();
    EventDocument event =
        seeds.stream()
            .filter(d -> d.kind() == DocumentKind.EVENT)
            .filter(e -> seeds.stream().anyMatch(s -> e.id().equals(s.eventId())))
            .findFirst()
            .orElseThrow();
    try (OpenSearchEventWriter writer = writer();
        DocumentIngestion ingestion =
            new DocumentIngestion(writer, EventEnricher.withDefaults(), InputOptions.DEFAULTS)) {
      assertTrue(ingestion.delete(event.id()));
      assertFalse("gone at once", ingestion.delete(event.id()));
    }
    assertFalse(client().prepareGet(INDEX, event.id()).get().isExists());
    assertHitCount(
        client()
            .prepareSearch(INDEX)
            .setSize(0)
            .setQuery(QueryBuilders.termQuery(EventSchema.EVENT_ID, event.id()))
            .get(),
        0);

    IndexRunSummary again = indexSeeds(); // a new writer reads the tombstone from the index
    assertFalse(again.report(10), again.changedIndex());
    assertFalse(client().prepareGet(INDEX, event.id()).get().isExists());

    try (OpenSearchEventWriter writer = writer()) {
      assertEquals(
          "the tombstoned source counts as present",
          event.contentHash(),
          writer.sourceHashes().get(event.source()));
      writer.write(
          event.source(), seeds.stream().filter(d -> d.source().equals(event.source())).toList());
      writer.commit();
    }
    assertTrue(
        "written anew, the tombstone lifted",
        client().prepareGet(INDEX, event.id()).get().isExists());
    try (OpenSearchEventWriter writer = writer()) {
      assertEquals(event.contentHash(), writer.sourceHashes().get(event.source()));
    }
  }

  @Test
  public void anIdAnotherSourceHoldsIsRefusedThroughTheAdminApiAsInTheEmbeddedIndex()
      throws Exception {
    indexSeeds();
    EventDocument seed = SeedDocuments.read().get(0);
    try (OpenSearchEventWriter writer = writer();
        DocumentIngestion ingestion =
            new DocumentIngestion(writer, EventEnricher.withDefaults(), InputOptions.DEFAULTS)) {
      RejectedDocument e =
          expectThrows(
              RejectedDocument.class,
              () ->
                  ingestion.addRecord("{\"id\":\"" + seed.id() + "\",\"title\":\"Anderes Fest\"}"));
      assertEquals(RejectedDocument.Reason.ID_TAKEN, e.reason());
      assertTrue(e.getMessage(), e.getMessage().contains(seed.source()));
      assertFalse(ingestion.addRecord("{\"id\":\"fest-1\",\"title\":\"Fest\"}").replaced());
      assertTrue(ingestion.addRecord("{\"id\":\"fest-1\",\"title\":\"Fest am See\"}").replaced());
    }
    assertEquals(
        "Fest am See",
        client().prepareGet(INDEX, "fest-1").get().getSourceAsMap().get(EventSchema.TITLE));
    try (OpenSearchEventWriter writer = writer()) {
      IdTakenException e =
          expectThrows(
              IdTakenException.class,
              () ->
                  writer.write(
                      "other.txt",
                      List.of(
                          EventDocument.builder(seed.id(), "other.txt", DocumentKind.EVENT)
                              .title("Anderes")
                              .contentHash("x")
                              .build())));
      assertEquals(seed.source(), e.owner());
    }
  }

  @Test
  public void writesRefusedWhileTheDiskIsFullAreRetriedUntilTheBlockIsLifted() throws Exception {
    List<EventDocument> documents = SeedDocuments.read();
    // the cluster holds a write for the shard timeout itself before it answers 429; shorter than
    // the block here
    BulkWriteOptions brief = new BulkWriteOptions(500, Duration.ofMillis(200));
    try (OpenSearchEventWriter writer = writer(brief, new RetryPolicy(8, Duration.ofMillis(200)))) {
      writer.createIndexIfMissing(TWO_SHARDS);
      writer.sourceHashes(); // read before the block: reading is not what is tested
      // what OpenSearch sets at the flood-stage disk watermark; writes are answered 429 while it
      // holds
      assertAcked(
          client()
              .admin()
              .indices()
              .prepareUpdateSettings(INDEX)
              .setSettings(Settings.builder().put("index.blocks.read_only_allow_delete", true))
              .get());
      CountDownLatch refused = new CountDownLatch(1);
      writer
          .connection()
          .onRetry(
              (what, attempt, reason) -> {
                if (reason.contains("cluster_block_exception")) {
                  refused.countDown();
                }
              });
      CompletableFuture<List<WriteRefusal>> written =
          CompletableFuture.supplyAsync(() -> write(writer, documents));
      assertTrue("the block refuses the write", refused.await(60, TimeUnit.SECONDS));
      assertFalse("nothing is written while the block holds", written.isDone());
      assertAcked(
          client()
              .admin()
              .indices()
              .prepareUpdateSettings(INDEX)
              .setSettings(Settings.builder().putNull("index.blocks.read_only_allow_delete"))
              .get());
      assertEquals(List.of(), written.get(60, TimeUnit.SECONDS));
      assertTrue(writer.connection().retries() > 0);
    }
    assertHitCount(client().prepareSearch(INDEX).setSize(0).get(), documents.size());
  }

  @Test
  public void aBlockThatOutlastsTheRetriesRefusesEachDocumentWithTheClustersReason()
      throws Exception {
    BulkWriteOptions brief = new BulkWriteOptions(500, Duration.ofMillis(200));
    List<EventDocument> documents = SeedDocuments.read();
    try (OpenSearchEventWriter writer = writer(brief, new RetryPolicy(3, Duration.ofMillis(50)))) {
      writer.createIndexIfMissing(TWO_SHARDS);
      writer.sourceHashes();
      assertAcked(
          client()
              .admin()
              .indices()
              .prepareUpdateSettings(INDEX)
              .setSettings(Settings.builder().put("index.blocks.read_only_allow_delete", true))
              .get());
      List<WriteRefusal> refused = write(writer, documents);
      assertEquals(documents.size(), refused.size());
      for (WriteRefusal refusal : refused) {
        assertTrue(
            refusal.reason(),
            refusal.reason().contains("cluster_block_exception")
                && refusal.reason().contains("HTTP 429, after 3 attempts"));
      }
    } finally {
      assertAcked(
          client()
              .admin()
              .indices()
              .prepareUpdateSettings(INDEX)
              .setSettings(Settings.builder().putNull("index.blocks.read_only_allow_delete"))
              .get());
    }
  }

  @Test
  public void anUnreachableClusterIsAClearErrorNamingTheUrl() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + closedPort;
    try (OpenSearchEventWriter writer =
        OpenSearchEventWriter.connect(
            url, INDEX, BulkWriteOptions.DEFAULTS, new RetryPolicy(2, Duration.ofMillis(10)))) {
      OpenSearchUnavailableException e =
          expectThrows(OpenSearchUnavailableException.class, writer::sourceHashes);
      assertTrue(
          e.getMessage(),
          e.getMessage().contains(url) && e.getMessage().contains("after 2 attempts"));
    }
  }

  private IndexRunSummary indexSeeds() throws IOException {
    return index(List.of(SEEDS));
  }

  /**
   * An indexing run of the product's indexer into the cluster, as {@code index --opensearch} makes
   * one.
   */
  private IndexRunSummary index(List<Path> inputs) throws IOException {
    return new EventIndexer(
            () -> {
              OpenSearchEventWriter writer = writer();
              writer.createIndexIfMissing(TWO_SHARDS);
              return writer;
            },
            InputOptions.DEFAULTS,
            2)
        .index(inputs, EventEnricher.withDefaults(), false, IndexProgress.NONE);
  }

  private void writeAll(List<EventDocument> documents) throws IOException {
    try (OpenSearchEventWriter writer = writer()) {
      writer.createIndexIfMissing(TWO_SHARDS);
      assertEquals(List.of(), write(writer, documents));
    }
  }

  /** Writes the documents source by source and commits, as an indexing run does. */
  private static List<WriteRefusal> write(
      OpenSearchEventWriter writer, List<EventDocument> documents) {
    try {
      for (Map.Entry<String, List<EventDocument>> source : bySource(documents).entrySet()) {
        writer.write(source.getKey(), source.getValue());
      }
    } catch (IdTakenException e) {
      throw new AssertionError(e);
    }
    return writer.commit();
  }

  private static Map<String, List<EventDocument>> bySource(List<EventDocument> documents) {
    Map<String, List<EventDocument>> bySource = new LinkedHashMap<>();
    documents.forEach(d -> bySource.computeIfAbsent(d.source(), s -> new ArrayList<>()).add(d));
    return bySource;
  }

  private OpenSearchEventWriter writer() {
    return writer(BulkWriteOptions.DEFAULTS, RetryPolicy.WRITES);
  }

  private OpenSearchEventWriter writer(BulkWriteOptions options, RetryPolicy retries) {
    return OpenSearchEventWriter.connect(ClusterNodes.httpUrls(), INDEX, options, retries);
  }

  private static int sources(List<EventDocument> documents) {
    return (int) documents.stream().map(EventDocument::source).distinct().count();
  }

  /**
   * The document as the index keeps it: each organisation and topic once, as the Lucene schema
   * stores them.
   */
  private static EventDocument normalised(EventDocument document) {
    return document.toBuilder()
        .organisations(document.organisations().stream().distinct().toList())
        .topics(document.topics().stream().distinct().toList())
        .build();
  }
}
