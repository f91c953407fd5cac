package de.smartcitysearch.server;

import de.smartcitysearch.document.DocumentKind;
import de.smartcitysearch.document.DocumentLimits;
import de.smartcitysearch.search.CountScope;
import de.smartcitysearch.search.FacetDimension;
import de.smartcitysearch.search.SearchRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import spark.Request;

/** Reads and validates query parameters; every problem becomes a 400 naming the parameter. */
final class Params {

  private static final int MAX_VALUE_LENGTH = 200;

  /**
   * The parameters of a search: the text, paging and order, the dates, and every filterable facet
   * dimension.
   */
  private static final Set<String> SEARCH_PARAMETERS = searchParameters();

  private final Request request;

  Params(Request request) {
    this.request = request;
  }

  /**
   * Refuses parameters the endpoint does not know (a misspelt filter must not be silently ignored).
   */
  Params only(Set<String> known) {
    for (String name : request.queryParams()) {
      if (!known.contains(name)) {
        throw ApiException.badParameter(
            name, "unknown parameter '" + name + "'; known: " + known.stream().sorted().toList());
      }
    }
    return this;
  }

  /** The search request of {@code /api/search}. */
  SearchRequest searchRequest() {
    only(SEARCH_PARAMETERS);
    String q = query("q");
    int size = integer("size", SearchRequest.DEFAULT_SIZE, 1, SearchRequest.MAX_SIZE);
    int page = integer("page", 1, 1, SearchRequest.MAX_DEPTH);
    if ((long) page * size > SearchRequest.MAX_DEPTH) {
      throw new ApiException(
          400,
          "page_too_deep",
          "page "
              + page
              + " of size "
              + size
              + " reaches beyond hit "
              + SearchRequest.MAX_DEPTH
              + "; narrow the query instead",
          "page");
    }
    LocalDate from = date("from");
    LocalDate to = dateNotBefore("to", from);
    SearchRequest.Builder request =
        SearchRequest.builder()
            .query(q)
            .from(from)
            .to(to)
            .when(choice("when", SearchRequest.When.class, null))
            .sort(choice("sort", SearchRequest.SortOrder.class, null))
            .page(page)
            .size(size)
            .kind(kind())
            .grouped(grouped());
    for (FacetDimension dim : FacetDimension.ALL) {
      if (dim.filterable()) {
        request.filter(dim, values(dim.apiName()));
      }
    }
    return request.build();
  }

  /**
   * What a curator's count counts: the documents of {@code kind} (events when not given; never both
   * mixed) that take place between {@code from} and {@code to}.
   */
  CountScope countScope() {
    DocumentKind kind = kind();
    LocalDate from = date("from");
    return new CountScope(
        kind == null ? DocumentKind.EVENT : kind, from, dateNotBefore("to", from));
  }

  /**
   * The {@code group} parameter: {@code event} asks for one hit per event with its sessions inside.
   */
  private boolean grouped() {
    String group = single("group");
    if (group == null || group.isBlank()) {
      return false;
    }
    if (!group.equals("event")) {
      throw ApiException.badParameter("group", "group must be event, not '" + group + "'");
    }
    if (single("kind") != null) {
      throw ApiException.badParameter(
          "group", "group=event lists events with their sessions: leave out kind");
    }
    return true;
  }

  /**
   * The filters of a search by the parameter names {@link #searchRequest} reads them from (given
   * ones only): the way back from a request to its parameters, so a logged search can be shown and
   * searched again.
   */
  static Map<String, List<String>> filters(SearchRequest r) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    BiConsumer<String, List<String>> put =
        (name, values) -> {
          if (!values.isEmpty()) {
            filters.put(name, values);
          }
        };
    r.filters().forEach((dimension, values) -> put.accept(dimension.apiName(), values));
    put.accept("kind", r.kind() == null ? List.of() : List.of(r.kind().id()));
    put.accept("from", r.from() == null ? List.of() : List.of(r.from().toString()));
    put.accept("to", r.to() == null ? List.of() : List.of(r.to().toString()));
    put.accept("group", r.grouped() ? List.of("event") : List.of());
    put.accept(
        "when", r.when() == null ? List.of() : List.of(r.when().name().toLowerCase(Locale.ROOT)));
    return filters;
  }

  /** The {@code kind} parameter: event or session, or null for both. */
  private DocumentKind kind() {
    String kind = single("kind");
    if (kind == null || kind.isBlank()) {
      return null;
    }
    try {
      return DocumentKind.fromId(kind);
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("kind", "kind must be event or session, not '" + kind + "'");
    }
  }

  /** The visitor text, at most {@link SearchRequest#MAX_QUERY_LENGTH} characters. */
  String query(String name) {
    String q = single(name);
    if (q != null && q.length() > SearchRequest.MAX_QUERY_LENGTH) {
      throw new ApiException(
          400,
          "query_too_long",
          "the query has " + q.length() + " characters; at most " + SearchRequest.MAX_QUERY_LENGTH,
          name);
    }
    return q == null ? "" : q;
  }

  /** A single value, or null; a repeated parameter is an error. */
  String single(String name) {
    String[] v = request.queryParamsValues(name);
    if (v == null || v.length == 0) {
      return null;
    }
    if (v.length > 1) {
      throw ApiException.badParameter(name, name + " may be given only once");
    }
    return v[0];
  }

  /** Every value of a repeatable parameter (blank ones dropped). */
  List<String> values(String name) {
    String[] v = request.queryParamsValues(name);
    if (v == null) {
      return List.of();
    }
    List<String> out =
        Arrays.stream(v).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    for (String value : out) {
      if (value.length() > MAX_VALUE_LENGTH) {
        throw ApiException.badParameter(
            name, name + " values are at most " + MAX_VALUE_LENGTH + " characters");
      }
    }
    return out;
  }

  int integer(String name, int fallback, int min, int max) {
    String v = single(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    int n;
    try {
      n = Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badParameter(name, name + " must be a whole number, not '" + v + "'");
    }
    if (n < min || n > max) {
      throw new ApiException(
          400,
          "out_of_range",
          name + " must be between " + min + " and " + max + ", not " + n,
          name);
    }
    return n;
  }

  LocalDate date(String name) {
    String v = single(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw ApiException.badParameter(
          name, name + " must be a date like 2026-04-18, not '" + v + "'");
    }
    // far-off years parse, but the month histogram between them would overflow or never end
    if (!DocumentLimits.isInRange(date)) {
      throw ApiException.badParameter(
          name,
          name
              + " must lie between the years "
              + DocumentLimits.MIN_YEAR
              + " and "
              + DocumentLimits.MAX_YEAR);
    }
    return date;
  }

  private LocalDate dateNotBefore(String name, LocalDate from) {
    LocalDate to = date(name);
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.badParameter(name, name + " (" + to + ") is before from (" + from + ")");
    }
    return to;
  }

  <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
    String v = single(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, v.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter(
          name, name + " must be one of " + allowed(type) + ", not '" + v + "'");
    }
  }

  /** The id in a path ending in {@code /*} ({@code /api/events/{id}}); 404 when none is given. */
  static String pathId(Request req) {
    String[] splat = req.splat();
    if (splat.length == 0 || splat[0].isBlank()) {
      throw ApiException.notFound("no id given");
    }
    return splat[0];
  }

  /** A facet dimension named by a path segment or parameter. */
  static FacetDimension dimension(String value, String parameter) {
    return FacetDimension.byApiName(value == null ? "" : value)
        .orElseThrow(
            () ->
                ApiException.badParameter(
                    parameter,
                    parameter
                        + " must be one of "
                        + FacetDimension.ALL.stream().map(FacetDimension::apiName).toList()
                        + ", not '"
                        + value
                        + "'"));
  }

  private static Set<String> searchParameters() {
    Set<String> names =
        new HashSet<>(Set.of("q", "kind", "group", "from", "to", "when", "sort", "page", "size"));
    FacetDimension.ALL.stream()
        .filter(FacetDimension::filterable)
        .forEach(d -> names.add(d.apiName()));
    return Set.copyOf(names);
  }

  private static <E extends Enum<E>> List<String> allowed(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(e -> e.name().toLowerCase(Locale.ROOT))
        .toList();
  }
}
