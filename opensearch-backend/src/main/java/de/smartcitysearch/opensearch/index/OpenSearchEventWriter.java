package de.smartcitysearch.opensearch.index;

import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.index.EventSchema;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.Time;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * Writes {@link EventDocument}s into an OpenSearch index of {@link EventIndexMapping}, incrementally by content
 * hash, the OpenSearch counterpart of the Lucene {@code EventIndexer}'s writing side.
 *
 * <p>A source (file, record) is the unit: its documents (the event and its sessions) carry its content hash. A
 * source the index has with the same hash is skipped; a changed one is written and its documents of the old
 * version that the new one no longer has are deleted afterwards, so it is never missing in between. OpenSearch has
 * no transaction over several documents: when the cluster refuses a document (a value the mapping rejects), the
 * source's new version is removed again and the source counted as failed, so the next run writes it again instead
 * of taking a partial version for the current one; every refused document is reported with its reason. Transient
 * refusals (429, 502, 503, 504, no connection) are retried with a doubling back-off; when they persist, an
 * {@link OpenSearchUnavailableException} names the URL, the index and the last reason. A refused request (not a
 * single document) is the client's {@code OpenSearchException} with OpenSearch's reason.
 *
 * <p>Not thread-safe: one writer per indexing run. Close it to release the HTTP connections.
 */
public final class OpenSearchEventWriter implements AutoCloseable {

  /** What OpenSearch accepts as an index name (lowercase, no spaces or special characters, not starting with _ - +). */
  private static final Pattern INDEX_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,254}");

  /** Sources per search for old versions (a clause each). */
  private static final int SOURCES_PER_DELETE = 200;

  /** Hits per page when reading content hashes or ids. */
  private static final int HITS_PER_PAGE = 1000;

  /** Marks a source whose documents carry different hashes (a run that stopped half-way): it is written again. */
  private static final String MIXED_HASHES = "";

  private final OpenSearchClient client;
  private final OpenSearchTransport transport;
  private final String where;
  private final String index;
  private final BulkWriteOptions options;
  private Map<String, String> indexedHashes;
  private int retries;
  private RetryListener retryListener = (what, attempt, reason) -> { };

  /**
   * A writer over the client's transport (closed with the writer).
   *
   * @param where how the cluster is named in error messages, e.g. its URL
   */
  public OpenSearchEventWriter(OpenSearchClient client, String where, String index, BulkWriteOptions options) {
    this.client = client;
    this.transport = client._transport();
    this.where = where;
    this.index = requireIndexName(index);
    this.options = options;
  }

  /**
   * A writer to the cluster at {@code url} (http or https, e.g. {@code http://localhost:9200}).
   *
   * @throws IllegalArgumentException for a URL that is not http(s) with a host, or an index name OpenSearch rejects
   */
  public static OpenSearchEventWriter connect(URI url, String index, BulkWriteOptions options) {
    if (url == null || url.getHost() == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
      throw new IllegalArgumentException("OpenSearch URL must be http:// or https:// with a host, e.g. http://localhost:9200, got " + url);
    }
    requireIndexName(index);
    HttpHost host = new HttpHost(url.getScheme(), url.getHost(), url.getPort() < 0 ? 9200 : url.getPort());
    OpenSearchTransport transport = ApacheHttpClient5TransportBuilder.builder(host).build();
    return new OpenSearchEventWriter(new OpenSearchClient(transport), url.toString(), index, options);
  }

  private static String requireIndexName(String index) {
    if (index == null || !INDEX_NAME.matcher(index).matches()) {
      throw new IllegalArgumentException("index name must be lowercase letters, digits, '.', '_' or '-', not starting"
          + " with '.', '_' or '-', got '" + index + "'");
    }
    return index;
  }

  /** The index written to. */
  public String index() {
    return index;
  }

  /** Tells {@code listener} before each retry (the command line shows them, so a slow run says why). */
  public void onRetry(RetryListener listener) {
    this.retryListener = listener;
  }

  /**
   * Creates the index with {@link EventIndexMapping} when it does not exist yet.
   *
   * @return whether it was created
   * @throws IllegalStateException when the cluster refuses the mapping, typically because the analysis plugin is
   *     not installed on every node (the message says so)
   */
  public boolean createIndexIfMissing(IndexShape shape) {
    boolean exists = withRetries("checking index", () -> client.indices().exists(e -> e.index(index)).value());
    if (exists) {
      return false;
    }
    try {
      withRetries("creating index", () -> client.indices().create(c -> c.index(index)
          .settings(EventIndexMapping.settings(shape)).mappings(EventIndexMapping.mapping())));
    } catch (OpenSearchException e) {
      throw new IllegalStateException("OpenSearch at " + where + " refused to create index " + index + ": "
          + e.getMessage() + (e.getMessage().contains("analyzer")
              ? " (is the smartcity-search-analysis plugin installed on every node?)" : ""), e);
    }
    return true;
  }

  /** Source to content hash of every source in the index (read once per writer, then kept up to date). */
  public Map<String, String> indexedHashes() {
    if (indexedHashes == null) {
      indexedHashes = readIndexedHashes();
    }
    return Collections.unmodifiableMap(indexedHashes);
  }

  /** Whether the index holds {@code source} with this content hash, so its input need not even be extracted. */
  public boolean isUnchanged(String source, String contentHash) {
    return contentHash.equals(indexedHashes().get(source));
  }

  /**
   * Writes the documents of the given sources: skips sources the index has with the same content hash, replaces
   * the others. All documents of a source must be in the same call.
   */
  public WriteSummary write(Collection<EventDocument> documents) {
    Map<String, List<EventDocument>> bySource = new LinkedHashMap<>();
    for (EventDocument document : documents) {
      bySource.computeIfAbsent(document.source(), s -> new ArrayList<>()).add(document);
    }
    int retriesBefore = retries;
    indexedHashes();
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    Map<String, String> changed = new LinkedHashMap<>();
    List<EventDocument> toWrite = new ArrayList<>();
    for (Map.Entry<String, List<EventDocument>> source : bySource.entrySet()) {
      String hash = source.getValue().get(0).contentHash();
      for (EventDocument document : source.getValue()) {
        if (!document.contentHash().equals(hash)) {
          throw new IllegalArgumentException("documents of source " + source.getKey() + " carry different content hashes");
        }
      }
      if (isUnchanged(source.getKey(), hash)) {
        unchanged++;
      } else {
        changed.put(source.getKey(), hash);
        toWrite.addAll(source.getValue());
      }
    }
    List<DocumentFailure> failures = new ArrayList<>();
    long written = 0;
    for (int from = 0; from < toWrite.size(); from += options.batchDocuments()) {
      List<EventDocument> batch = toWrite.subList(from, Math.min(toWrite.size(), from + options.batchDocuments()));
      written += bulkIndex(batch, failures);
    }
    Set<String> failedSources = new LinkedHashSet<>();
    for (DocumentFailure failure : failures) {
      failedSources.add(failure.source());
    }
    Map<String, String> complete = new LinkedHashMap<>(changed);
    complete.keySet().removeAll(failedSources);
    deleteOtherVersions(complete);
    Map<String, String> partial = new LinkedHashMap<>();
    for (String source : failedSources) {
      partial.put(source, changed.get(source));
    }
    written -= deleteVersions(partial);
    for (Map.Entry<String, String> source : complete.entrySet()) {
      String previous = indexedHashes.put(source.getKey(), source.getValue());
      if (previous == null) {
        added++;
      } else {
        updated++;
      }
    }
    for (String source : failedSources) {
      indexedHashes.put(source, MIXED_HASHES);
    }
    return new WriteSummary(added, updated, unchanged, failedSources.size(), written, failures, retries - retriesBefore);
  }

  /**
   * Deletes every document of the given sources.
   *
   * @return the number of documents deleted
   */
  public long removeSources(Collection<String> sources) {
    List<String> all = List.copyOf(sources);
    long deleted = 0;
    for (int from = 0; from < all.size(); from += SOURCES_PER_DELETE) {
      List<FieldValue> chunk = all.subList(from, Math.min(all.size(), from + SOURCES_PER_DELETE)).stream()
          .map(FieldValue::of).toList();
      deleted += deleteMatching(Query.of(q -> q.terms(t -> t.field(EventSchema.SOURCE).terms(v -> v.value(chunk)))));
    }
    if (indexedHashes != null) {
      indexedHashes.keySet().removeAll(sources);
    }
    return deleted;
  }

  /** Makes everything written so far searchable now rather than after the index's refresh interval. */
  public void refresh() {
    withRetries("refreshing", () -> client.indices().refresh(r -> r.index(index)));
  }

  @Override
  public void close() throws IOException {
    transport.close();
  }

  /** Indexes one batch, retrying transiently refused documents; returns the number indexed. */
  private long bulkIndex(List<EventDocument> batch, List<DocumentFailure> failures) {
    Map<String, EventDocument> pending = new LinkedHashMap<>();
    for (EventDocument document : batch) {
      pending.put(document.id(), document);
    }
    long indexed = 0;
    for (int attempt = 1; !pending.isEmpty(); attempt++) {
      List<BulkOperation> operations = new ArrayList<>();
      for (EventDocument document : pending.values()) {
        Map<String, Object> source = EventSource.of(document);
        operations.add(BulkOperation.of(o -> o.index(i -> i.id(document.id()).document(source))));
      }
      BulkResponse response = withRetries("bulk indexing", () -> client.bulk(b -> b.index(index)
          .timeout(Time.of(t -> t.time(options.shardTimeout().toMillis() + "ms"))).operations(operations)));
      Map<String, EventDocument> retry = new LinkedHashMap<>();
      String lastReason = null;
      for (BulkResponseItem item : response.items()) {
        EventDocument document = pending.get(item.id());
        if (item.error() == null) {
          indexed++;
        } else if (isTransient(item.status()) && attempt < options.maxAttempts()) {
          retry.put(item.id(), document);
          lastReason = item.error().type() + ": " + item.error().reason();
        } else {
          failures.add(new DocumentFailure(item.id(), document.source(), item.status(),
              item.error().type() + ": " + item.error().reason()
                  + (isTransient(item.status()) ? " (after " + attempt + " attempts)" : "")));
        }
      }
      if (!retry.isEmpty()) {
        retries += retry.size();
        pause("bulk indexing " + retry.size() + " documents", attempt + 1, lastReason);
      }
      pending = retry;
    }
    return indexed;
  }

  /** Deletes the documents of each source whose hash is not the given one: the previous version. */
  private void deleteOtherVersions(Map<String, String> hashBySource) {
    forChunks(hashBySource, (source, hash) -> Query.of(q -> q.bool(b -> b
        .filter(f -> f.term(t -> t.field(EventSchema.SOURCE).value(FieldValue.of(source))))
        .mustNot(n -> n.term(t -> t.field(EventSchema.CONTENT_HASH).value(FieldValue.of(hash)))))));
  }

  /** Deletes the documents of each source that carry the given hash: a version written only in part. */
  private long deleteVersions(Map<String, String> hashBySource) {
    return forChunks(hashBySource, (source, hash) -> Query.of(q -> q.bool(b -> b
        .filter(f -> f.term(t -> t.field(EventSchema.SOURCE).value(FieldValue.of(source))))
        .filter(f -> f.term(t -> t.field(EventSchema.CONTENT_HASH).value(FieldValue.of(hash)))))));
  }

  private long forChunks(Map<String, String> hashBySource, BiFunction<String, String, Query> clause) {
    List<Map.Entry<String, String>> entries = List.copyOf(hashBySource.entrySet());
    long deleted = 0;
    for (int from = 0; from < entries.size(); from += SOURCES_PER_DELETE) {
      List<Query> should = entries.subList(from, Math.min(entries.size(), from + SOURCES_PER_DELETE)).stream()
          .map(e -> clause.apply(e.getKey(), e.getValue())).toList();
      deleted += deleteMatching(Query.of(q -> q.bool(b -> b.should(should).minimumShouldMatch("1"))));
    }
    return deleted;
  }

  /**
   * Deletes the documents matching {@code query} by id, in bulk: delete-by-query needs the reindex module, this
   * works on any cluster and goes through the same retries.
   */
  private long deleteMatching(Query query) {
    refresh(); // what was just written becomes visible, so a partial version can be found
    List<String> ids = new ArrayList<>();
    forEachHit(query, List.of(), hit -> ids.add(hit.id()));
    long deleted = 0;
    for (int from = 0; from < ids.size(); from += options.batchDocuments()) {
      List<BulkOperation> operations = ids.subList(from, Math.min(ids.size(), from + options.batchDocuments())).stream()
          .map(id -> BulkOperation.of(o -> o.delete(d -> d.id(id)))).toList();
      BulkResponse response = withRetries("deleting old versions", () -> client.bulk(b -> b.index(index).operations(operations)));
      for (BulkResponseItem item : response.items()) {
        if (item.error() == null) {
          deleted++;
        } else if (item.status() != 404) {
          throw new OpenSearchUnavailableException("OpenSearch at " + where + " (index " + index + ") did not delete "
              + item.id() + ": " + item.error().type() + ": " + item.error().reason(), null);
        }
      }
    }
    return deleted;
  }

  /** Every document matching {@code query}, page by page in id order, with the given fields of its source. */
  private void forEachHit(Query query, List<String> fields, Consumer<Hit<Map<String, Object>>> action) {
    List<FieldValue> after = null;
    while (true) {
      List<FieldValue> searchAfter = after;
      @SuppressWarnings({"rawtypes", "unchecked"})
      SearchResponse<Map<String, Object>> page = (SearchResponse) withRetries("reading the index", () -> client.search(s -> {
        // a partial answer (a shard unavailable) would make sources look new or hide old versions: all or retry
        s.index(index).size(HITS_PER_PAGE).query(query).allowPartialSearchResults(false)
            .sort(o -> o.field(f -> f.field(EventSchema.ID).order(SortOrder.Asc)));
        if (fields.isEmpty()) {
          s.source(src -> src.fetch(false));
        } else {
          s.source(src -> src.filter(f -> f.includes(fields)));
        }
        if (searchAfter != null) {
          s.searchAfter(searchAfter);
        }
        return s;
      }, Map.class));
      List<Hit<Map<String, Object>>> hits = page.hits().hits();
      hits.forEach(action);
      if (hits.size() < HITS_PER_PAGE) {
        return;
      }
      after = hits.get(hits.size() - 1).sort();
    }
  }

  private Map<String, String> readIndexedHashes() {
    Map<String, String> hashes = new HashMap<>();
    boolean exists = withRetries("checking index", () -> client.indices().exists(e -> e.index(index)).value());
    if (!exists) {
      return hashes;
    }
    refresh();
    forEachHit(Query.of(q -> q.matchAll(m -> m)), List.of(EventSchema.SOURCE, EventSchema.CONTENT_HASH), hit -> hashes.merge(
        String.valueOf(hit.source().get(EventSchema.SOURCE)), String.valueOf(hit.source().get(EventSchema.CONTENT_HASH)),
        (a, b) -> a.equals(b) ? a : MIXED_HASHES));
    return hashes;
  }

  /** A request, sent again after a transient refusal or a lost connection, up to the configured attempts. */
  private <T> T withRetries(String what, Request<T> request) {
    for (int attempt = 1; ; attempt++) {
      try {
        return request.send();
      } catch (OpenSearchException e) {
        Integer status = e.response().status();
        if (status == null || !isTransient(status)) {
          throw e;
        }
        if (attempt >= options.maxAttempts()) {
          throw new OpenSearchUnavailableException("OpenSearch at " + where + " (index " + index + "): " + what
              + " failed after " + attempt + " attempts: " + e.getMessage(), e);
        }
        retries++;
        pause(what, attempt + 1, e.getMessage());
      } catch (IOException e) {
        if (attempt >= options.maxAttempts()) {
          throw new OpenSearchUnavailableException("OpenSearch at " + where + " (index " + index + "): " + what
              + " failed after " + attempt + " attempts: " + describe(e), e);
        }
        retries++;
        pause(what, attempt + 1, describe(e));
      }
    }
  }

  private void pause(String what, int nextAttempt, String reason) {
    retryListener.retrying(what, nextAttempt, reason);
    try {
      Thread.sleep(options.backoffBefore(nextAttempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OpenSearchUnavailableException("interrupted while waiting to retry at " + where + " (" + reason + ")", e);
    }
  }

  private static boolean isTransient(int status) {
    return status == 429 || status == 502 || status == 503 || status == 504;
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message.toLowerCase(Locale.ROOT).strip());
  }

  /** Hears of each retry: what is sent again, the attempt it will be (2, 3, ...) and the last refusal. */
  @FunctionalInterface
  public interface RetryListener {
    void retrying(String what, int attempt, String reason);
  }

  /** One call to the cluster. */
  @FunctionalInterface
  private interface Request<T> {
    T send() throws IOException;
  }
}
