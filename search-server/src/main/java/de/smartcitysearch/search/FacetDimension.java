package de.smartcitysearch.search;

import de.smartcitysearch.document.Place;
import de.smartcitysearch.index.FacetField;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;

/**
 * A facet dimension of the API, as {@link FacetField} declares it: "land" and "city" are the two
 * levels of the venue field, "month" the year/month levels joined to "2026-04", the others one
 * value each. Everything the query core, the HTTP parameters and the pages know of a dimension
 * comes from that declaration.
 *
 * @param field the index's facet field
 * @param declared the dimension as the field declares it (name, German label, level, reference
 *     list)
 */
public record FacetDimension(FacetField field, FacetField.Dimension declared) {

  /** Every dimension, in the order the fields declare them. */
  public static final List<FacetDimension> ALL = all();

  /** The dimensions the query core treats in a way of their own. */
  public static final FacetDimension LAND = named("land");

  public static final FacetDimension CITY = named("city");
  public static final FacetDimension MONTH = named("month");

  /** The name in URLs and JSON. */
  public String apiName() {
    return declared.name();
  }

  /** The German name a page shows. */
  public String label() {
    return declared.label();
  }

  /** The facet dimension in the index. */
  public String indexDim() {
    return field.fieldName();
  }

  /**
   * True for the month histogram, whose values are months ("2026-04") and which is selected by
   * dates, not values.
   */
  public boolean isMonth() {
    return declared.joined();
  }

  /**
   * True when a value can be selected as a filter ({@code ?topic=…}); months are chosen with
   * from/to instead.
   */
  public boolean filterable() {
    return !declared.joined();
  }

  /** True for the inner level of a two-level field (a city names its Land). */
  public boolean hasParent() {
    return declared.depth() == 2 && !declared.joined();
  }

  /**
   * The dimension of the outer level of the same field (the Land of a city), if this is an inner
   * level.
   */
  public Optional<FacetDimension> parent() {
    if (!hasParent()) {
      return Optional.empty();
    }
    return ALL.stream()
        .filter(d -> d.field == field && d.declared.depth() == declared.depth() - 1)
        .findFirst();
  }

  /** The reference list with every value a curator expects, or null. */
  public String reference() {
    return declared.reference();
  }

  /** The dimension with this API name. */
  public static Optional<FacetDimension> byApiName(String name) {
    return ALL.stream().filter(d -> d.apiName().equals(name)).findFirst();
  }

  /** Every value with its count, most frequent first (ties by name). */
  public Map<String, Long> counts(Facets facets) throws IOException {
    List<LabelAndValue> values = new ArrayList<>();
    if (declared.depth() == 1) {
      values.addAll(children(facets, indexDim()));
    } else {
      for (LabelAndValue outer : children(facets, indexDim())) {
        for (LabelAndValue inner : children(facets, indexDim(), outer.label)) {
          values.add(
              declared.joined()
                  ? new LabelAndValue(outer.label + "-" + inner.label, inner.value)
                  : inner);
        }
      }
    }
    List<Map.Entry<String, Long>> labelled = new ArrayList<>();
    values.forEach(v -> labelled.add(Map.entry(v.label, v.value.longValue())));
    return ordered(labelled);
  }

  /**
   * Values with their counts as a dimension lists them: most frequent first (ties by name), one
   * value named twice (a city name in two Länder) added up.
   */
  public static Map<String, Long> ordered(List<Map.Entry<String, Long>> values) {
    List<Map.Entry<String, Long>> sorted = new ArrayList<>(values);
    sorted.sort(
        (a, b) ->
            a.getValue().longValue() != b.getValue().longValue()
                ? Long.compare(b.getValue(), a.getValue())
                : a.getKey().compareTo(b.getKey()));
    Map<String, Long> out = new LinkedHashMap<>();
    for (Map.Entry<String, Long> v : sorted) {
      out.merge(v.getKey(), v.getValue(), Long::sum);
    }
    return out;
  }

  /**
   * A value of this dimension with its count and what the index knows of it: a city's carries its
   * Land (the first, where one name occurs in several).
   */
  public SearchResponse.FacetValue value(String value, long count, CityDirectory cities) {
    if (!hasParent()) {
      return SearchResponse.FacetValue.of(value, count);
    }
    List<Place> places = cities.named(value);
    return new SearchResponse.FacetValue(
        value, count, places.isEmpty() ? null : places.get(0).land());
  }

  /**
   * The facet paths (below {@link #indexDim()}) that select this value; empty when the index has
   * none.
   */
  public List<String[]> paths(String value, CityDirectory cities) {
    if (declared.joined()) {
      int dash = value.indexOf('-');
      return dash > 0
          ? List.<String[]>of(new String[] {value.substring(0, dash), value.substring(dash + 1)})
          : List.of();
    }
    if (hasParent()) {
      return cities.named(value).stream().map(p -> new String[] {p.land(), p.name()}).toList();
    }
    return List.<String[]>of(new String[] {value});
  }

  /** True when the value starts with the prefix, ignoring case. */
  public static boolean hasPrefix(String value, String prefix) {
    return value.toLowerCase(Locale.GERMAN).startsWith(prefix.toLowerCase(Locale.GERMAN));
  }

  /**
   * The counted children of a facet path; empty when the dimension or path does not occur in this
   * index.
   */
  static List<LabelAndValue> children(Facets facets, String dim, String... path)
      throws IOException {
    FacetResult result;
    try {
      result = facets.getAllChildren(dim, path);
    } catch (IllegalArgumentException | NullPointerException e) {
      // Lucene signals an absent flat dimension with IllegalArgumentException but fails on an
      // absent hierarchical
      // one (no DimTree) with a NullPointerException: an index without venue cities has no "city"
      return List.of();
    }
    return result == null ? List.of() : List.of(result.labelValues);
  }

  private static List<FacetDimension> all() {
    List<FacetDimension> out = new ArrayList<>();
    for (FacetField field : FacetField.values()) {
      field.dimensions().forEach(d -> out.add(new FacetDimension(field, d)));
    }
    return List.copyOf(out);
  }

  private static FacetDimension named(String name) {
    return byApiName(name)
        .orElseThrow(() -> new IllegalStateException("FacetField declares no dimension " + name));
  }

  /** The cities of the index by name, for turning a selected city name into its Land/City path. */
  public interface CityDirectory {
    /** Every city with this name (one per Land it occurs in). */
    List<Place> named(String name);
  }
}
