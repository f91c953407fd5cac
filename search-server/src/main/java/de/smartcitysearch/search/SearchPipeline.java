package de.smartcitysearch.search;

import de.smartcitysearch.analysis.GermanAnalysis;
import de.smartcitysearch.analysis.QueryWord;
import de.smartcitysearch.analysis.VisitorQuery;
import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.search.SearchResponse.FuzzyWord;
import de.smartcitysearch.search.SearchResponse.Hit;
import de.smartcitysearch.search.SearchResponse.Relaxed;
import de.smartcitysearch.search.TierEngine.Tier;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

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
 * The date presets ({@link SearchResponse#WHEN_FACET}) count the first tier only: what a search
 * with the preset chosen counts, 0 where that search would have to relax.
 *
 * <p>The decisions are made here once for every engine; the engine ({@link TierEngine}: the
 * embedded index or a cluster) only runs the tiers.
 */
public final class SearchPipeline {

  /** How many of the best hits by text the exact spelling may reorder. */
  public static final int RESCORED_CANDIDATES = 100;

  /** How much higher an event that has not ended yet scores. */
  public static final float UPCOMING_BOOST = 1.5f;

  /**
   * How strongly a long query prefers pages with more of its words: the score is multiplied by the
   * share of words a page has, to this power. 1 is classic Lucene's coordination factor (overlap /
   * query words). Measured on the relevance suite (bench/README.md): 0 (text score alone) lost 0.06
   * MRR on the questions, 2 and 3 lost 0.07 and 0.12 on the law questions, 1 kept both above stock
   * Lucene.
   */
  static final double COORDINATION = 1;

  private final QueryComposer queries;

  /** Graded matching with the query builder of this analysis. */
  public SearchPipeline(GermanAnalysis analysis) {
    this.queries = new QueryComposer(analysis, EventSchema.facetsConfig());
  }

  /**
   * The hits of one page, what each lacks, the counts and facets of the counted tier, what each
   * date preset would show, and what was relaxed.
   *
   * @param highlight what the hits are highlighted for: any of the words and constraints
   * @param sessions in grouped results, per event of the page its matching sessions
   * @param facetsExact false when a facet count or a preset's count is an estimate or a bound
   * @param when what each date preset would show: the strict tier's matches, 0 when relaxed
   */
  public record Answer<D>(
      Query highlight,
      List<Scored<D>> hits,
      List<List<String>> missing,
      List<List<Scored<D>>> sessions,
      long total,
      boolean totalExact,
      long more,
      FacetCounts facets,
      boolean facetsExact,
      WhenCounts when,
      Relaxed relaxed,
      List<FuzzyWord> fuzzyWords,
      String didYouMean,
      boolean timedOut) {

    /** The answer as the API gives it, with the page's hits and facet blocks made of it. */
    public SearchResponse response(
        SearchRequest request,
        UnderstoodQuery understood,
        List<Hit> page,
        Map<String, List<SearchResponse.FacetValue>> facetBlocks,
        long tookMs) {
      boolean partial = relaxed != null && !relaxed.droppedWords().isEmpty();
      return new SearchResponse(
          request.query(),
          understood.interpretation(),
          total,
          totalExact,
          more,
          tookMs,
          didYouMean,
          !fuzzyWords.isEmpty(),
          fuzzyWords,
          partial,
          relaxed,
          timedOut,
          page,
          facetBlocks,
          facetsExact);
    }
  }

  /** Runs the search of the understood query on this engine. */
  public <D> Answer<D> search(
      TierEngine<D> engine, SearchRequest r, UnderstoodQuery u, LocalDate today)
      throws IOException {
    List<FuzzyWord> fuzzy = new ArrayList<>();
    VisitorQuery text = corrected(queries.parse(u.text()), engine, fuzzy);
    Tiers<D> tiers = new Tiers<>(engine, r, u, queries.plan(u, text), today);
    tiers.counted();
    tiers.looser();
    return tiers.answer(
        List.copyOf(fuzzy), fuzzy.isEmpty() ? null : correctedQuery(r.query(), fuzzy));
  }

  /**
   * The tiers of one search, run from strict to loose, and the page cut from the hits they give.
   */
  private final class Tiers<D> {
    private final TierEngine<D> engine;
    private final SearchRequest r;
    private final UnderstoodQuery u;
    private final LocalDate today;
    private final boolean sorted;
    private final Query exact;
    private final int candidates;
    private MatchPlan plan;
    private Tier<D> counted;
    private WhenCounts presets = WhenCounts.NONE;
    private boolean strict = true;
    private YearMonth movedTo;
    private boolean fillers;
    private final List<Scored<D>> list = new ArrayList<>();
    private long more;

    Tiers(
        TierEngine<D> engine, SearchRequest r, UnderstoodQuery u, MatchPlan plan, LocalDate today) {
      this.engine = engine;
      this.r = r;
      this.u = u;
      this.plan = plan;
      this.today = today;
      this.sorted = r.sort() != SearchRequest.SortOrder.RELEVANCE;
      this.exact = sorted ? null : plan.exactSpelling();
      int wanted = r.page() * r.size();
      this.candidates = exact == null ? wanted : Math.max(RESCORED_CANDIDATES, wanted);
    }

    /**
     * The first tier with hits among: every word and constraint; the month moved; the constraints
     * preferred.
     */
    void counted() throws IOException {
      counted = engine.ranked(plan.strict(), r, today, candidates, true, true);
      // a preset counts what a search with it chosen counts: its strict tier, else nothing (that
      // search would have to relax, and a relaxed hit lacks something asked for)
      if (counted.when() != null) {
        presets = counted.when();
      }
      if (counted.total() == 0 && u.bareMonth() && plan.hasUnits()) {
        movedTo = nearestMonth(u.month());
        if (movedTo != null) {
          plan =
              plan.withDate(
                  queries.dateConstraint(u.dateWords(), movedTo.atDay(1), movedTo.atEndOfMonth()));
          counted = engine.ranked(plan.strict(), r, today, candidates, true, false);
        }
      }
      if (counted.total() == 0 && plan.hasRelaxableConstraints()) {
        counted = engine.ranked(plan.everyWord(), r, today, candidates, true, false);
        strict = false;
      }
      list.addAll(rescored(counted.top()));
    }

    /**
     * Looser hits after the counted ones while those fill less than a page: for a short query only
     * when nothing has every word, ranked by how many words they have; for a long query always, by
     * text score and the share of its words they have.
     */
    void looser() throws IOException {
      int units = plan.units(false).size();
      boolean longQuery = units >= MatchPlan.LONG_QUERY;
      if (counted.total() >= r.size()
          || (counted.total() > 0 && strict && !longQuery)
          || units == 0) {
        return;
      }
      int needed = r.page() * r.size() + (int) Math.min(counted.total(), Integer.MAX_VALUE);
      Tier<D> looser = longQuery ? anyWord(Math.max(RESCORED_CANDIDATES, needed)) : graded(needed);
      if (looser.total() == 0 && counted.total() == 0 && !plan.fillers().isEmpty()) {
        fillers = true; // nothing but the words of asking are left to search for
        looser = longQuery ? anyWord(Math.max(RESCORED_CANDIDATES, needed)) : graded(needed);
      }
      List<Scored<D>> ranked = rescored(looser.top());
      if (longQuery) {
        ranked = coordinated(ranked);
      }
      if (counted.total() == 0 && looser.total() > 0) {
        strict = false;
        if (longQuery) {
          counted = looser;
        } else {
          int level = CountedScore.words(looser.top().get(0).score());
          counted = engine.ranked(plan.atLeast(level, fillers), r, today, candidates, true, false);
          list.addAll(rescored(counted.top()));
        }
      }
      if (!sorted || list.isEmpty()) {
        Set<D> shown = new HashSet<>();
        list.forEach(sd -> shown.add(sd.doc()));
        for (Scored<D> sd : ranked) {
          if (shown.add(sd.doc())) {
            list.add(sd);
          }
        }
        more = Math.max(0, looser.total() - counted.total());
      }
    }

    /**
     * Documents with any word, by their text score; their counts and facets too when nothing has
     * every word.
     */
    private Tier<D> anyWord(int n) throws IOException {
      return engine.ranked(plan.atLeast(1, fillers), r, today, n, counted.total() == 0, false);
    }

    /** Documents with any word, more of the words first. */
    private Tier<D> graded(int n) throws IOException {
      return engine.graded(plan, fillers, r, today, n);
    }

    private List<Scored<D>> rescored(List<Scored<D>> top) throws IOException {
      return exact == null || top.isEmpty() ? top : engine.rescored(top, exact, today);
    }

    /** The hits reordered by their score times the share of the query's words they have. */
    private List<Scored<D>> coordinated(List<Scored<D>> hits) throws IOException {
      List<QueryWord> units = plan.units(fillers);
      List<List<String>> lacked = engine.missing(units, hits.stream().map(Scored::doc).toList());
      List<Scored<D>> out = new ArrayList<>(hits.size());
      for (int i = 0; i < hits.size(); i++) {
        double share = 1 - (double) lacked.get(i).size() / units.size();
        out.add(
            new Scored<>(
                hits.get(i).doc(), (float) (hits.get(i).score() * Math.pow(share, COORDINATION))));
      }
      out.sort((a, b) -> Float.compare(b.score(), a.score()));
      return out;
    }

    /**
     * The month named without a year moved to the nearest year in which it has matches for
     * everything else: the nearest upcoming one, else the most recent past one; null when it has
     * none.
     */
    private YearMonth nearestMonth(Month month) throws IOException {
      Map<YearMonth, Long> months = engine.months(plan.withoutDate().strict(), r, today);
      if (months == null) {
        return null;
      }
      YearMonth now = YearMonth.from(today);
      YearMonth upcoming = null;
      YearMonth past = null;
      for (Map.Entry<YearMonth, Long> m : months.entrySet()) {
        YearMonth candidate = m.getKey();
        if (candidate.getMonth() != month || m.getValue() == 0) {
          continue;
        }
        if (!candidate.isBefore(now)) {
          upcoming = upcoming == null || candidate.isBefore(upcoming) ? candidate : upcoming;
        } else {
          past = past == null || candidate.isAfter(past) ? candidate : past;
        }
      }
      return upcoming != null ? upcoming : past;
    }

    Answer<D> answer(List<FuzzyWord> fuzzy, String didYouMean) throws IOException {
      int size = r.size();
      int offset = (r.page() - 1) * size;
      List<Scored<D>> page =
          List.copyOf(
              list.subList(Math.min(offset, list.size()), Math.min(offset + size, list.size())));
      List<QueryWord> units = plan.units(fillers);
      boolean everything =
          strict && movedTo == null && counted.total() > 0 && offset + size <= counted.total();
      List<List<String>> missing =
          everything
              ? nothingMissing(page.size())
              : engine.missing(units, page.stream().map(Scored::doc).toList());
      Relaxed relaxed = (strict && movedTo == null) || counted.total() == 0 ? null : relaxed(units);
      List<List<Scored<D>>> sessions =
          r.grouped() ? engine.sessions(plan, page.stream().map(Scored::doc).toList()) : List.of();
      return new Answer<>(
          anyOf(units),
          page,
          missing,
          sessions,
          counted.total(),
          counted.totalExact(),
          more,
          counted.facets() == null ? FacetCounts.NONE : counted.facets(),
          counted.facetsExact() && presets.exact(),
          presets,
          relaxed,
          fuzzy,
          didYouMean,
          counted.timedOut());
    }

    /**
     * What the answer relaxed: the words its counted hits on the first page lack, a moved month, a
     * place let go.
     */
    private Relaxed relaxed(List<QueryWord> units) throws IOException {
      int n = (int) Math.min(Math.min(counted.total(), r.size()), list.size());
      Set<String> lacked = new LinkedHashSet<>();
      engine
          .missing(units, list.subList(0, n).stream().map(Scored::doc).toList())
          .forEach(lacked::addAll);
      String place =
          plan.place() != null && lacked.remove(plan.place().text()) ? plan.place().text() : null;
      return new Relaxed(List.copyOf(lacked), movedTo == null ? null : movedTo.toString(), place);
    }
  }

  /**
   * The visitor's words with every word the index lacks replaced by the indexed word clearly meant.
   */
  private static VisitorQuery corrected(
      VisitorQuery typed, TierEngine<?> engine, List<FuzzyWord> corrections) throws IOException {
    List<String> words = new ArrayList<>();
    for (String word : typed.words()) {
      String correction = engine.correct(word);
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

  private static List<List<String>> nothingMissing(int n) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(List.of());
    }
    return out;
  }

  private static Query anyOf(List<QueryWord> units) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    units.forEach(u -> any.add(u.query(), Occur.SHOULD));
    return any.build();
  }
}
