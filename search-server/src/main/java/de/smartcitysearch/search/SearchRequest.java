package de.smartcitysearch.search;

import de.smartcitysearch.analysis.CompoundAwareQueryBuilder;
import de.smartcitysearch.document.DocumentKind;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One search: the visitor's text, the selected filter values (several per dimension = any of them),
 * a date range, the order and the page.
 *
 * @param query visitor text, may be empty (then everything matches and only filters apply)
 * @param filters the selected values per filterable dimension (a city, a Land, topics, ...); absent
 *     or empty: any
 * @param from events ending on or after this day, or null
 * @param to events starting on or before this day, or null
 * @param when upcoming/past preset, or null
 * @param sort order of the hits
 * @param page 1-based page number
 * @param size hits per page
 * @param kind only events or only program sessions, or null for both
 * @param grouped one hit per event with its matching program sessions inside; totals and pages
 *     count events
 */
public record SearchRequest(
    String query,
    Map<FacetDimension, List<String>> filters,
    LocalDate from,
    LocalDate to,
    When when,
    SortOrder sort,
    int page,
    int size,
    DocumentKind kind,
    boolean grouped) {

  /** Longest accepted query text: the query builder's limit, declared once there. */
  public static final int MAX_QUERY_LENGTH = CompoundAwareQueryBuilder.MAX_QUERY_LENGTH;

  /** Most hits per page. */
  public static final int MAX_SIZE = 100;

  /** Deepest hit a page may reach (page × size). */
  public static final int MAX_DEPTH = 10_000;

  /** Hits per page when not given. */
  public static final int DEFAULT_SIZE = 10;

  /** Date presets relative to today. */
  public enum When {
    UPCOMING,
    PAST
  }

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
    Map<FacetDimension, List<String>> selected = new LinkedHashMap<>();
    if (filters != null) {
      filters.forEach(
          (dim, values) -> {
            if (!dim.filterable()) {
              throw new IllegalArgumentException(dim.apiName() + " cannot be selected as a filter");
            }
            if (values != null && !values.isEmpty()) {
              selected.put(dim, List.copyOf(values));
            }
          });
    }
    filters = Collections.unmodifiableMap(selected);
    sort = sort == null ? SortOrder.RELEVANCE : sort;
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new IllegalArgumentException("query longer than " + MAX_QUERY_LENGTH + " characters");
    }
    if (grouped && kind != null) {
      throw new IllegalArgumentException(
          "grouped results are events with their sessions: no kind can be chosen");
    }
    if (page < 1 || size < 1 || size > MAX_SIZE || (long) page * size > MAX_DEPTH) {
      throw new IllegalArgumentException("page " + page + " of size " + size + " is out of range");
    }
  }

  /** A first-page request for just this text. */
  public static SearchRequest of(String query) {
    return builder().query(query).build();
  }

  /**
   * A request built field by field; everything has a default (no text, no filter, the first page of
   * ten).
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The selected values of a facet dimension; empty when none is selected. */
  public List<String> selected(FacetDimension dimension) {
    return filters.getOrDefault(dimension, List.of());
  }

  /**
   * Which kind of entry the hits are: events when grouped, else the kind asked for (null: both).
   */
  public DocumentKind hitKind() {
    return grouped ? DocumentKind.EVENT : kind;
  }

  /** True when any filter value is selected. */
  public boolean hasSelection() {
    return !filters.isEmpty();
  }

  /**
   * True when the request asks for every document (of its kind, if one is asked for): no text,
   * filter or date.
   */
  public boolean asksForEverything() {
    return query.isEmpty() && !hasSelection() && from == null && to == null && when == null;
  }

  /** Builds a {@link SearchRequest}. */
  public static final class Builder {
    private String query = "";
    private final Map<FacetDimension, List<String>> filters = new LinkedHashMap<>();
    private LocalDate from;
    private LocalDate to;
    private When when;
    private SortOrder sort;
    private int page = 1;
    private int size = DEFAULT_SIZE;
    private DocumentKind kind;
    private boolean grouped;

    private Builder() {}

    public Builder query(String v) {
      query = v;
      return this;
    }

    public Builder filter(FacetDimension dimension, List<String> values) {
      filters.put(dimension, values);
      return this;
    }

    public Builder from(LocalDate v) {
      from = v;
      return this;
    }

    public Builder to(LocalDate v) {
      to = v;
      return this;
    }

    public Builder when(When v) {
      when = v;
      return this;
    }

    public Builder sort(SortOrder v) {
      sort = v;
      return this;
    }

    public Builder page(int v) {
      page = v;
      return this;
    }

    public Builder size(int v) {
      size = v;
      return this;
    }

    public Builder kind(DocumentKind v) {
      kind = v;
      return this;
    }

    public Builder grouped(boolean v) {
      grouped = v;
      return this;
    }

    public SearchRequest build() {
      return new SearchRequest(query, filters, from, to, when, sort, page, size, kind, grouped);
    }
  }
}
