package de.smartcitysearch.search;

import de.smartcitysearch.analysis.Matching;
import org.apache.lucene.search.Query;

/**
 * The one seam where a visitor's words become a Lucene text query (syntax, compounds, synonyms, field weights).
 *
 * <p>Everything else in the query core (places, dates, filters, facets, ranking) is independent of how the text
 * is matched, so the compound-aware query builder of the analysis module plugs in here.
 */
@FunctionalInterface
public interface TextQueryFactory {

  /**
   * Builds the query for a piece of visitor text ({@code Kiel "smarte Stadt" -Workshop}): all words
   * ({@link Matching#ALL}) first; the query core retries with {@link Matching#FUZZY} when that finds
   * (almost) nothing, and with {@link Matching#MOST} when even that finds nothing.
   *
   * <p>The query decides which documents match; it may leave part of the ranking to {@link #exactSpelling}.
   *
   * @return the query, or {@code null} when the text holds no searchable word
   */
  Query create(String text, Matching matching);

  /**
   * The optional extra score for matching the text as spelled, added to the score of the best hits of
   * {@link #create}'s query to reorder them (it never decides what matches); null when there is none.
   */
  default Query exactSpelling(String text) {
    return null;
  }
}
