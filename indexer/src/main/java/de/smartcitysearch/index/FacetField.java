package de.smartcitysearch.index;

import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.document.Place;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The facet fields of the index, each declared once: its name, whether its values are paths (Land /
 * city, year / month) or plain values, which values an event gives it, and the dimensions the API
 * offers on it (name, German label, reference list). The index schema, the query core, the HTTP
 * parameters, the OpenAPI description, the web pages and the OpenSearch mapping all read this
 * declaration; a new dimension is a new constant here plus the event's field.
 */
public enum FacetField {

  /** The venue: its Land, then its city. */
  CITY(
      "city",
      Shape.PATH,
      null,
      FacetField::venuePath,
      new Dimension("land", "Bundesland", 1, false, "laender"),
      new Dimension("city", "Stadt", 2, false, null)),
  /**
   * Every city the text names, venue included: only for ranking (a mention counts less than the
   * venue).
   */
  MENTIONED_CITY("mentioned_city", Shape.PATH, null, FacetField::mentionedPaths),
  TOPIC(
      "topic",
      Shape.VALUES,
      EventDocument.Builder::topics,
      paths(EventDocument::topics),
      new Dimension("topic", "Thema", 1, false, "topics")),
  ORGANISATION(
      "organisation",
      Shape.VALUES,
      EventDocument.Builder::organisations,
      paths(EventDocument::organisations),
      new Dimension("organisation", "Organisation", 1, false, null)),
  FORMAT(
      "format",
      Shape.VALUES,
      (b, v) -> b.format(first(v)),
      paths(e -> one(e.format())),
      new Dimension("format", "Format", 1, false, null)),
  TYPE(
      "type",
      Shape.VALUES,
      (b, v) -> b.eventType(first(v)),
      paths(e -> one(e.eventType())),
      new Dimension("type", "Art", 1, false, null)),
  AUDIENCE(
      "audience",
      Shape.VALUES,
      EventDocument.Builder::audiences,
      paths(EventDocument::audiences),
      new Dimension("audience", "Zielgruppe", 1, false, null)),
  /** Every month the event spans (year, then month "01".."12"); the API joins them ("2026-04"). */
  MONTH(
      "month",
      Shape.PATH,
      null,
      FacetField::monthPaths,
      new Dimension("month", "Monat", 2, true, null));

  /** Events spanning more months than this are counted in their first months only. */
  public static final int MAX_MONTHS_PER_EVENT = 24;

  /** How a field's values are shaped. */
  public enum Shape {
    /** Plain values, stored for display under the field's name as well. */
    VALUES,
    /** Paths of labels, derived from other fields of the event. */
    PATH
  }

  /**
   * A dimension the API offers on a field: a level of its paths (1 = the first label), or for
   * {@code joined} the whole path written with "-".
   *
   * @param name the name in URLs, JSON and facet blocks
   * @param label the German name a page shows
   * @param depth which level of the path the values are (plain values: 1)
   * @param joined true when a value is the whole path joined with "-" ("2026-04")
   * @param reference the reference list with every value a curator expects (zeros included), or
   *     null
   */
  public record Dimension(String name, String label, int depth, boolean joined, String reference) {}

  private final String name;
  private final Shape shape;
  private final BiConsumer<EventDocument.Builder, List<String>> restore;
  private final Function<EventDocument, List<List<String>>> paths;
  private final List<Dimension> dimensions;

  FacetField(
      String name,
      Shape shape,
      BiConsumer<EventDocument.Builder, List<String>> restore,
      Function<EventDocument, List<List<String>>> paths,
      Dimension... dimensions) {
    this.name = name;
    this.shape = shape;
    this.restore = restore;
    this.paths = paths;
    this.dimensions = List.of(dimensions);
  }

  /** The facet dimension's name in the index (and, for plain values, the stored field's). */
  public String fieldName() {
    return name;
  }

  public Shape shape() {
    return shape;
  }

  /** True for paths of more than one label. */
  public boolean hierarchical() {
    return shape == Shape.PATH;
  }

  /**
   * The API's dimensions on this field, outermost level first; empty when the field only serves
   * ranking.
   */
  public List<Dimension> dimensions() {
    return dimensions;
  }

  /** The paths this event gives the field, each once. */
  public List<List<String>> pathsOf(EventDocument event) {
    return paths.apply(event);
  }

  /** Puts stored plain values back into an event being rebuilt ({@link Shape#VALUES} only). */
  public void restore(EventDocument.Builder builder, List<String> values) {
    restore.accept(builder, values);
  }

  private static Function<EventDocument, List<List<String>>> paths(
      Function<EventDocument, List<String>> values) {
    return e -> {
      List<List<String>> out = new ArrayList<>();
      for (String v : new LinkedHashSet<>(values.apply(e))) {
        out.add(List.of(v));
      }
      return out;
    };
  }

  private static List<String> one(String value) {
    return value == null || value.isEmpty() ? List.of() : List.of(value);
  }

  private static String first(List<String> values) {
    return values.isEmpty() ? null : values.get(0);
  }

  private static List<List<String>> venuePath(EventDocument e) {
    Place venue = e.venue();
    return venue == null ? List.of() : List.of(List.of(venue.land(), venue.name()));
  }

  private static List<List<String>> mentionedPaths(EventDocument e) {
    Set<List<String>> paths = new LinkedHashSet<>();
    for (Place p : e.cities()) {
      paths.add(List.of(p.land(), p.name()));
    }
    return List.copyOf(paths);
  }

  private static List<List<String>> monthPaths(EventDocument e) {
    LocalDate start = e.startDate();
    if (start == null) {
      return List.of();
    }
    LocalDate last = e.endDate() == null || e.endDate().isBefore(start) ? start : e.endDate();
    List<List<String>> out = new ArrayList<>();
    for (YearMonth m = YearMonth.from(start);
        !m.isAfter(YearMonth.from(last)) && out.size() < MAX_MONTHS_PER_EVENT;
        m = m.plusMonths(1)) {
      out.add(List.of(Integer.toString(m.getYear()), "%02d".formatted(m.getMonthValue())));
    }
    return out;
  }
}
