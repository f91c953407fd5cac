package de.smartcitysearch.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}, shaped exactly like the JSON of {@code /api/search}.
 *
 * @param query the query text as received
 * @param interpretation the city/Land/date recognised in it
 * @param total number of matching hits
 * @param tookMs time spent in the query core
 * @param didYouMean a respelling from the index's own vocabulary when the query found little, or null
 * @param fuzzy true when the hits come from the typo-tolerant retry
 * @param partial true when no hit has every word, and the hits come from the most-words fallback
 * @param timedOut true when the time limit cut the search short (hits and counts may be incomplete)
 * @param hits the requested page of hits
 * @param facets per dimension, its values with counts
 */
public record SearchResponse(
    String query, Interpretation interpretation, long total, long tookMs, String didYouMean, boolean fuzzy,
    boolean partial, boolean timedOut, List<Hit> hits, Map<String, List<FacetValue>> facets) {

  /** The same answer, as taking this long (an answer given again from the server's cache took next to nothing). */
  public SearchResponse withTookMs(long ms) {
    return new SearchResponse(query, interpretation, total, ms, didYouMean, fuzzy, partial, timedOut, hits, facets);
  }

  /**
   * One hit: an event or a program session.
   *
   * @param kind "event" or "session"
   * @param type the event type ("Kongress", "Workshop", ...), or null
   * @param title the title, HTML-escaped, matched words in {@code <mark>}
   * @param snippet a passage of the text, HTML-escaped, matched words in {@code <mark>}
   * @param event for a session, the event it belongs to; null for events
   */
  public record Hit(
      String id, String source, String kind, String type, String title, String snippet, String url,
      String startDate, String endDate, String venueCity, List<String> cities, String land,
      List<String> organisations, List<String> topics, String format, EventRef event, float score) {}

  /** The event a session belongs to. */
  public record EventRef(String id, String title) {}

  /**
   * One facet value and how many hits have it.
   *
   * @param land for a city, the Land it lies in (so a UI can nest cities under their Land); null otherwise
   */
  public record FacetValue(String value, long count, String land) {

    /** A value of a dimension other than city. */
    public static FacetValue of(String value, long count) {
      return new FacetValue(value, count, null);
    }
  }
}
