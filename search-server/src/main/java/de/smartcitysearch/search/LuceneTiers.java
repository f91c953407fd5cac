package de.smartcitysearch.search;

import de.smartcitysearch.analysis.QueryWord;
import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.index.FacetField;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * The tiers of graded matching on one reader of the embedded index: Lucene runs the plan's queries
 * as they are, counts facets with drill-sideways (estimated from a sample above the exact bound),
 * the date presets in the same pass, and reorders by the exact spelling with a rescorer. Documents
 * are the reader's doc ids; spelling corrections are remembered per reader ({@link IndexView}).
 */
final class LuceneTiers implements TierEngine<Integer> {

  private static final String NO_SUCH_VALUE = "\u0000";

  private final IndexView v;
  private final IndexSearcher searcher;
  private final FacetsConfig config;
  private final SpellingCorrector speller;
  private final Duration timeout;
  private final int exactUpTo;

  LuceneTiers(
      IndexView v,
      FacetsConfig config,
      SpellingCorrector speller,
      Duration timeout,
      int exactUpTo) {
    this.v = v;
    this.searcher = new IndexSearcher(v.reader());
    this.config = config;
    this.speller = speller;
    this.timeout = timeout;
    this.exactUpTo = exactUpTo;
  }

  /** The searcher the tiers ran on (the hits are its doc ids). */
  IndexSearcher searcher() {
    return searcher;
  }

  @Override
  public Tier<Integer> ranked(
      Query query,
      SearchRequest r,
      LocalDate today,
      int candidates,
      boolean facets,
      boolean presets)
      throws IOException {
    return tier(r, upcomingFirst(query, today), today, candidates, facets, presets);
  }

  @Override
  public Tier<Integer> graded(
      MatchPlan plan, boolean withFillers, SearchRequest r, LocalDate today, int n)
      throws IOException {
    return tier(
        r,
        plan.graded(new UpcomingBoost(today, SearchPipeline.UPCOMING_BOOST), withFillers, 1),
        today,
        n,
        false,
        false);
  }

  @Override
  public List<Scored<Integer>> rescored(List<Scored<Integer>> top, Query exact, LocalDate today)
      throws IOException {
    ScoreDoc[] docs =
        top.stream().map(s -> new ScoreDoc(s.doc(), s.score())).toArray(ScoreDoc[]::new);
    TopDocs hits = new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
    // text x upcoming + exact x upcoming: the same score as (text + exact) x upcoming over all
    // matches
    return scored(
        QueryRescorer.rescore(searcher, hits, upcomingFirst(exact, today), 1, docs.length)
            .scoreDocs);
  }

  @Override
  public List<List<String>> missing(List<QueryWord> units, List<Integer> docs) throws IOException {
    return MatchPlan.missing(searcher, units, docs.stream().mapToInt(Integer::intValue).toArray());
  }

  @Override
  public Map<YearMonth, Long> months(Query query, SearchRequest r, LocalDate today)
      throws IOException {
    if (v.state() == null) {
      return null;
    }
    Query rest = filtered(r, query, today);
    var result = FacetsCollectorManager.search(searcher, rest, 1, new FacetsCollectorManager());
    Facets counts = new SortedSetDocValuesFacetCounts(v.state(), result.facetsCollector());
    Map<YearMonth, Long> out = new LinkedHashMap<>();
    for (LabelAndValue year : FacetDimension.children(counts, FacetField.MONTH.fieldName())) {
      for (LabelAndValue m :
          FacetDimension.children(counts, FacetField.MONTH.fieldName(), year.label)) {
        try {
          out.put(
              YearMonth.of(Integer.parseInt(year.label), Integer.parseInt(m.label)),
              m.value.longValue());
        } catch (RuntimeException e) {
          // a label that names no month (an index written before dates were bounded) is left out
        }
      }
    }
    return out;
  }

  @Override
  public List<List<Scored<Integer>>> sessions(MatchPlan plan, List<Integer> events)
      throws IOException {
    ScoreDoc[] page = events.stream().map(d -> new ScoreDoc(d, 0)).toArray(ScoreDoc[]::new);
    return SessionHits.of(searcher, plan, page).stream().map(LuceneTiers::scored).toList();
  }

  @Override
  public String correct(String word) throws IOException {
    return v.correction(word, w -> speller.correct(w, new IndexVocabulary(v.reader())));
  }

  private static List<Scored<Integer>> scored(ScoreDoc[] docs) {
    List<Scored<Integer>> out = new ArrayList<>(docs.length);
    for (ScoreDoc sd : docs) {
      out.add(new Scored<>(sd.doc, sd.score));
    }
    return out;
  }

  /**
   * Runs one tier: the best {@code candidates} hits, the total (exact up to {@code exactUpTo}, that
   * bound above), when asked the drill-sideways facets (estimated from a sample of about that many
   * hits above it) and, when asked too, the date presets' counts.
   */
  private Tier<Integer> tier(
      SearchRequest r,
      Query query,
      LocalDate today,
      int candidates,
      boolean facets,
      boolean presets)
      throws IOException {
    IndexSearcher searcher = new IndexSearcher(v.reader());
    Query ranking = filtered(r, query, today);
    boolean drillSideways = facets && ranking instanceof DrillDownQuery;
    if (!drillSideways || (!r.hasSelection() && r.when() == null)) {
      // Lucene's drill-sideways scorer cannot be cut into time windows (it rejects a timeout), so
      // the limit applies to searches without a selected facet value or date preset (both are
      // drill-down dimensions); a selected value itself narrows the work, a preset hardly does.
      searcher.setTimeout(new QueryTimeoutImpl(timeout.toMillis()));
    }
    int limit = exactUpTo;
    Sort sort = QueryComposer.sort(r.sort());
    TopDocs top;
    Facets counts = null;
    boolean facetsExact = true;
    WhenCounts when = null;
    // one pass ranks, counts and facets; a separate non-scoring pass for the count and facets was
    // measured slower (QueryMixReport 1m: 3.99x the baseline's CPU time against 3.71x in one pass)
    if (drillSideways) {
      SampledDrillSideways ds =
          new SampledDrillSideways(searcher, config, v.state(), limit, presets ? today : null);
      DrillDownQuery ddq = (DrillDownQuery) ranking;
      if (sort == null) {
        DrillSideways.ConcurrentDrillSidewaysResult<TopDocs> result =
            ds.search(ddq, new TopScoreDocCollectorManager(candidates, null, limit));
        top = result.collectorResult;
        counts = result.facets;
      } else {
        DrillSideways.DrillSidewaysResult result =
            ds.search(ddq, null, null, candidates, sort, true);
        top = result.hits;
        counts = result.facets;
      }
      facetsExact = !ds.sampled();
      when = presets ? ds.whenCounts() : null;
    } else if (sort == null) {
      top = searcher.search(ranking, new TopScoreDocCollectorManager(candidates, null, limit));
    } else {
      top = searcher.search(ranking, new TopFieldCollectorManager(sort, candidates, null, limit));
      TopFieldCollector.populateScores(top.scoreDocs, searcher, ranking);
    }
    FacetCounts facetCounts = counts == null ? null : luceneCounts(counts);
    long counted = top.totalHits.value();
    boolean complete = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
    if (!complete && counted < limit) {
      counted =
          searcher.count(ranking); // a collector that stopped counting below the promised bound
      complete = true;
    }
    if (counted > limit && r.asksForEverything()) {
      // "how many events are there": one term's count, exact at no cost (the curator console's
      // summary asks it)
      counted =
          searcher.count(
              r.hitKind() == null
                  ? MatchAllDocsQuery.INSTANCE
                  : new TermQuery(new Term(EventSchema.KIND, r.hitKind().id())));
      return new Tier<>(
          counted,
          true,
          scored(top.scoreDocs),
          facetCounts,
          facetsExact,
          when,
          searcher.timedOut());
    }
    return new Tier<>(
        Math.min(counted, limit),
        complete && counted <= limit,
        scored(top.scoreDocs),
        facetCounts,
        facetsExact,
        when,
        searcher.timedOut());
  }

  /** Lucene's facet counts as the query core reads them. */
  static FacetCounts luceneCounts(Facets facets) {
    return dimension -> dimension.counts(facets);
  }

  /** The query's score times the boost of events that have not ended by {@code today}. */
  private static Query upcomingFirst(Query query, LocalDate today) {
    return FunctionScoreQuery.boostByValue(
        query, new UpcomingBoost(today, SearchPipeline.UPCOMING_BOOST));
  }

  /**
   * The query with the request's date, kind and facet filters: a drill-down query when the index
   * has facets, with the date preset as one of its dimensions (so drill-sideways counts the other
   * preset). Without facets no document is dated (a dated event has a month), so neither preset has
   * anything to count.
   */
  private Query filtered(SearchRequest r, Query query, LocalDate today) {
    BooleanQuery.Builder base = new BooleanQuery.Builder().add(query, Occur.MUST);
    QueryComposer.dateFilters(r).forEach(f -> base.add(f, Occur.FILTER));
    if (r.hitKind() != null) {
      base.add(new TermQuery(new Term(EventSchema.KIND, r.hitKind().id())), Occur.FILTER);
    }
    if (v.state() == null) {
      if (r.when() != null) {
        base.add(QueryComposer.when(r.when(), today), Occur.FILTER);
      }
      return base.build();
    }
    return drillDown(r, base.build(), today);
  }

  private DrillDownQuery drillDown(SearchRequest r, Query baseQuery, LocalDate today) {
    DrillDownQuery ddq = new DrillDownQuery(config, baseQuery);
    if (r.when() != null) {
      ddq.add(SearchResponse.WHEN_FACET, QueryComposer.when(r.when(), today));
    }
    for (Map.Entry<FacetDimension, List<String>> selected : r.filters().entrySet()) {
      FacetDimension dim = selected.getKey();
      for (String value : selected.getValue()) {
        List<String[]> paths = dim.paths(value, v);
        if (paths.isEmpty()) {
          ddq.add(dim.indexDim(), NO_SUCH_VALUE, value); // an unknown city selects nothing
        }
        paths.forEach(p -> ddq.add(dim.indexDim(), p));
      }
    }
    return ddq;
  }
}
