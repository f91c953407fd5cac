package de.smartcitysearch.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}, shaped exactly like the JSON of {@code /api/search}.
 *
 * @param query the query text as received
 * @param interpretation the city/Land/date recognised in it
 * @param total number of hits of the counted tier: those with every word and constraint, or when
 *     there are none the first looser tier that has hits (see {@code relaxed}); the facets count
 *     the same hits. Exact up to {@link #EXACT_UP_TO}; above it this bound, with {@code totalExact}
 *     false
 * @param totalExact false when more than {@link #EXACT_UP_TO} hits match and {@code total} is that
 *     lower bound
 * @param more number of looser hits that follow the counted ones (only when those fill less than a
 *     page); each names what it lacks in {@link Hit#missing()}
 * @param tookMs time spent in the query core
 * @param didYouMean the query with every word the index lacks replaced by the word meant, or null
 * @param fuzzy true when a word was replaced ({@code fuzzyWords} says which)
 * @param fuzzyWords each word the index lacks and the indexed word searched for instead ("Kongres"
 *     -> "Kongress")
 * @param partial true when no hit has every word, so the counted hits lack some ({@code relaxed}
 *     says which)
 * @param relaxed what the counted tier relaxed, or null when its hits have every word and
 *     constraint as asked
 * @param timedOut true when the time limit cut the search short (hits and counts may be incomplete)
 * @param hits the requested page of hits
 * @param facets per dimension, its values with counts; then the date presets' block {@link
 *     #WHEN_FACET}
 * @param facetsExact false when more than {@link #EXACT_UP_TO} hits match and the counts are
 *     estimates from an even sample of about that many of them
 */
public record SearchResponse(
    String query,
    Interpretation interpretation,
    long total,
    boolean totalExact,
    long more,
    long tookMs,
    String didYouMean,
    boolean fuzzy,
    List<FuzzyWord> fuzzyWords,
    boolean partial,
    Relaxed relaxed,
    boolean timedOut,
    List<Hit> hits,
    Map<String, List<FacetValue>> facets,
    boolean facetsExact) {

  /**
   * Up to how many hits a visitor search counts exactly (the product decision of issue 15, as
   * Elasticsearch's {@code track_total_hits}): curators' counts (coverage, facet values, CSV) are
   * always exact.
   */
  public static final int EXACT_UP_TO = 10_000;

  /**
   * The facet block of the date presets: values {@code upcoming} and {@code past}, each counting
   * what a search with that preset chosen counts (its total; 0 where that search would have to
   * relax). Like every facet, it is not narrowed by its own selection.
   */
  public static final String WHEN_FACET = "when";

  /**
   * The same answer, as taking this long (an answer given again from the server's cache took next
   * to nothing).
   */
  public SearchResponse withTookMs(long ms) {
    return new SearchResponse(
        query,
        interpretation,
        total,
        totalExact,
        more,
        ms,
        didYouMean,
        fuzzy,
        fuzzyWords,
        partial,
        relaxed,
        timedOut,
        hits,
        facets,
        facetsExact);
  }

  /**
   * A word the index lacks and the word searched for instead.
   *
   * @param typed as the visitor typed it
   * @param corrected the indexed word, as the pages write it
   */
  public record FuzzyWord(String typed, String corrected) {}

  /**
   * What the counted hits do without.
   *
   * @param droppedWords the words (or a date named with its year) that the counted hits on the
   *     first page lack
   * @param date a month named without a year that had no matches, moved to this month ("2026-02");
   *     else null
   * @param place the place that had no matches with the other words, now only preferred; else null
   */
  public record Relaxed(List<String> droppedWords, String date, String place) {}

  /**
   * One hit: an event or a program session. The API writes it as one object: the event's fields,
   * then {@code highlight}, {@code missing} and {@code score}.
   *
   * @param document the event or session
   * @param highlight its title and a passage of its text with the matched words marked
   * @param missing the words and constraints of the query this hit lacks (empty for hits with all
   *     of them)
   * @param score the ranking score (only comparable within one answer)
   * @param sessions in grouped results, the event's program sessions with the query's words (best
   *     first, a few); empty otherwise
   */
  public record Hit(
      PublicEvent document,
      Highlight highlight,
      List<String> missing,
      float score,
      List<Hit> sessions) {

    public Hit {
      sessions = List.copyOf(sessions);
    }

    /** The hit's id. */
    public String id() {
      return document.id();
    }
  }

  /**
   * Matched words in {@code <mark>}: HTML-escaped text with no other markup, for a page to insert
   * as it is.
   *
   * @param title the whole title
   * @param snippet one or two passages of the text (of the teaser when the text has none), may be
   *     empty
   */
  public record Highlight(String title, String snippet) {}

  /**
   * One facet value and how many hits have it.
   *
   * @param land for a city, the Land it lies in (so a UI can nest cities under their Land); null
   *     otherwise
   */
  public record FacetValue(String value, long count, String land) {

    /** A value of a dimension other than city. */
    public static FacetValue of(String value, long count) {
      return new FacetValue(value, count, null);
    }
  }
}
