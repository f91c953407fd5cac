package de.smartcitysearch.search;

import org.apache.lucene.search.Query;

/**
 * The one seam where a visitor's words become a Lucene text query (syntax, compounds, synonyms, field weights).
 *
 * <p>Everything else in the query core (places, dates, filters, facets, ranking) is independent of how the text
 * is matched, so the compound-aware query builder of the analysis module plugs in here.
 */
@FunctionalInterface
public interface TextQueryFactory {

  /** How tolerant the match is: strict first, fuzzy as the retry when strict finds (almost) nothing. */
  enum Matching { STRICT, FUZZY }

  /**
   * Builds the query for a piece of visitor text ({@code Kiel "smarte Stadt" -Workshop}).
   *
   * @return the query, or {@code null} when the text holds no searchable word
   */
  Query create(String text, Matching matching);
}
