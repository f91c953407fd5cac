package de.smartcitysearch.search;

/**
 * A completion for the text typed so far.
 *
 * @param text the full title, value or query
 * @param kind "title", the API name of a facet dimension ("topic", "city", "organisation", ...)
 *     whose value it is, or "query": the typed words with the last one completed
 */
public record Suggestion(String text, String kind) {

  /** The kind of a completion that keeps the typed words before the last one. */
  public static final String QUERY = "query";
}
