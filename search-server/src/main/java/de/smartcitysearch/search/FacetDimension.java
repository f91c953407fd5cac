package de.smartcitysearch.search;

import de.smartcitysearch.document.Place;
import de.smartcitysearch.index.EventSchema;
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
 * The facet dimensions of the API and how each maps onto the index's facet fields: "land" and "city" are the two
 * levels of the hierarchical venue dimension, "month" the year/month levels flattened to "2026-04".
 */
public enum FacetDimension {
  CITY("city", EventSchema.FACET_CITY),
  LAND("land", EventSchema.FACET_CITY),
  TOPIC("topic", EventSchema.FACET_TOPIC),
  ORGANISATION("organisation", EventSchema.FACET_ORGANISATION),
  FORMAT("format", EventSchema.FACET_FORMAT),
  TYPE("type", EventSchema.FACET_TYPE),
  MONTH("month", EventSchema.FACET_MONTH);

  private final String apiName;
  private final String indexDim;

  FacetDimension(String apiName, String indexDim) {
    this.apiName = apiName;
    this.indexDim = indexDim;
  }

  /** The name in URLs and JSON. */
  public String apiName() {
    return apiName;
  }

  /** The facet dimension in the index. */
  public String indexDim() {
    return indexDim;
  }

  /** The dimension with this API name. */
  public static Optional<FacetDimension> byApiName(String name) {
    for (FacetDimension d : values()) {
      if (d.apiName.equals(name)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** Every value with its count, most frequent first (ties by name). */
  public Map<String, Long> counts(Facets facets) throws IOException {
    List<LabelAndValue> values = new ArrayList<>();
    switch (this) {
      case CITY -> {
        for (LabelAndValue land : children(facets, indexDim)) {
          values.addAll(children(facets, indexDim, land.label));
        }
      }
      case MONTH -> {
        for (LabelAndValue year : children(facets, indexDim)) {
          for (LabelAndValue month : children(facets, indexDim, year.label)) {
            values.add(new LabelAndValue(year.label + "-" + month.label, month.value));
          }
        }
      }
      default -> values.addAll(children(facets, indexDim));
    }
    values.sort((a, b) -> a.value.longValue() != b.value.longValue()
        ? Long.compare(b.value.longValue(), a.value.longValue())
        : a.label.compareTo(b.label));
    Map<String, Long> out = new LinkedHashMap<>();
    for (LabelAndValue v : values) {
      out.merge(v.label, v.value.longValue(), Long::sum); // one city name in two Länder adds up
    }
    return out;
  }

  /** The facet paths (below {@link #indexDim()}) that select this value; empty when the index has none. */
  public List<String[]> paths(String value, CityDirectory cities) {
    return switch (this) {
      case CITY -> cities.named(value).stream().map(p -> new String[] {p.land(), p.name()}).toList();
      case MONTH -> value.matches("\\d{4}-\\d{2}")
          ? List.<String[]>of(new String[] {value.substring(0, 4), value.substring(5)})
          : List.of();
      default -> List.<String[]>of(new String[] {value});
    };
  }

  /** True when the value starts with the prefix, ignoring case. */
  public static boolean hasPrefix(String value, String prefix) {
    return value.toLowerCase(Locale.GERMAN).startsWith(prefix.toLowerCase(Locale.GERMAN));
  }

  /** The counted children of a facet path; empty when the dimension or path does not occur in this index. */
  static List<LabelAndValue> children(Facets facets, String dim, String... path) throws IOException {
    FacetResult result;
    try {
      result = facets.getAllChildren(dim, path);
    } catch (IllegalArgumentException | NullPointerException e) {
      // Lucene 10.6 signals an absent flat dimension with IllegalArgumentException but fails on an absent
      // hierarchical one (no DimTree) with a NullPointerException: an index without venue cities has no "city"
      return List.of();
    }
    return result == null ? List.of() : List.of(result.labelValues);
  }

  /** The cities of the index by name, for turning a selected city name into its Land/City path. */
  public interface CityDirectory {
    /** Every city with this name (one per Land it occurs in). */
    List<Place> named(String name);
  }
}
