package de.smartcitysearch.opensearch.index;

import static org.opensearch.test.hamcrest.OpenSearchAssertions.assertAcked;
import static org.opensearch.test.hamcrest.OpenSearchAssertions.assertHitCount;

import de.smartcitysearch.document.DocumentKind;
import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.index.FacetField;
import de.smartcitysearch.opensearch.analysis.SmartCityAnalysisPlugin;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.Test;
import org.opensearch.action.search.SearchResponse;
import org.opensearch.common.settings.Settings;
import org.opensearch.core.common.transport.TransportAddress;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.index.query.Operator;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.plugins.Plugin;
import org.opensearch.search.aggregations.AggregationBuilders;
import org.opensearch.search.aggregations.bucket.terms.Terms;
import org.opensearch.test.OpenSearchIntegTestCase;
import org.opensearch.test.OpenSearchIntegTestCase.ClusterScope;
import org.opensearch.test.OpenSearchIntegTestCase.Scope;
import org.opensearch.transport.Netty4ModulePlugin;

/**
 * The writer puts the seed pages' documents (read and enriched by the indexer) into a real three-node cluster over
 * HTTP, incrementally by content hash; refused documents are named and their source written again next time;
 * transient refusals are retried; an unreachable cluster is a clear error.
 */
@ClusterScope(scope = Scope.SUITE, numDataNodes = 3, numClientNodes = 0, supportsDedicatedMasters = false)
public class OpenSearchEventWriterTest extends OpenSearchIntegTestCase {

  private static final String INDEX = "events";

  @Override
  protected Collection<Class<? extends Plugin>> nodePlugins() {
    return List.of(SmartCityAnalysisPlugin.class, Netty4ModulePlugin.class);
  }

  @Override
  protected boolean addMockHttpTransport() {
    return false; // the Java client needs the real HTTP transport
  }

  @Override
  protected Settings nodeSettings(int nodeOrdinal) {
    // the disk monitor lifts a read_only_allow_delete block when the disk is not full: the tests set that block
    // themselves to stand for a full disk, and it must hold until they lift it
    return Settings.builder().put(super.nodeSettings(nodeOrdinal))
        .put("cluster.routing.allocation.disk.threshold_enabled", false).build();
  }

  @Test
  public void theSeedPagesAreWrittenOnceAndSkippedWhileUnchanged() throws IOException {
    List<EventDocument> documents = SeedDocuments.read();
    int sources = sources(documents);
    try (OpenSearchEventWriter writer = writer(BulkWriteOptions.DEFAULTS)) {
      assertTrue(writer.createIndexIfMissing(new IndexShape(2, 1)));
      assertFalse(writer.createIndexIfMissing(new IndexShape(2, 1)));
      WriteSummary first = writer.write(documents);
      assertEquals(first.toString(), sources, first.added());
      assertEquals(documents.size(), first.documents());
      assertTrue(first.failures().isEmpty());
      writer.refresh();
    }
    ensureGreen(INDEX);
    assertHitCount(client().prepareSearch(INDEX).setSize(0).get(), documents.size());
    long sessions = documents.stream().filter(d -> d.kind() == DocumentKind.SESSION).count();
    assertHitCount(client().prepareSearch(INDEX).setSize(0).setQuery(QueryBuilders.termQuery(EventSchema.KIND, "session")).get(), sessions);

    try (OpenSearchEventWriter again = writer(BulkWriteOptions.DEFAULTS)) {
      assertEquals(sources, again.indexedHashes().size());
      WriteSummary second = again.write(documents);
      assertEquals(new WriteSummary(0, 0, sources, 0, 0, List.of(), 0), second);
    }
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
    assertHitCount(client().prepareSearch(INDEX).setQuery(QueryBuilders.boolQuery()
        .filter(QueryBuilders.idsQuery().addIds(first.id()))
        .must(QueryBuilders.matchQuery(EventSchema.TITLE_EXACT, first.title()).operator(Operator.AND))).get(), 1);
    // compounds are found by their parts in the main field, not in the exact twin
    long withPlattform = client().prepareSearch(INDEX).setSize(0).setQuery(QueryBuilders.matchQuery(EventSchema.BODY, "Plattform")).get()
        .getHits().getTotalHits().value();
    long exactPlattform = client().prepareSearch(INDEX).setSize(0).setQuery(QueryBuilders.matchQuery(EventSchema.BODY_EXACT, "Plattform")).get()
        .getHits().getTotalHits().value();
    assertTrue("parts of compounds match in the main field: " + withPlattform + " vs " + exactPlattform, withPlattform > exactPlattform);

    // the venue facet: one bucket per Land/city path, counted like the documents' venues
    SearchResponse cities = client().prepareSearch(INDEX).setSize(0)
        .addAggregation(AggregationBuilders.terms("city").field(FacetField.CITY.fieldName() + "." + EventIndexMapping.level(1)).size(100)).get();
    Map<String, Long> expected = documents.stream().filter(d -> d.venue() != null)
        .collect(Collectors.groupingBy(d -> d.venue().land() + EventIndexMapping.LEVEL_SEPARATOR + d.venue().name(), Collectors.counting()));
    Map<String, Long> actual = ((Terms) cities.getAggregations().get("city")).getBuckets().stream()
        .collect(Collectors.toMap(Terms.Bucket::getKeyAsString, Terms.Bucket::getDocCount));
    assertFalse(expected.isEmpty());
    assertEquals(expected, actual);

    // topics are copied from the display field to the facet field
    long withTopics = documents.stream().filter(d -> !d.topics().isEmpty()).count();
    assertHitCount(client().prepareSearch(INDEX).setSize(0).setQuery(QueryBuilders.existsQuery(FacetField.TOPIC.fieldName())).get(), withTopics);
    // the month range holds every dated document
    long dated = documents.stream().filter(d -> d.startDate() != null).count();
    assertHitCount(client().prepareSearch(INDEX).setSize(0).setQuery(QueryBuilders.existsQuery(FacetField.MONTH.fieldName())).get(), dated);
  }

  @Test
  public void aChangedSourceReplacesAllItsDocumentsAndDropsTheOnesItNoLongerHas() throws IOException {
    List<EventDocument> documents = SeedDocuments.read();
    writeAll(documents);
    String source = documents.stream().filter(d -> d.kind() == DocumentKind.SESSION).findFirst().orElseThrow().source();
    List<EventDocument> old = documents.stream().filter(d -> d.source().equals(source)).toList();
    EventDocument dropped = old.get(old.size() - 1);
    List<EventDocument> changed = new ArrayList<>();
    for (EventDocument document : old.subList(0, old.size() - 1)) {
      changed.add(document.toBuilder().title(document.title() + " (geändert)").contentHash("changed").build());
    }
    try (OpenSearchEventWriter writer = writer(BulkWriteOptions.DEFAULTS)) {
      WriteSummary summary = writer.write(changed);
      assertEquals(summary.toString(), 1, summary.updated());
      writer.refresh();
    }
    assertFalse(dropped.id(), client().prepareGet(INDEX, dropped.id()).get().isExists());
    Map<String, Object> event = client().prepareGet(INDEX, changed.get(0).id()).get().getSourceAsMap();
    assertTrue(event.get(EventSchema.TITLE).toString().endsWith("(geändert)"));
    assertHitCount(client().prepareSearch(INDEX).setSize(0).setQuery(QueryBuilders.termQuery(EventSchema.SOURCE, source)).get(), changed.size());
    assertHitCount(client().prepareSearch(INDEX).setSize(0).get(), documents.size() - 1);

    try (OpenSearchEventWriter writer = writer(BulkWriteOptions.DEFAULTS)) {
      assertEquals(old.size() - 1, writer.removeSources(List.of(source)));
      writer.refresh();
    }
    assertHitCount(client().prepareSearch(INDEX).setSize(0).setQuery(QueryBuilders.termQuery(EventSchema.SOURCE, source)).get(), 0);
  }

  @Test
  public void aDocumentTheClusterRefusesIsNamedAndItsSourceIsWrittenAgainNextTime() throws IOException {
    List<EventDocument> seeds = SeedDocuments.read();
    // an organisation name longer than a keyword term may be (32766 bytes), as a broken input could give
    EventDocument broken = seeds.stream().filter(d -> d.kind() == DocumentKind.SESSION).findFirst().orElseThrow();
    List<EventDocument> documents = seeds.stream()
        .map(d -> d == broken ? d.toBuilder().organisations(List.of("Amt ".repeat(9000))).build() : d).toList();
    try (OpenSearchEventWriter writer = writer(BulkWriteOptions.DEFAULTS)) {
      writer.createIndexIfMissing(new IndexShape(2, 1));
      WriteSummary summary = writer.write(documents);
      assertEquals(summary.toString(), 1, summary.failed());
      assertEquals(sources(documents) - 1, summary.added());
      DocumentFailure failure = summary.failures().get(0);
      assertEquals(List.of(failure), summary.failures());
      assertEquals(broken.id(), failure.id());
      assertEquals(broken.source(), failure.source());
      assertEquals(400, failure.status());
      assertTrue(failure.reason(), failure.reason().contains(FacetField.ORGANISATION.fieldName()));
      writer.refresh();
    }
    // nothing of the failed source stays half-written, the other sources are complete
    assertHitCount(client().prepareSearch(INDEX).setSize(0).setQuery(QueryBuilders.termQuery(EventSchema.SOURCE, broken.source())).get(), 0);
    long complete = documents.stream().filter(d -> !d.source().equals(broken.source())).count();
    assertHitCount(client().prepareSearch(INDEX).setSize(0).get(), complete);
    try (OpenSearchEventWriter next = writer(BulkWriteOptions.DEFAULTS)) {
      assertFalse("written again next time", next.isUnchanged(broken.source(), broken.contentHash()));
      WriteSummary repaired = next.write(seeds);
      assertEquals(repaired.toString(), 1, repaired.added());
      assertEquals(sources(seeds) - 1, repaired.unchanged());
    }
  }

  @Test
  public void writesRefusedWhileTheDiskIsFullAreRetriedUntilTheBlockIsLifted() throws Exception {
    List<EventDocument> documents = SeedDocuments.read();
    // the cluster holds a write for the shard timeout itself before it answers 429; shorter than the block here
    BulkWriteOptions patient = new BulkWriteOptions(500, 8, Duration.ofMillis(200), Duration.ofMillis(200));
    try (OpenSearchEventWriter writer = writer(patient)) {
      writer.createIndexIfMissing(new IndexShape(2, 1));
      // what OpenSearch sets at the flood-stage disk watermark; writes are answered 429 while it holds
      assertAcked(client().admin().indices().prepareUpdateSettings(INDEX)
          .setSettings(Settings.builder().put("index.blocks.read_only_allow_delete", true)).get());
      CountDownLatch refused = new CountDownLatch(1);
      writer.onRetry((what, attempt, reason) -> {
        if (reason.contains("cluster_block_exception")) {
          refused.countDown();
        }
      });
      CompletableFuture<WriteSummary> written = CompletableFuture.supplyAsync(() -> writer.write(documents));
      assertTrue("the block refuses the write", refused.await(60, TimeUnit.SECONDS));
      assertFalse("nothing is written while the block holds", written.isDone());
      assertAcked(client().admin().indices().prepareUpdateSettings(INDEX)
          .setSettings(Settings.builder().putNull("index.blocks.read_only_allow_delete")).get());
      WriteSummary summary = written.get(60, TimeUnit.SECONDS);
      assertTrue(summary.toString(), summary.retries() > 0);
      assertTrue(summary.failures().isEmpty());
      assertEquals(sources(documents), summary.added());
      writer.refresh();
    }
    assertHitCount(client().prepareSearch(INDEX).setSize(0).get(), documents.size());
  }

  @Test
  public void aBlockThatOutlastsTheRetriesIsAClearErrorNamingTheIndex() throws Exception {
    BulkWriteOptions brief = new BulkWriteOptions(500, 3, Duration.ofMillis(50), Duration.ofMillis(200));
    try (OpenSearchEventWriter writer = writer(brief)) {
      writer.createIndexIfMissing(new IndexShape(2, 1));
      assertAcked(client().admin().indices().prepareUpdateSettings(INDEX)
          .setSettings(Settings.builder().put("index.blocks.read_only_allow_delete", true)).get());
      WriteSummary summary = writer.write(SeedDocuments.read());
      assertFalse(summary.failures().isEmpty());
      for (DocumentFailure failure : summary.failures()) {
        assertEquals(429, failure.status());
        assertTrue(failure.reason(), failure.reason().contains("cluster_block_exception") && failure.reason().contains("after 3 attempts"));
      }
    } finally {
      assertAcked(client().admin().indices().prepareUpdateSettings(INDEX)
          .setSettings(Settings.builder().putNull("index.blocks.read_only_allow_delete")).get());
    }
  }

  @Test
  public void anUnreachableClusterIsAClearErrorNamingTheUrl() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    URI url = URI.create("http://127.0.0.1:" + closedPort);
    BulkWriteOptions quick = new BulkWriteOptions(500, 2, Duration.ofMillis(10), Duration.ofSeconds(1));
    try (OpenSearchEventWriter writer = OpenSearchEventWriter.connect(url, INDEX, quick)) {
      OpenSearchUnavailableException e = expectThrows(OpenSearchUnavailableException.class, () -> writer.write(SeedDocuments.read()));
      assertTrue(e.getMessage(), e.getMessage().contains(url.toString()) && e.getMessage().contains("after 2 attempts"));
    }
  }

  private void writeAll(List<EventDocument> documents) throws IOException {
    try (OpenSearchEventWriter writer = writer(BulkWriteOptions.DEFAULTS)) {
      writer.createIndexIfMissing(new IndexShape(2, 1));
      WriteSummary summary = writer.write(documents);
      assertTrue(summary.failures().toString(), summary.failures().isEmpty());
      writer.refresh();
    }
  }

  private OpenSearchEventWriter writer(BulkWriteOptions options) {
    TransportAddress http = internalCluster().getInstance(HttpServerTransport.class).boundAddress().publishAddress();
    return OpenSearchEventWriter.connect(URI.create("http://" + http.getAddress() + ":" + http.getPort()), INDEX, options);
  }

  private static int sources(List<EventDocument> documents) {
    return (int) documents.stream().map(EventDocument::source).distinct().count();
  }

  /** The document as the index keeps it: each organisation and topic once, as the Lucene schema stores them. */
  private static EventDocument normalised(EventDocument document) {
    return document.toBuilder()
        .organisations(document.organisations().stream().distinct().toList())
        .topics(document.topics().stream().distinct().toList())
        .build();
  }
}
