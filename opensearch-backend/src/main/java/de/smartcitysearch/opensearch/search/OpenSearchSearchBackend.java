package de.smartcitysearch.opensearch.search;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;
import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.opensearch.client.OpenSearchConnection;
import de.smartcitysearch.opensearch.index.EventSource;
import de.smartcitysearch.search.CountScope;
import de.smartcitysearch.search.Coverage;
import de.smartcitysearch.search.CuratorQueries;
import de.smartcitysearch.search.EventDetails;
import de.smartcitysearch.search.FacetBlocks;
import de.smartcitysearch.search.FacetDimension;
import de.smartcitysearch.search.HitAssembler;
import de.smartcitysearch.search.PlaceLexicon;
import de.smartcitysearch.search.PublicEvent;
import de.smartcitysearch.search.QueryCoreBuilder;
import de.smartcitysearch.search.QueryUnderstanding;
import de.smartcitysearch.search.ReferenceLists;
import de.smartcitysearch.search.SearchBackend;
import de.smartcitysearch.search.SearchPipeline;
import de.smartcitysearch.search.SearchRequest;
import de.smartcitysearch.search.SearchResponse;
import de.smartcitysearch.search.SearchResponse.FacetValue;
import de.smartcitysearch.search.SearchResponse.Hit;
import de.smartcitysearch.search.SpellingCorrector;
import de.smartcitysearch.search.Suggestion;
import de.smartcitysearch.search.UnderstoodQuery;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The query core over an OpenSearch index written by {@code index --opensearch}: the same graded
 * matching ({@link SearchPipeline}), query understanding, facets, highlighting and hits as the
 * embedded index, with the cluster running the tiers ({@link OpenSearchTiers}).
 *
 * <p>Thread-safe. What is derived from the index as a whole (its venue cities, the curators' counts
 * for suggestions) is read once per index version ({@link ClusterView}).
 */
public final class OpenSearchSearchBackend implements SearchBackend, AutoCloseable {

  private static final Gson GSON = new Gson();
  private static final Type SOURCE = new TypeToken<Map<String, Object>>() {}.getType();

  private final OpenSearchConnection connection;
  private final ClusterRequests cluster;
  private final SearchPipeline pipeline;
  private final EventSchema schema;
  private final PlaceLexicon places;
  private final ReferenceLists references;
  private final Clock clock;
  private final Duration timeout;
  private final int exactUpTo;
  private final ClusterView views;
  private final CuratorQueries curator;
  private final SpellingCorrector speller;
  private final ClusterVocabulary vocabulary;

  private OpenSearchSearchBackend(Builder b) {
    QueryCoreBuilder.Settings settings = b.settings();
    this.connection = b.connection;
    this.cluster = new ClusterRequests(b.connection, b.index);
    this.schema = b.schema;
    this.pipeline = new SearchPipeline(b.schema.analysis());
    this.places = settings.places();
    this.references = new ReferenceLists(settings.topics());
    this.clock = settings.clock();
    this.timeout = settings.timeout();
    this.exactUpTo = settings.exactUpTo();
    this.curator = new CuratorQueries(references);
    this.views = new ClusterView(cluster, this);
    this.speller = new SpellingCorrector(b.schema.analysis().exactAnalyzer());
    this.vocabulary = new ClusterVocabulary(cluster, b.schema.analysis().exactAnalyzer());
  }

  /** A builder over this connection (closed with the backend), index and schema. */
  public static Builder builder(OpenSearchConnection connection, String index, EventSchema schema) {
    return new Builder(connection, index, schema);
  }

  @Override
  public SearchResponse search(SearchRequest request) throws IOException {
    long start = System.nanoTime();
    LocalDate today = today();
    ClusterView.View view = views.current();
    UnderstoodQuery understood =
        QueryUnderstanding.understand(request.query(), lexicon(view), today);
    OpenSearchTiers tiers =
        new OpenSearchTiers(
            cluster,
            view,
            exactUpTo,
            timeout,
            w -> view.corrections().correction(w, typed -> speller.correct(typed, vocabulary)));
    SearchPipeline.Answer<String> a = pipeline.search(tiers, request, understood, today);
    HitAssembler<String> hits =
        new HitAssembler<>(this::documents, HitAssembler.analysing(schema.indexAnalyzer()));
    List<Hit> page = hits.hits(a.highlight(), a.hits(), a.missing());
    if (request.grouped()) {
      page = hits.withSessions(a.highlight(), page, a.sessions());
    }
    Map<String, List<FacetValue>> facets = FacetBlocks.of(a.facets(), a.when(), request, view);
    return a.response(request, understood, page, facets, (System.nanoTime() - start) / 1_000_000);
  }

  @Override
  public List<Suggestion> suggest(String typed, int max) throws IOException {
    return views.current().suggest(typed, max);
  }

  @Override
  public Optional<EventDetails> event(String id) throws IOException {
    List<EventDocument> found = stored(LuceneQueryDsl.term(EventSchema.ID, id), 1);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    List<EventDocument> sessions =
        new ArrayList<>(stored(LuceneQueryDsl.term(EventSchema.EVENT_ID, id), 1000));
    sessions.sort(
        Comparator.comparing(
                EventDocument::startDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(
                EventDocument::startTime, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(EventDocument::id));
    EventDocument event = found.get(0);
    return Optional.of(
        new EventDetails(
            PublicEvent.of(event),
            event.body(),
            event.topicReasons(),
            sessions.stream().map(PublicEvent::of).toList()));
  }

  @Override
  public List<FacetValue> facetValues(
      FacetDimension dimension, String prefix, List<String> reference, CountScope scope)
      throws IOException {
    ClusterView.View view = views.current();
    return curator.facetValues(
        view, ClusterCounts.over(cluster, view), dimension, prefix, reference, scope);
  }

  @Override
  public Coverage coverage(
      FacetDimension rows, FacetDimension cols, List<String> rowReference, CountScope scope)
      throws IOException {
    return curator.coverage(
        ClusterCounts.over(cluster, views.current()), rows, cols, rowReference, scope);
  }

  @Override
  public IndexState indexState() {
    return views.state();
  }

  @Override
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  @Override
  public ReferenceLists references() {
    return references;
  }

  @Override
  public void close() throws IOException {
    connection.close();
  }

  private PlaceLexicon lexicon(ClusterView.View view) {
    // the configured lexicon first, then the cities the index itself holds
    PlaceLexicon own = view.lexicon();
    return places == null ? own : word -> places.lookup(word).or(() -> own.lookup(word));
  }

  /** The hits' documents with the fields a hit shows, in the order of the ids. */
  private List<EventDocument> documents(List<String> ids) {
    JsonObject body = new JsonObject();
    body.add("query", LuceneQueryDsl.ids(ids));
    body.addProperty("size", ids.size());
    body.add("_source", sourceFields(HitAssembler.SHOWN_FIELDS));
    Map<String, EventDocument> byId = new HashMap<>();
    for (JsonElement hit : OpenSearchTiers.hits(cluster.search(body, false))) {
      JsonObject h = hit.getAsJsonObject();
      byId.put(h.get("_id").getAsString(), event(h));
    }
    List<EventDocument> out = new ArrayList<>(ids.size());
    for (String id : ids) {
      out.add(
          Objects.requireNonNull(
              byId.get(id), () -> id + " was found but cannot be read any more"));
    }
    return out;
  }

  private List<EventDocument> stored(JsonObject query, int max) {
    JsonObject body = new JsonObject();
    body.add("query", query);
    body.addProperty("size", max);
    List<EventDocument> out = new ArrayList<>();
    for (JsonElement hit : OpenSearchTiers.hits(cluster.search(body, false))) {
      out.add(event(hit.getAsJsonObject()));
    }
    return out;
  }

  private static EventDocument event(JsonObject hit) {
    Map<String, Object> source = GSON.fromJson(hit.getAsJsonObject("_source"), SOURCE);
    return EventSource.toEvent(source);
  }

  private static JsonArray sourceFields(Collection<String> fields) {
    JsonArray out = new JsonArray();
    fields.forEach(out::add);
    return out;
  }

  /** Configures an {@link OpenSearchSearchBackend}; everything but the cluster has a default. */
  public static final class Builder extends QueryCoreBuilder<Builder> {
    private final OpenSearchConnection connection;
    private final String index;
    private final EventSchema schema;

    private Builder(OpenSearchConnection connection, String index, EventSchema schema) {
      this.connection = Objects.requireNonNull(connection);
      this.index = OpenSearchConnection.requireIndexName(index);
      this.schema = Objects.requireNonNull(schema);
    }

    @Override
    protected Builder self() {
      return this;
    }

    public OpenSearchSearchBackend build() {
      return new OpenSearchSearchBackend(this);
    }
  }
}
