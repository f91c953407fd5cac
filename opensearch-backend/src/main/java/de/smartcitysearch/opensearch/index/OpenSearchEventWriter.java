package de.smartcitysearch.opensearch.index;

import de.smartcitysearch.document.DocumentKind;
import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.index.EventStore;
import de.smartcitysearch.index.IdTakenException;
import de.smartcitysearch.index.Tombstones;
import de.smartcitysearch.index.WriteRefusal;
import de.smartcitysearch.opensearch.client.OpenSearchConnection;
import de.smartcitysearch.opensearch.client.RetryPolicy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.Time;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.GetResponse;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * The {@link EventStore} of an OpenSearch index of {@link EventIndexMapping}: what the one
 * ingestion path writes (an indexing run, the admin API) goes to the cluster in bulk requests,
 * through OpenSearch's Java client.
 *
 * <p>A source (file, record) is the unit: its documents (the event and its sessions) carry its
 * content hash. Written documents are sent in batches as they come; at the {@link #commit} the
 * documents of the sources' previous versions that the new ones did not replace are deleted, so a
 * source is never missing in between. OpenSearch has no transaction over several documents: when
 * the cluster refuses a document (a value the mapping rejects), the rest of its source's new
 * version is removed again and the refusal returned by the commit, so that the run names it and the
 * next run writes the source again instead of taking a partial version for the current one.
 * Transient refusals (429, 502, 503, 504, a lost connection) are retried ({@link
 * OpenSearchConnection}); a document the cluster still refuses after the last attempt is a refusal
 * like any other. Deletes through the admin API leave {@link Tombstones} in the {@code _meta} of
 * the index mapping, as the Lucene index keeps them in its commit.
 *
 * <p>Thread-safe. One writer per index at a time: the Lucene index enforces that with a lock, a
 * cluster does not.
 */
public final class OpenSearchEventWriter implements EventStore {

  /**
   * Where the tombstones are kept: this key of the mapping's {@code _meta}, as the Lucene commit
   * names them.
   */
  static final String TOMBSTONES_META = Tombstones.COMMIT_DATA_KEY;

  /** Sources per search for old versions (a clause each). */
  private static final int SOURCES_PER_DELETE = 200;

  /** Hits per page when reading content hashes or ids. */
  private static final int HITS_PER_PAGE = 1000;

  /**
   * Marks a source whose documents carry different hashes (a run that stopped half-way): it is
   * written again.
   */
  private static final String MIXED_HASHES = "";

  private final OpenSearchConnection cluster;
  private final OpenSearchClient client;
  private final String index;
  private final BulkWriteOptions options;

  /**
   * Source to content hash of the documents in the index as of the last commit; read on first use.
   */
  private Map<String, String> indexedHashes;

  private Tombstones tombstones;

  // since the last commit
  private final List<EventDocument> unsent = new ArrayList<>();
  private final Map<String, String> written = new LinkedHashMap<>();
  private final Set<String> removed = new LinkedHashSet<>();
  private final Map<String, Boolean> deletedIds = new LinkedHashMap<>();
  private final Set<String> deletedFrom = new LinkedHashSet<>();
  private final Map<String, String> pendingIds = new HashMap<>();
  private final List<WriteRefusal> refusals = new ArrayList<>();
  private boolean tombstonesChanged;

  /** A writer to this index over the connection (closed with the writer). */
  public OpenSearchEventWriter(
      OpenSearchConnection cluster, String index, BulkWriteOptions options) {
    this.cluster = cluster;
    this.client = cluster.client();
    this.index = OpenSearchConnection.requireIndexName(index);
    this.options = options;
  }

  /**
   * A writer to the index {@code index} of the cluster at {@code urls} (see {@link
   * OpenSearchConnection#open}).
   *
   * @throws IllegalArgumentException for a URL that is not http(s) with a host, or an index name
   *     OpenSearch rejects
   */
  public static OpenSearchEventWriter connect(
      String urls, String index, BulkWriteOptions options, RetryPolicy retries) {
    OpenSearchConnection.requireIndexName(index);
    return new OpenSearchEventWriter(OpenSearchConnection.open(urls, retries), index, options);
  }

  /** The index written to. */
  public String index() {
    return index;
  }

  /** The connection, e.g. to hear of its retries. */
  public OpenSearchConnection connection() {
    return cluster;
  }

  /**
   * Puts the index template of this index (its name, {@link EventIndexMapping} and the shape) and
   * creates the index from it when it does not exist yet; an index re-created later (by an
   * operator) gets the same mapping.
   *
   * @return whether the index was created
   * @throws IllegalStateException when the cluster refuses the mapping, typically because the
   *     analysis plugin is not installed on every node (the message says so)
   */
  public boolean createIndexIfMissing(IndexShape shape) {
    try {
      cluster.call(
          "putting the index template " + index,
          () ->
              client
                  .indices()
                  .putIndexTemplate(
                      t ->
                          t.name(index)
                              .indexPatterns(index)
                              .template(
                                  tm ->
                                      tm.settings(EventIndexMapping.settings(shape))
                                          .mappings(EventIndexMapping.mapping()))));
      if (exists()) {
        return false;
      }
      cluster.call(
          "creating the index " + index, () -> client.indices().create(c -> c.index(index)));
    } catch (OpenSearchException e) {
      throw new IllegalStateException(
          "OpenSearch at "
              + cluster.where()
              + " refused to create index "
              + index
              + ": "
              + e.getMessage()
              + (e.getMessage().contains("analyzer")
                  ? " (is the smartcity-search-analysis plugin installed on every node?)"
                  : ""),
          e);
    }
    return true;
  }

  /** Whether the index exists. */
  public boolean exists() {
    return cluster.call(
        "checking the index " + index, () -> client.indices().exists(e -> e.index(index)).value());
  }

  @Override
  public synchronized Map<String, String> sourceHashes() {
    loadState();
    Map<String, String> hashes = new HashMap<>(tombstones.hashes());
    hashes.putAll(indexedHashes);
    return hashes;
  }

  @Override
  public boolean write(String source, List<EventDocument> documents) throws IdTakenException {
    String eventId = documents.getFirst().id();
    String hash = documents.getFirst().contentHash();
    for (EventDocument document : documents) {
      if (!document.source().equals(source) || !document.contentHash().equals(hash)) {
        throw new IllegalArgumentException(
            "documents of source " + source + " must name it and carry one hash");
      }
    }
    String owner = stored(eventId).map(s -> String.valueOf(s.get(EventSchema.SOURCE))).orElse(null);
    synchronized (this) {
      loadState();
      String pending = pendingIds.putIfAbsent(eventId, source);
      if (pending != null && !pending.equals(source)) {
        throw new IdTakenException(eventId, pending);
      }
      if (owner != null && !owner.equals(source) && !isPending(owner)) {
        pendingIds.remove(eventId, source);
        throw new IdTakenException(eventId, owner);
      }
      boolean replaced = isPending(source) || indexedHashes.containsKey(source);
      written.put(source, hash);
      removed.remove(source);
      lift(source);
      unsent.addAll(documents);
      if (unsent.size() >= options.batchDocuments()) {
        send();
      }
      return replaced;
    }
  }

  @Override
  public synchronized void removeSource(String source) {
    loadState();
    written.remove(source);
    unsent.removeIf(d -> d.source().equals(source));
    removed.add(source);
    lift(source);
  }

  @Override
  public Optional<String> delete(String id) {
    Optional<Map<String, Object>> doc = stored(id);
    synchronized (this) {
      loadState();
      if (doc.isEmpty() || isPending(String.valueOf(doc.get().get(EventSchema.SOURCE)))) {
        return Optional.empty();
      }
      String source = String.valueOf(doc.get().get(EventSchema.SOURCE));
      boolean event =
          DocumentKind.fromId(String.valueOf(doc.get().get(EventSchema.KIND)))
              == DocumentKind.EVENT;
      deletedIds.put(id, event);
      deletedFrom.add(source);
      tombstones.add(source, String.valueOf(doc.get().get(EventSchema.CONTENT_HASH)), id);
      tombstonesChanged = true;
      return Optional.of(source);
    }
  }

  /**
   * Sends what is not sent yet, deletes what the new versions, removals and deletes leave over,
   * keeps the tombstones and refreshes the index, so that everything is searchable when it returns.
   */
  @Override
  public synchronized List<WriteRefusal> commit() {
    loadState();
    send();
    Set<String> refusedSources = new LinkedHashSet<>();
    refusals.forEach(r -> refusedSources.add(r.source()));
    Map<String, String> complete = new LinkedHashMap<>(written);
    complete.keySet().removeAll(refusedSources);
    Map<String, String> partial = new LinkedHashMap<>(written);
    partial.keySet().retainAll(refusedSources);
    deleteOtherVersions(complete);
    deleteVersions(partial);
    deleteSources(removed);
    deleteDocuments(deletedIds);
    if (tombstonesChanged) {
      Map<String, JsonData> meta = new HashMap<>();
      tombstones.commitData().forEach((key, json) -> meta.put(key, JsonData.of(json)));
      cluster.call(
          "keeping the deletes of " + index,
          () -> client.indices().putMapping(p -> p.index(index).meta(meta)));
    }
    refresh();
    indexedHashes.putAll(complete);
    partial.keySet().forEach(source -> indexedHashes.put(source, MIXED_HASHES));
    indexedHashes.keySet().removeAll(removed);
    for (String source : deletedFrom) {
      if (count(term(EventSchema.SOURCE, source)) == 0) {
        indexedHashes.remove(source); // every document of it deleted: only its tombstone keeps it
      }
    }
    List<WriteRefusal> refused = List.copyOf(refusals);
    written.clear();
    removed.clear();
    deletedIds.clear();
    deletedFrom.clear();
    pendingIds.clear();
    refusals.clear();
    tombstonesChanged = false;
    return refused;
  }

  /**
   * Closes the connection; documents written since the last commit that were already sent stay in
   * the index.
   */
  @Override
  public void close() throws IOException {
    cluster.close();
  }

  private boolean isPending(String source) {
    return written.containsKey(source) || removed.contains(source) || deletedFrom.contains(source);
  }

  private void lift(String source) {
    if (tombstones.hashes().containsKey(source)) {
      tombstones.lift(source);
      tombstonesChanged = true;
    }
  }

  private void loadState() {
    if (indexedHashes == null) {
      indexedHashes = readIndexedHashes();
      tombstones = readTombstones();
    }
  }

  /**
   * Sends the unsent documents in batches; what the cluster refuses becomes a refusal of the
   * commit.
   */
  private void send() {
    for (int from = 0; from < unsent.size(); from += options.batchDocuments()) {
      bulkIndex(unsent.subList(from, Math.min(unsent.size(), from + options.batchDocuments())));
    }
    unsent.clear();
  }

  /** Indexes one batch, sending transiently refused documents again. */
  private void bulkIndex(List<EventDocument> batch) {
    Map<String, EventDocument> pending = new LinkedHashMap<>();
    for (EventDocument document : batch) {
      pending.put(document.id(), document);
    }
    for (int attempt = 1; !pending.isEmpty(); attempt++) {
      List<BulkOperation> operations = new ArrayList<>();
      for (EventDocument document : pending.values()) {
        Map<String, Object> source = EventSource.of(document);
        operations.add(BulkOperation.of(o -> o.index(i -> i.id(document.id()).document(source))));
      }
      BulkResponse response =
          cluster.call(
              "bulk indexing into " + index,
              () ->
                  client.bulk(
                      b ->
                          b.index(index)
                              .timeout(
                                  Time.of(t -> t.time(options.shardTimeout().toMillis() + "ms")))
                              .operations(operations)));
      Map<String, EventDocument> again = new LinkedHashMap<>();
      String lastReason = null;
      for (BulkResponseItem item : response.items()) {
        EventDocument document = pending.get(item.id());
        if (item.error() == null) {
          continue;
        }
        String reason = item.error().type() + ": " + item.error().reason();
        if (cluster.mayRetry(item.status(), attempt)) {
          again.put(item.id(), document);
          lastReason = reason;
        } else {
          refusals.add(
              new WriteRefusal(
                  document.source(),
                  item.id(),
                  reason
                      + " (HTTP "
                      + item.status()
                      + (attempt > 1 ? ", after " + attempt + " attempts" : "")
                      + ")"));
        }
      }
      if (!again.isEmpty()) {
        cluster.giveUpOrWait(
            "bulk indexing " + again.size() + " documents into " + index,
            attempt,
            lastReason,
            null);
      }
      pending = again;
    }
  }

  /** Deletes the documents of each source whose hash is not the given one: the previous version. */
  private void deleteOtherVersions(Map<String, String> hashBySource) {
    forChunks(
        hashBySource,
        (source, hash) ->
            Query.of(
                q ->
                    q.bool(
                        b ->
                            b.filter(term(EventSchema.SOURCE, source))
                                .mustNot(term(EventSchema.CONTENT_HASH, hash)))));
  }

  /**
   * Deletes the documents of each source that carry the given hash: a version written only in part.
   */
  private void deleteVersions(Map<String, String> hashBySource) {
    forChunks(
        hashBySource,
        (source, hash) ->
            Query.of(
                q ->
                    q.bool(
                        b ->
                            b.filter(term(EventSchema.SOURCE, source))
                                .filter(term(EventSchema.CONTENT_HASH, hash)))));
  }

  private void deleteSources(Set<String> sources) {
    Map<String, String> all = new LinkedHashMap<>();
    sources.forEach(s -> all.put(s, null));
    forChunks(all, (source, none) -> term(EventSchema.SOURCE, source));
  }

  /** The documents deleted by id, and the sessions of the events among them. */
  private void deleteDocuments(Map<String, Boolean> ids) {
    Map<String, String> clauses = new LinkedHashMap<>();
    ids.forEach((id, event) -> clauses.put(id, event ? id : null));
    forChunks(
        clauses,
        (id, event) ->
            event == null
                ? term(EventSchema.ID, id)
                : Query.of(
                    q ->
                        q.bool(
                            b ->
                                b.should(term(EventSchema.ID, id))
                                    .should(term(EventSchema.EVENT_ID, id)))));
  }

  private void forChunks(
      Map<String, String> entriesByKey, BiFunction<String, String, Query> clause) {
    List<Map.Entry<String, String>> entries = new ArrayList<>(entriesByKey.entrySet());
    for (int from = 0; from < entries.size(); from += SOURCES_PER_DELETE) {
      List<Query> should =
          entries.subList(from, Math.min(entries.size(), from + SOURCES_PER_DELETE)).stream()
              .map(e -> clause.apply(e.getKey(), e.getValue()))
              .toList();
      deleteMatching(Query.of(q -> q.bool(b -> b.should(should).minimumShouldMatch("1"))));
    }
  }

  /**
   * Deletes the documents matching {@code query} by id, in bulk: delete-by-query needs the reindex
   * module, this works on any cluster and goes through the same retries.
   */
  private void deleteMatching(Query query) {
    refresh(); // what was just written becomes visible, so a partial version can be found
    List<String> ids = new ArrayList<>();
    forEachHit(query, List.of(), hit -> ids.add(hit.id()));
    for (int from = 0; from < ids.size(); from += options.batchDocuments()) {
      List<BulkOperation> operations =
          ids.subList(from, Math.min(ids.size(), from + options.batchDocuments())).stream()
              .map(id -> BulkOperation.of(o -> o.delete(d -> d.id(id))))
              .toList();
      BulkResponse response =
          cluster.call(
              "deleting old versions in " + index,
              () -> client.bulk(b -> b.index(index).operations(operations)));
      for (BulkResponseItem item : response.items()) {
        if (item.error() != null && item.status() != 404) {
          throw new IllegalStateException(
              "OpenSearch at "
                  + cluster.where()
                  + " (index "
                  + index
                  + ") did not delete "
                  + item.id()
                  + ": "
                  + item.error().type()
                  + ": "
                  + item.error().reason());
        }
      }
    }
  }

  /**
   * Makes everything written so far searchable now rather than after the index's refresh interval.
   */
  private void refresh() {
    cluster.call("refreshing " + index, () -> client.indices().refresh(r -> r.index(index)));
  }

  /**
   * The bookkeeping fields of the document with this id as the cluster has it now (written, not yet
   * refreshed).
   */
  private Optional<Map<String, Object>> stored(String id) {
    @SuppressWarnings({"rawtypes", "unchecked"})
    GetResponse<Map<String, Object>> got =
        (GetResponse)
            cluster.call(
                "reading " + id + " from " + index,
                () ->
                    client.get(
                        g ->
                            g.index(index)
                                .id(id)
                                .realtime(true)
                                .sourceIncludes(
                                    EventSchema.SOURCE, EventSchema.KIND, EventSchema.CONTENT_HASH),
                        Map.class));
    return got.found() && got.source() != null ? Optional.of(got.source()) : Optional.empty();
  }

  private long count(Query query) {
    return cluster
        .call("counting in " + index, () -> client.count(c -> c.index(index).query(query)))
        .count();
  }

  /**
   * Every document matching {@code query}, page by page in id order, with the given fields of its
   * source.
   */
  private void forEachHit(
      Query query, List<String> fields, Consumer<Hit<Map<String, Object>>> action) {
    List<FieldValue> after = null;
    while (true) {
      List<FieldValue> searchAfter = after;
      @SuppressWarnings({"rawtypes", "unchecked"})
      SearchResponse<Map<String, Object>> page =
          (SearchResponse)
              cluster.call(
                  "reading " + index,
                  () ->
                      client.search(
                          s -> {
                            // a partial answer (a shard unavailable) would make sources look new or
                            // hide old versions: all or retry
                            s.index(index)
                                .size(HITS_PER_PAGE)
                                .query(query)
                                .allowPartialSearchResults(false)
                                .sort(
                                    o ->
                                        o.field(f -> f.field(EventSchema.ID).order(SortOrder.Asc)));
                            if (fields.isEmpty()) {
                              s.source(src -> src.fetch(false));
                            } else {
                              s.source(src -> src.filter(f -> f.includes(fields)));
                            }
                            if (searchAfter != null) {
                              s.searchAfter(searchAfter);
                            }
                            return s;
                          },
                          Map.class));
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
    if (!exists()) {
      return hashes;
    }
    refresh();
    forEachHit(
        Query.of(q -> q.matchAll(m -> m)),
        List.of(EventSchema.SOURCE, EventSchema.CONTENT_HASH),
        hit ->
            hashes.merge(
                String.valueOf(hit.source().get(EventSchema.SOURCE)),
                String.valueOf(hit.source().get(EventSchema.CONTENT_HASH)),
                (a, b) -> a.equals(b) ? a : MIXED_HASHES));
    return hashes;
  }

  private Tombstones readTombstones() {
    if (!exists()) {
      return Tombstones.of(Map.of());
    }
    var mappings =
        cluster
            .call(
                "reading the mapping of " + index,
                () -> client.indices().getMapping(g -> g.index(index)))
            .result()
            .get(index);
    JsonData kept =
        mappings == null || mappings.mappings().meta() == null
            ? null
            : mappings.mappings().meta().get(TOMBSTONES_META);
    return Tombstones.of(kept == null ? Map.of() : Map.of(TOMBSTONES_META, kept.to(String.class)));
  }

  private static Query term(String field, String value) {
    return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
  }
}
