package de.smartcitysearch.search;

import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.document.Place;
import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.search.SearchResponse.EventRef;
import de.smartcitysearch.search.SearchResponse.FacetValue;
import de.smartcitysearch.search.SearchResponse.Hit;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
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
 * The faceted query core: turns a {@link SearchRequest} into ranked, highlighted hits with drill-sideways facet
 * counts, and answers suggestions, facet value lists, coverage tables and single events.
 *
 * <p>Thread-safe. Works on whatever reader the {@link SearcherManager} currently offers; what is derived per
 * reader (facet state, city list, suggester) is built once per refresh, on first use.
 */
public final class EventSearcher {


  private final SearcherManager manager;
  private final EventSchema schema;
  private final FacetsConfig config = EventSchema.facetsConfig();
  private final SearchPipeline pipeline;
  private final PlaceLexicon places;
  private final ReferenceLists references;
  private final Clock clock;
  private volatile IndexView view;
  private volatile SuggestionsHolder suggestions;

  private EventSearcher(Builder b) {
    this.manager = b.manager;
    this.schema = b.schema;
    this.pipeline = new SearchPipeline(config, new QueryComposer(b.schema.analysis(), config),
        new SpellingCorrector(b.schema.analysis().exactAnalyzer()), b.timeout);
    this.places = b.places;
    this.references = new ReferenceLists(b.topics);
    this.clock = b.clock;
  }

  /** A builder over this searcher manager and schema. */
  public static Builder builder(SearcherManager manager, EventSchema schema) {
    return new Builder(manager, schema);
  }

  /** The reference lists (Länder, topic taxonomy, municipality lists). */
  public ReferenceLists references() {
    return references;
  }

  /** The day this searcher takes as today: what ends on it or later is upcoming. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Makes every change committed or flushed to the writer so far visible to the next query. */
  public void refresh() throws IOException {
    manager.maybeRefreshBlocking();
  }

  /** A venue city the index knows by this name (the first Land, if the name occurs in several). */
  public Optional<Place> knownCity(String name) throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      return view(searcher.getIndexReader()).named(name).stream().findFirst();
    } finally {
      manager.release(searcher);
    }
  }

  /** The version and size of the index the next query sees: a change of either means other answers. */
  public IndexState indexState() throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      IndexReader reader = searcher.getIndexReader();
      long version = reader instanceof DirectoryReader dr ? dr.getVersion() : System.identityHashCode(reader);
      return new IndexState(version, reader.numDocs());
    } finally {
      manager.release(searcher);
    }
  }

  /** An index version (changes with every commit or refresh) and its number of documents. */
  public record IndexState(long version, int documents) {}

  /** Runs a search. */
  public SearchResponse search(SearchRequest request) throws IOException {
    long start = System.nanoTime();
    IndexSearcher shared = manager.acquire();
    try {
      IndexView v = view(shared.getIndexReader());
      LocalDate today = LocalDate.now(clock);
      UnderstoodQuery understood = QueryUnderstanding.understand(request.query(), lexicon(v), today);
      SearchPipeline.Answer a = pipeline.search(v, request, understood, today);
      List<Hit> hits = hits(a.searcher(), a.highlight(), a.hits(), a.missing());
      Map<String, List<FacetValue>> facets = facetBlocks(a.facets(), request, v);
      long tookMs = (System.nanoTime() - start) / 1_000_000;
      boolean partial = a.relaxed() != null && !a.relaxed().droppedWords().isEmpty();
      return new SearchResponse(request.query(), understood.interpretation(), a.total(), a.more(), tookMs,
          a.didYouMean(), !a.fuzzyWords().isEmpty(), a.fuzzyWords(), partial, a.relaxed(), a.timedOut(), hits,
          facets);
    } finally {
      manager.release(shared);
    }
  }

  /** Completions for what a visitor has typed so far. */
  public List<Suggestion> suggest(String typed, int max) throws IOException {
    IndexSearcher shared = manager.acquire();
    try {
      IndexReader reader = shared.getIndexReader();
      SuggestionsHolder holder = suggestions;
      if (holder == null || holder.reader != reader) {
        synchronized (this) {
          holder = suggestions;
          if (holder == null || holder.reader != reader) {
            holder = new SuggestionsHolder(reader, Suggestions.build(view(reader)));
            suggestions = holder;
          }
        }
      }
      return holder.suggestions.lookup(typed, max);
    } finally {
      manager.release(shared);
    }
  }

  /** The event or session with this id, with its sessions. */
  public Optional<EventDetails> event(String id) throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      List<EventDocument> found = stored(searcher, new TermQuery(new Term(EventSchema.ID, id)), 1);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      List<EventDocument> sessions =
          new ArrayList<>(stored(searcher, new TermQuery(new Term(EventSchema.EVENT_ID, id)), 1000));
      sessions.sort(Comparator.comparing(EventDocument::startDate, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(EventDocument::startTime, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(EventDocument::id));
      return Optional.of(new EventDetails(found.get(0), List.copyOf(sessions)));
    } finally {
      manager.release(searcher);
    }
  }

  /**
   * The values of one dimension over the whole index with their counts.
   *
   * @param prefix keep only values starting with this (any case); empty keeps all
   * @param reference when not null, exactly these values in this order, zero where the index has none
   */
  public List<FacetValue> facetValues(FacetDimension dimension, String prefix, List<String> reference)
      throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      IndexView v = view(searcher.getIndexReader());
      Map<String, Long> counts = v.allCounts() == null ? Map.of() : dimension.counts(v.allCounts());
      if (dimension == FacetDimension.MONTH && reference == null) {
        counts = MonthHistogram.continuous(counts, null, null);
      }
      List<String> values = reference != null ? reference : List.copyOf(counts.keySet());
      List<FacetValue> out = new ArrayList<>();
      for (String value : values) {
        if (FacetDimension.hasPrefix(value, prefix)) {
          out.add(facetValue(dimension, value, counts.getOrDefault(value, 0L), v));
        }
      }
      return out;
    } finally {
      manager.release(searcher);
    }
  }

  /**
   * The coverage table of rows × columns over the whole index.
   *
   * @param rowReference the row values (zeros included), or null for the default: all Länder for "land", the
   *     taxonomy for "topic" when one was given, else the values present
   */
  public Coverage coverage(FacetDimension rows, FacetDimension cols, List<String> rowReference) throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      IndexView v = view(searcher.getIndexReader());
      List<String> rowValues = rowReference != null ? rowReference : defaultValues(rows, v);
      List<String> colValues = defaultValues(cols, v);
      List<Coverage.Row> table = new ArrayList<>();
      for (String rowValue : rowValues) {
        List<String[]> paths = rows.paths(rowValue, v);
        if (paths.isEmpty() || v.state() == null) {
          table.add(new Coverage.Row(rowValue, 0, colValues.stream().map(c -> 0L).toList()));
          continue;
        }
        DrillDownQuery q = new DrillDownQuery(config);
        paths.forEach(p -> q.add(rows.indexDim(), p));
        var result = FacetsCollectorManager.search(searcher, q, 1, new FacetsCollectorManager());
        Map<String, Long> counts =
            cols.counts(new SortedSetDocValuesFacetCounts(v.state(), result.facetsCollector()));
        table.add(new Coverage.Row(rowValue, result.topDocs().totalHits.value(),
            colValues.stream().map(c -> counts.getOrDefault(c, 0L)).toList()));
      }
      return new Coverage(rows.apiName(), cols.apiName(), colValues, List.copyOf(table));
    } finally {
      manager.release(searcher);
    }
  }

  private List<String> defaultValues(FacetDimension dim, IndexView v) throws IOException {
    if (dim == FacetDimension.LAND) {
      return Lands.ALL;
    }
    if (dim == FacetDimension.TOPIC && !references.topics().isEmpty()) {
      return references.topics();
    }
    Map<String, Long> counts = v.allCounts() == null ? Map.of() : dim.counts(v.allCounts());
    if (dim == FacetDimension.MONTH) {
      counts = MonthHistogram.continuous(counts, null, null);
    }
    return List.copyOf(counts.keySet());
  }

  private List<Hit> hits(IndexSearcher searcher, Query textQuery, ScoreDoc[] page, List<List<String>> missing)
      throws IOException {
    int n = page.length;
    if (n == 0) {
      return List.of();
    }
    int[] docIds = new int[n];
    for (int i = 0; i < n; i++) {
      docIds[i] = page[i].doc;
    }
    StoredFields stored = searcher.storedFields();
    List<EventDocument> events = new ArrayList<>(n);
    for (int docId : docIds) {
      events.add(schema.fromStored(stored.document(docId)));
    }
    Snippets.Highlighted marked = Snippets.highlight(searcher, schema.indexAnalyzer(), textQuery, docIds, events);
    List<Hit> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      EventDocument e = events.get(i);
      float score = page[i].score;
      out.add(new Hit(e.id(), e.source(), e.kind().id(), e.eventType(),
          Objects.requireNonNullElse(marked.titles()[i], Html.escape(e.title())),
          Objects.requireNonNullElse(marked.snippets()[i], ""),
          e.url(), iso(e.startDate()), iso(e.endDate()),
          e.venue() == null ? null : e.venue().name(),
          e.cities().stream().map(Place::name).distinct().toList(),
          e.venue() == null ? null : e.venue().land(),
          e.organisations(), e.topics(), e.format(),
          e.eventId() == null ? null : new EventRef(e.eventId(), e.eventTitle()),
          Float.isNaN(score) ? 0f : score, missing.get(i)));
    }
    return out;
  }

  /** A facet value; a city's carries its Land (the first, where one name occurs in several). */
  private static FacetValue facetValue(FacetDimension dim, String value, long count, IndexView v) {
    if (dim != FacetDimension.CITY) {
      return FacetValue.of(value, count);
    }
    List<Place> places = v.named(value);
    return new FacetValue(value, count, places.isEmpty() ? null : places.get(0).land());
  }

  private Map<String, List<FacetValue>> facetBlocks(Facets facets, SearchRequest r, IndexView v)
      throws IOException {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (FacetDimension dim : FacetDimension.values()) {
      Map<String, Long> counts = facets == null ? Map.of() : dim.counts(facets);
      if (dim == FacetDimension.MONTH) {
        counts = MonthHistogram.continuous(counts, r.from(), r.to());
      }
      List<FacetValue> values = new ArrayList<>();
      for (Map.Entry<String, Long> e : counts.entrySet()) {
        values.add(facetValue(dim, e.getKey(), e.getValue(), v));
      }
      out.put(dim.apiName(), values);
    }
    return out;
  }

  private List<EventDocument> stored(IndexSearcher searcher, Query query, int max) throws IOException {
    StoredFields stored = searcher.storedFields();
    List<EventDocument> out = new ArrayList<>();
    for (ScoreDoc sd : searcher.search(query, max).scoreDocs) {
      Document doc = stored.document(sd.doc);
      out.add(schema.fromStored(doc));
    }
    return out;
  }

  private PlaceLexicon lexicon(IndexView v) {
    // the configured lexicon first, then the cities the index itself holds
    return places == null ? v.lexicon() : word -> places.lookup(word).or(() -> v.lexicon().lookup(word));
  }

  private IndexView view(IndexReader reader) throws IOException {
    IndexView current = view;
    if (current != null && current.reader() == reader) {
      return current;
    }
    synchronized (this) {
      current = view;
      if (current == null || current.reader() != reader) {
        current = IndexView.of(reader, config);
        view = current;
      }
      return current;
    }
  }

  private static String iso(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private record SuggestionsHolder(IndexReader reader, Suggestions suggestions) {}

  /** Configures an {@link EventSearcher}; everything but the manager and schema has a default. */
  public static final class Builder {
    private final SearcherManager manager;
    private final EventSchema schema;
    private PlaceLexicon places;
    private List<String> topics = List.of();
    private Clock clock = Clock.systemDefaultZone();
    private Duration timeout = Duration.ofSeconds(2);

    private Builder(SearcherManager manager, EventSchema schema) {
      this.manager = Objects.requireNonNull(manager);
      this.schema = Objects.requireNonNull(schema);
    }

    /** Which words name cities, consulted before the venue cities of the index and their adjective forms. */
    public Builder places(PlaceLexicon lexicon) { places = lexicon; return this; }

    /** The topic taxonomy's labels: the reference list "topics" and the default coverage columns. */
    public Builder topics(List<String> labels) { topics = List.copyOf(labels); return this; }

    /** The clock deciding what is upcoming (tests fix it). */
    public Builder clock(Clock c) { clock = Objects.requireNonNull(c); return this; }

    /** The time limit of one query; a query over it returns what it found so far, flagged. */
    public Builder timeout(Duration limit) { timeout = Objects.requireNonNull(limit); return this; }

    public EventSearcher build() {
      return new EventSearcher(this);
    }
  }
}
