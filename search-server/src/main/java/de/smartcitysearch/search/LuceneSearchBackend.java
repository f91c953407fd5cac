package de.smartcitysearch.search;

import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.search.SearchResponse.FacetValue;
import de.smartcitysearch.search.SearchResponse.Hit;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;

/**
 * The query core over the embedded Lucene index: a {@link SearchBackend} that runs the search
 * pipeline, assembles hits and answers the curator's queries on whatever reader the {@link
 * SearcherManager} currently offers.
 *
 * <p>Thread-safe. What is derived per reader (facet state, city list, suggester) is built once per
 * refresh, on first use ({@link ReaderViews}).
 */
public final class LuceneSearchBackend implements SearchBackend {

  private final EventSchema schema;
  private final ReaderViews views;
  private final SearchPipeline pipeline;
  private final FacetsConfig config;
  private final SpellingCorrector speller;
  private final Duration timeout;
  private final int exactUpTo;
  private final CuratorQueries curator;
  private final PlaceLexicon places;
  private final ReferenceLists references;
  private final Clock clock;

  private LuceneSearchBackend(Builder b) {
    QueryCoreBuilder.Settings settings = b.settings();
    FacetsConfig config = EventSchema.facetsConfig();
    this.schema = b.schema;
    this.views = new ReaderViews(b.manager, config);
    this.config = config;
    this.pipeline = new SearchPipeline(b.schema.analysis());
    this.speller = new SpellingCorrector(b.schema.analysis().exactAnalyzer());
    this.timeout = settings.timeout();
    this.exactUpTo = settings.exactUpTo();
    this.references = new ReferenceLists(settings.topics());
    this.curator = new CuratorQueries(references);
    this.places = settings.places();
    this.clock = settings.clock();
  }

  /** A builder over this searcher manager and schema. */
  public static Builder builder(SearcherManager manager, EventSchema schema) {
    return new Builder(manager, schema);
  }

  @Override
  public ReferenceLists references() {
    return references;
  }

  @Override
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  @Override
  public IndexState indexState() throws IOException {
    return views.with(
        v -> {
          IndexReader reader = v.reader();
          long version =
              reader instanceof DirectoryReader dr
                  ? dr.getVersion()
                  : System.identityHashCode(reader);
          return new IndexState(version, reader.numDocs());
        });
  }

  @Override
  public SearchResponse search(SearchRequest request) throws IOException {
    long start = System.nanoTime();
    return views.with(
        v -> {
          LocalDate today = LocalDate.now(clock);
          UnderstoodQuery understood =
              QueryUnderstanding.understand(request.query(), lexicon(v), today);
          LuceneTiers tiers = new LuceneTiers(v, config, speller, timeout, exactUpTo);
          SearchPipeline.Answer<Integer> a = pipeline.search(tiers, request, understood, today);
          IndexSearcher searcher = tiers.searcher();
          HitAssembler<Integer> hits = HitAssembler.of(searcher, schema);
          Query highlight = searcher.rewrite(a.highlight());
          List<Hit> page = hits.hits(highlight, a.hits(), a.missing());
          if (request.grouped()) {
            page = hits.withSessions(highlight, page, a.sessions());
          }
          Map<String, List<FacetValue>> facets = FacetBlocks.of(a.facets(), a.when(), request, v);
          return a.response(
              request, understood, page, facets, (System.nanoTime() - start) / 1_000_000);
        });
  }

  @Override
  public List<Suggestion> suggest(String typed, int max) throws IOException {
    return views.with(v -> views.suggestions(v).lookup(typed, max, this));
  }

  @Override
  public Optional<EventDetails> event(String id) throws IOException {
    return views.with(
        v -> {
          IndexSearcher searcher = new IndexSearcher(v.reader());
          List<EventDocument> found =
              stored(searcher, new TermQuery(new Term(EventSchema.ID, id)), 1);
          if (found.isEmpty()) {
            return Optional.empty();
          }
          List<EventDocument> sessions =
              new ArrayList<>(
                  stored(searcher, new TermQuery(new Term(EventSchema.EVENT_ID, id)), 1000));
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
        });
  }

  @Override
  public List<FacetValue> facetValues(
      FacetDimension dimension, String prefix, List<String> reference, CountScope scope)
      throws IOException {
    return views.with(
        v ->
            curator.facetValues(
                v, CuratorQueries.lucene(v, config), dimension, prefix, reference, scope));
  }

  @Override
  public Coverage coverage(
      FacetDimension rows, FacetDimension cols, List<String> rowReference, CountScope scope)
      throws IOException {
    return views.with(
        v -> curator.coverage(CuratorQueries.lucene(v, config), rows, cols, rowReference, scope));
  }

  private List<EventDocument> stored(IndexSearcher searcher, Query query, int max)
      throws IOException {
    StoredFields stored = searcher.storedFields();
    List<EventDocument> out = new ArrayList<>();
    for (ScoreDoc sd : searcher.search(query, max).scoreDocs) {
      out.add(schema.fromStored(stored.document(sd.doc)));
    }
    return out;
  }

  private PlaceLexicon lexicon(IndexView v) {
    // the configured lexicon first, then the cities the index itself holds
    return places == null
        ? v.lexicon()
        : word -> places.lookup(word).or(() -> v.lexicon().lookup(word));
  }

  /**
   * Configures a {@link LuceneSearchBackend}; everything but the manager and schema has a default.
   */
  public static final class Builder extends QueryCoreBuilder<Builder> {
    private final SearcherManager manager;
    private final EventSchema schema;

    private Builder(SearcherManager manager, EventSchema schema) {
      this.manager = Objects.requireNonNull(manager);
      this.schema = Objects.requireNonNull(schema);
    }

    @Override
    protected Builder self() {
      return this;
    }

    public LuceneSearchBackend build() {
      return new LuceneSearchBackend(this);
    }
  }
}
