package de.smartcitysearch.search;

import de.smartcitysearch.analysis.CompoundAwareQueryBuilder;
import de.smartcitysearch.document.DocumentKind;
import java.time.LocalDate;
import java.util.List;

/**
 * One search: the visitor's text, the selected filter values (several per dimension = any of them), a date
 * range, the order and the page.
 *
 * @param query visitor text, may be empty (then everything matches and only filters apply)
 * @param cities venue city names
 * @param lands Land names (venue in that Land)
 * @param topics topic labels
 * @param organisations organisation names
 * @param formats "Präsenz", "Online", "Hybrid"
 * @param types event types
 * @param from events ending on or after this day, or null
 * @param to events starting on or before this day, or null
 * @param when upcoming/past preset, or null
 * @param sort order of the hits
 * @param page 1-based page number
 * @param size hits per page
 * @param kind only events or only program sessions, or null for both
 */
public record SearchRequest(
    String query, List<String> cities, List<String> lands, List<String> topics, List<String> organisations,
    List<String> formats, List<String> types, LocalDate from, LocalDate to, When when, SortOrder sort, int page,
    int size, DocumentKind kind) {

  /** Longest accepted query text: the query builder's limit, declared once there. */
  public static final int MAX_QUERY_LENGTH = CompoundAwareQueryBuilder.MAX_QUERY_LENGTH;
  /** Most hits per page. */
  public static final int MAX_SIZE = 100;
  /** Deepest hit a page may reach (page × size). */
  public static final int MAX_DEPTH = 10_000;
  /** Hits per page when not given. */
  public static final int DEFAULT_SIZE = 10;

  /** Date presets relative to today. */
  public enum When { UPCOMING, PAST }

  /** Order of the hits. */
  public enum SortOrder {
    /** Best match first; upcoming before past among comparable matches. */
    RELEVANCE,
    /** Earliest start first. */
    DATE,
    /** Latest start first. */
    DATE_DESC
  }

  public SearchRequest {
    query = query == null ? "" : query.strip();
    cities = List.copyOf(cities == null ? List.of() : cities);
    lands = List.copyOf(lands == null ? List.of() : lands);
    topics = List.copyOf(topics == null ? List.of() : topics);
    organisations = List.copyOf(organisations == null ? List.of() : organisations);
    formats = List.copyOf(formats == null ? List.of() : formats);
    types = List.copyOf(types == null ? List.of() : types);
    sort = sort == null ? SortOrder.RELEVANCE : sort;
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new IllegalArgumentException("query longer than " + MAX_QUERY_LENGTH + " characters");
    }
    if (page < 1 || size < 1 || size > MAX_SIZE || (long) page * size > MAX_DEPTH) {
      throw new IllegalArgumentException("page " + page + " of size " + size + " is out of range");
    }
  }

  /** A first-page request for just this text. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, null, null, null, null, null, null, null, null, 1, DEFAULT_SIZE, null);
  }

  /** The selected values of a facet dimension. */
  public List<String> selected(FacetDimension dimension) {
    return switch (dimension) {
      case CITY -> cities;
      case LAND -> lands;
      case TOPIC -> topics;
      case ORGANISATION -> organisations;
      case FORMAT -> formats;
      case TYPE -> types;
      case MONTH -> List.of();
    };
  }
}
