package de.smartcitysearch.search;

import de.smartcitysearch.analysis.QueryWord;
import de.smartcitysearch.analysis.VisitorQuery;
import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.index.FacetField;
import de.smartcitysearch.search.SearchResponse.FuzzyWord;
import de.smartcitysearch.search.SearchResponse.Relaxed;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Graded matching: answers a search from the strictest tier that finds something, and fills a first
 * page the strict tier leaves short with looser hits, each marked with what it lacks. Never a dead
 * end while any word of the query occurs in the index.
 *
 * <ol>
 *   <li>every word and every understood constraint (place, date);
 *   <li>a month named without a year moved to the nearest such month with matches (upcoming first,
 *       then the most recent past);
 *   <li>every word, the place and date only preferred;
 *   <li>graded: any word or constraint, a document with more of them before every document with
 *       fewer, then by text score; the question words ("Wann", "gibt es") only when nothing else
 *       matches.
 * </ol>
 *
 * The total and the facets count the first tier that is not empty (the counted tier); looser hits
 * only follow its hits when it has fewer than a page, and are then counted apart ({@code more}).
 */
final class SearchPipeline {

  /** How many of the best hits by text the exact spelling may reorder. */
  static final int RESCORED_CANDIDATES = 100;

  private static final float UPCOMING_BOOST = 1.5f;

  /**
   * How strongly a long query prefers pages with more of its words: the score is multiplied by the
   * share of words a page has, to this power. 1 is classic Lucene's coordination factor (overlap /
   * query words). Measured on the relevance suite (bench/README.md): 0 (text score alone) lost 0.06
   * MRR on the questions, 2 and 3 lost 0.07 and 0.12 on the law questions, 1 kept both above stock
   * Lucene.
   */
  static final double COORDINATION = 1;

  private static final String NO_SUCH_VALUE = "\u0000";

  private final FacetsConfig config;
  private final QueryComposer queries;
  private final SpellingCorrector speller;
  private final Duration timeout;
  private final int exactUpTo;

  SearchPipeline(
      FacetsConfig config,
      QueryComposer queries,
      SpellingCorrector speller,
      Duration timeout,
      int exactUpTo) {
    this.config = config;
    this.queries = queries;
    this.speller = speller;
    this.timeout = timeout;
    this.exactUpTo = exactUpTo;
  }

  /**
   * The hits of one page, what each lacks, the counts and facets of the counted tier, and what was
   * relaxed.
   */
  record Answer(
      IndexSearcher searcher,
      Query highlight,
      ScoreDoc[] hits,
      List<List<String>> missing,
      List<ScoreDoc[]> sessions,
      long total,
      boolean totalExact,
      long more,
      Facets facets,
      boolean facetsExact,
      WhenCounts when,
      Relaxed relaxed,
      List<FuzzyWord> fuzzyWords,
      String didYouMean,
      boolean timedOut) {}

  /**
   * One tier, run: its count (exact or a lower bound), its best hits, its facet counts (exact or
   * estimated) and what each date preset would show of it (null when not asked for).
   */
  private record Tier(
      long total,
      boolean totalExact,
      TopDocs top,
      Facets facets,
      boolean facetsExact,
      WhenCounts when,
      boolean timedOut) {}

  Answer search(IndexView v, SearchRequest r, UnderstoodQuery u, LocalDate today)
      throws IOException {
    List<FuzzyWord> fuzzy = new ArrayList<>();
    VisitorQuery text = corrected(queries.parse(u.text()), v, fuzzy);
    Tiers tiers = new Tiers(v, r, u, queries.plan(u, text), today);
    tiers.counted();
    tiers.looser();
    return tiers.answer(
        List.copyOf(fuzzy), fuzzy.isEmpty() ? null : correctedQuery(r.query(), fuzzy));
  }

  /**
   * The tiers of one search, run from strict to loose, and the page cut from the hits they give.
   */
  private final class Tiers {
    private final IndexView v;
    private final SearchRequest r;
    private final UnderstoodQuery u;
    private final LocalDate today;
    private final IndexSearcher searcher;
    private final Sort sort;
    private final Query exact;
    private final int candidates;
    private MatchPlan plan;
    private Tier counted;
    private WhenCounts presets = WhenCounts.NONE;
    private boolean strict = true;
    private YearMonth movedTo;
    private boolean fillers;
    private final List<ScoreDoc> list = new ArrayList<>();
    private long more;

    Tiers(IndexView v, SearchRequest r, UnderstoodQuery u, MatchPlan plan, LocalDate today) {
      this.v = v;
      this.r = r;
      this.u = u;
      this.plan = plan;
      this.today = today;
      this.searcher = new IndexSearcher(v.reader());
      this.sort = QueryComposer.sort(r.sort());
      this.exact = sort == null ? plan.exactSpelling() : null;
      int wanted = r.page() * r.size();
      this.candidates = exact == null ? wanted : Math.max(RESCORED_CANDIDATES, wanted);
    }

    /**
     * The first tier with hits among: every word and constraint; the month moved; the constraints
     * preferred.
     */
    void counted() throws IOException {
      counted = tier(v, r, upcomingFirst(plan.strict(), today), today, candidates, true, true);
      // a preset counts what a search with it chosen counts: its strict tier, else nothing (that
      // search would have to relax, and a relaxed hit lacks something asked for)
      if (counted.when != null) {
        presets = counted.when;
      }
      if (counted.total == 0 && u.bareMonth() && plan.hasUnits()) {
        movedTo = nearestMonth(searcher, v, r, plan, u.month(), today);
        if (movedTo != null) {
          plan =
              plan.withDate(
                  queries.dateConstraint(u.dateWords(), movedTo.atDay(1), movedTo.atEndOfMonth()));
          counted = tier(v, r, upcomingFirst(plan.strict(), today), today, candidates, true);
        }
      }
      if (counted.total == 0 && plan.hasRelaxableConstraints()) {
        counted = tier(v, r, upcomingFirst(plan.everyWord(), today), today, candidates, true);
        strict = false;
      }
      list.addAll(Arrays.asList(rescored(searcher, counted.top, exact, today)));
    }

    /**
     * Looser hits after the counted ones while those fill less than a page: for a short query only
     * when nothing has every word, ranked by how many words they have; for a long query always, by
     * text score and the share of its words they have.
     */
    void looser() throws IOException {
      int units = plan.units(false).size();
      boolean longQuery = units >= MatchPlan.LONG_QUERY;
      if (counted.total >= r.size() || (counted.total > 0 && strict && !longQuery) || units == 0) {
        return;
      }
      int needed = r.page() * r.size() + (int) Math.min(counted.total, Integer.MAX_VALUE);
      Tier looser = longQuery ? anyWord(Math.max(RESCORED_CANDIDATES, needed)) : graded(needed);
      if (looser.total == 0 && counted.total == 0 && !plan.fillers().isEmpty()) {
        fillers = true; // nothing but the words of asking are left to search for
        looser = longQuery ? anyWord(Math.max(RESCORED_CANDIDATES, needed)) : graded(needed);
      }
      ScoreDoc[] ranked = rescored(searcher, looser.top, exact, today);
      if (longQuery) {
        ranked = coordinated(ranked);
      }
      if (counted.total == 0 && looser.total > 0) {
        strict = false;
        if (longQuery) {
          counted = looser;
        } else {
          int level = CountedScore.words(looser.top.scoreDocs[0].score);
          counted =
              tier(
                  v,
                  r,
                  upcomingFirst(plan.atLeast(level, fillers), today),
                  today,
                  candidates,
                  true);
          list.addAll(Arrays.asList(rescored(searcher, counted.top, exact, today)));
        }
      }
      if (sort == null || list.isEmpty()) {
        Set<Integer> shown = new HashSet<>();
        list.forEach(sd -> shown.add(sd.doc));
        for (ScoreDoc sd : ranked) {
          if (shown.add(sd.doc)) {
            list.add(sd);
          }
        }
        more = Math.max(0, looser.total - counted.total);
      }
    }

    /**
     * Documents with any word, by their text score; their counts and facets too when nothing has
     * every word.
     */
    private Tier anyWord(int n) throws IOException {
      return tier(
          v, r, upcomingFirst(plan.atLeast(1, fillers), today), today, n, counted.total == 0);
    }

    /** Documents with any word, more of the words first. */
    private Tier graded(int n) throws IOException {
      return tier(
          v, r, plan.graded(new UpcomingBoost(today, UPCOMING_BOOST), fillers, 1), today, n, false);
    }

    /** The hits reordered by their score times the share of the query's words they have. */
    private ScoreDoc[] coordinated(ScoreDoc[] hits) throws IOException {
      List<QueryWord> units = plan.units(fillers);
      List<List<String>> lacked =
          MatchPlan.missing(searcher, units, Arrays.stream(hits).mapToInt(h -> h.doc).toArray());
      ScoreDoc[] out = new ScoreDoc[hits.length];
      for (int i = 0; i < hits.length; i++) {
        double share = 1 - (double) lacked.get(i).size() / units.size();
        out[i] = new ScoreDoc(hits[i].doc, (float) (hits[i].score * Math.pow(share, COORDINATION)));
      }
      Arrays.sort(out, (a, b) -> Float.compare(b.score, a.score));
      return out;
    }

    Answer answer(List<FuzzyWord> fuzzy, String didYouMean) throws IOException {
      int size = r.size();
      int offset = (r.page() - 1) * size;
      ScoreDoc[] page =
          list.subList(Math.min(offset, list.size()), Math.min(offset + size, list.size()))
              .toArray(ScoreDoc[]::new);
      List<QueryWord> units = plan.units(fillers);
      boolean everything =
          strict && movedTo == null && counted.total > 0 && offset + size <= counted.total;
      List<List<String>> missing =
          everything
              ? nothingMissing(page.length)
              : MatchPlan.missing(
                  searcher, units, Arrays.stream(page).mapToInt(sd -> sd.doc).toArray());
      Relaxed relaxed =
          (strict && movedTo == null) || counted.total == 0
              ? null
              : relaxed(searcher, plan, units, list, counted.total, size, movedTo);
      Query highlight = searcher.rewrite(anyOf(units));
      List<ScoreDoc[]> sessions = r.grouped() ? SessionHits.of(searcher, plan, page) : List.of();
      return new Answer(
          searcher,
          highlight,
          page,
          missing,
          sessions,
          counted.total,
          counted.totalExact,
          more,
          counted.facets,
          counted.facetsExact,
          presets,
          relaxed,
          fuzzy,
          didYouMean,
          counted.timedOut);
    }
  }

  /**
   * The visitor's words with every word the index lacks replaced by the indexed word clearly meant.
   */
  private VisitorQuery corrected(VisitorQuery typed, IndexView v, List<FuzzyWord> corrections)
      throws IOException {
    List<String> words = new ArrayList<>();
    for (String word : typed.words()) {
      String correction = v.correction(word, w -> speller.correct(w, v.reader()));
      if (correction == null) {
        words.add(word);
      } else {
        words.add(correction);
        corrections.add(new FuzzyWord(word, correction));
      }
    }
    return new VisitorQuery(words, typed.phrases(), typed.exclusions());
  }

  private static String correctedQuery(String query, List<FuzzyWord> corrections) {
    String out = query;
    for (FuzzyWord c : corrections) {
      out = out.replace(c.typed(), c.corrected());
    }
    return out;
  }

  /**
   * The month named without a year moved to the nearest year in which it has matches for everything
   * else: the nearest upcoming one, else the most recent past one; null when it has none.
   */
  private YearMonth nearestMonth(
      IndexSearcher searcher,
      IndexView v,
      SearchRequest r,
      MatchPlan plan,
      Month month,
      LocalDate today)
      throws IOException {
    if (v.state() == null) {
      return null;
    }
    Query rest = filtered(v, r, plan.withoutDate().strict(), today);
    var result = FacetsCollectorManager.search(searcher, rest, 1, new FacetsCollectorManager());
    Facets counts = new SortedSetDocValuesFacetCounts(v.state(), result.facetsCollector());
    String wantedMonth = "%02d".formatted(month.getValue());
    YearMonth now = YearMonth.from(today);
    YearMonth upcoming = null;
    YearMonth past = null;
    for (LabelAndValue year : FacetDimension.children(counts, FacetField.MONTH.fieldName())) {
      for (LabelAndValue m :
          FacetDimension.children(counts, FacetField.MONTH.fieldName(), year.label)) {
        if (!m.label.equals(wantedMonth) || m.value.longValue() == 0) {
          continue;
        }
        YearMonth candidate = YearMonth.of(Integer.parseInt(year.label), month);
        if (!candidate.isBefore(now)) {
          upcoming = upcoming == null || candidate.isBefore(upcoming) ? candidate : upcoming;
        } else {
          past = past == null || candidate.isAfter(past) ? candidate : past;
        }
      }
    }
    return upcoming != null ? upcoming : past;
  }

  /**
   * What the answer relaxed: the words its counted hits on the first page lack, a moved month, a
   * place let go.
   */
  private static Relaxed relaxed(
      IndexSearcher searcher,
      MatchPlan plan,
      List<QueryWord> units,
      List<ScoreDoc> list,
      long counted,
      int size,
      YearMonth movedTo)
      throws IOException {
    int n = (int) Math.min(Math.min(counted, size), list.size());
    int[] docs = list.subList(0, n).stream().mapToInt(sd -> sd.doc).toArray();
    Set<String> lacked = new LinkedHashSet<>();
    MatchPlan.missing(searcher, units, docs).forEach(lacked::addAll);
    String place =
        plan.place() != null && lacked.remove(plan.place().text()) ? plan.place().text() : null;
    return new Relaxed(List.copyOf(lacked), movedTo == null ? null : movedTo.toString(), place);
  }

  private static List<List<String>> nothingMissing(int n) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(List.of());
    }
    return out;
  }

  /**
   * The best hits reordered by the extra score for the exact spelling (none with a sort or without
   * words).
   */
  private static ScoreDoc[] rescored(
      IndexSearcher searcher, TopDocs top, Query exact, LocalDate today) throws IOException {
    if (exact == null || top.scoreDocs.length == 0) {
      return top.scoreDocs;
    }
    // text x upcoming + exact x upcoming: the same score as (text + exact) x upcoming over all
    // matches
    return QueryRescorer.rescore(
            searcher, top, upcomingFirst(exact, today), 1, top.scoreDocs.length)
        .scoreDocs;
  }

  private Tier tier(
      IndexView v, SearchRequest r, Query query, LocalDate today, int candidates, boolean facets)
      throws IOException {
    return tier(v, r, query, today, candidates, facets, false);
  }

  /**
   * Runs one tier: the best {@code candidates} hits, the total (exact up to {@code exactUpTo}, that
   * bound above), when asked the drill-sideways facets (estimated from a sample of about that many
   * hits above it) and, when asked too, the date presets' counts.
   */
  private Tier tier(
      IndexView v,
      SearchRequest r,
      Query query,
      LocalDate today,
      int candidates,
      boolean facets,
      boolean presets)
      throws IOException {
    IndexSearcher searcher = new IndexSearcher(v.reader());
    Query ranking = filtered(v, r, query, today);
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
    long counted = top.totalHits.value();
    boolean complete = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
    if (!complete && counted < limit) {
      counted =
          searcher.count(ranking); // a collector that stopped counting below the promised bound
      complete = true;
    }
    if (counted > limit && everythingOfItsKind(r)) {
      // "how many events are there": one term's count, exact at no cost (the curator console's
      // summary asks it)
      counted =
          searcher.count(
              r.hitKind() == null
                  ? MatchAllDocsQuery.INSTANCE
                  : new TermQuery(new Term(EventSchema.KIND, r.hitKind().id())));
      return new Tier(counted, true, top, counts, facetsExact, when, searcher.timedOut());
    }
    return new Tier(
        Math.min(counted, limit),
        complete && counted <= limit,
        top,
        counts,
        facetsExact,
        when,
        searcher.timedOut());
  }

  /**
   * True when the request asks for every document (of its kind, if one is asked for): no text,
   * filter or date.
   */
  private static boolean everythingOfItsKind(SearchRequest r) {
    return r.query().isEmpty()
        && !r.hasSelection()
        && r.from() == null
        && r.to() == null
        && r.when() == null;
  }

  /** The query's score times the boost of events that have not ended by {@code today}. */
  private static Query upcomingFirst(Query query, LocalDate today) {
    return FunctionScoreQuery.boostByValue(query, new UpcomingBoost(today, UPCOMING_BOOST));
  }

  /**
   * The query with the request's date, kind and facet filters: a drill-down query when the index
   * has facets, with the date preset as one of its dimensions (so drill-sideways counts the other
   * preset). Without facets no document is dated (a dated event has a month), so neither preset has
   * anything to count.
   */
  private Query filtered(IndexView v, SearchRequest r, Query query, LocalDate today) {
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
    return drillDown(v, r, base.build(), today);
  }

  private DrillDownQuery drillDown(IndexView v, SearchRequest r, Query baseQuery, LocalDate today) {
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

  private static Query anyOf(List<QueryWord> units) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    units.forEach(u -> any.add(u.query(), Occur.SHOULD));
    return any.build();
  }
}
