package de.smartcitysearch.search;

import de.smartcitysearch.analysis.QueryWord;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;

/**
 * What graded matching ({@link SearchPipeline}) needs from a search engine: run one tier, reorder
 * by the exact spelling, tell which words a hit lacks, count months, find an event's sessions,
 * correct a typo. The queries are the {@link MatchPlan}'s, built by the analysis module's query
 * builder as Lucene queries: the embedded index runs them as they are ({@link LuceneTiers}), a
 * cluster translates them into its own query language.
 *
 * <p>Every tier is filtered by the request's dates, date preset, kind and selected facet values,
 * and scores events that have not ended by {@code today} {@value SearchPipeline#UPCOMING_BOOST}
 * times higher. The preset is a drill-down dimension like a facet ({@link
 * SearchResponse#WHEN_FACET}), its ranges those of {@link QueryComposer#when}.
 *
 * @param <D> the engine's handle of a document
 */
public interface TierEngine<D> {

  /**
   * One tier, run: its count (exact up to the engine's bound, that bound above), its best hits and
   * (when asked) its facet counts with drill-sideways semantics (a selected dimension counted
   * without its own selection), and (when asked) what each date preset would show of its matches,
   * also drill-sideways (null when not asked).
   */
  record Tier<D>(
      long total,
      boolean totalExact,
      List<Scored<D>> top,
      FacetCounts facets,
      boolean facetsExact,
      WhenCounts when,
      boolean timedOut) {}

  /**
   * The best {@code candidates} hits of {@code query} (by the request's sort, else by score times
   * the upcoming boost), counted, with facets when {@code facets} is true and the date presets'
   * counts when {@code presets} is true too.
   */
  Tier<D> ranked(
      Query query,
      SearchRequest r,
      LocalDate today,
      int candidates,
      boolean facets,
      boolean presets)
      throws IOException;

  /**
   * The best {@code candidates} documents with at least one of the plan's words and constraints
   * ({@link MatchPlan#units}), a document with more of them always first ({@link
   * CountedScore#PER_WORD} per unit, plus the unit's text score times the upcoming boost).
   */
  Tier<D> graded(MatchPlan plan, boolean withFillers, SearchRequest r, LocalDate today, int n)
      throws IOException;

  /**
   * The hits reordered by their score plus the score of {@code exact} times the upcoming boost (the
   * score of a hit {@code exact} does not match stays).
   */
  List<Scored<D>> rescored(List<Scored<D>> top, Query exact, LocalDate today) throws IOException;

  /** For each document, the units (as typed) it does not match. */
  List<List<String>> missing(List<QueryWord> units, List<D> docs) throws IOException;

  /**
   * How many hits of {@code query} (with the request's filters) fall in each month; null when the
   * engine holds no month values at all.
   */
  Map<YearMonth, Long> months(Query query, SearchRequest r, LocalDate today) throws IOException;

  /**
   * For each event of a grouped page, its program sessions with the plan's words, best first, at
   * most {@link SessionHits#PER_EVENT} (empty when the plan has no words).
   */
  List<List<Scored<D>>> sessions(MatchPlan plan, List<D> events) throws IOException;

  /**
   * The indexed word the visitor meant by a word the index lacks, written as the pages write it;
   * null when the word is known or no word is clearly meant.
   */
  String correct(String word) throws IOException;
}
