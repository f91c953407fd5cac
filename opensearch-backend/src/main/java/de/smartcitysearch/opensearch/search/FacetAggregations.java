package de.smartcitysearch.opensearch.search;

import static de.smartcitysearch.opensearch.search.LuceneQueryDsl.wrap;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import de.smartcitysearch.index.FacetField;
import de.smartcitysearch.opensearch.index.EventIndexMapping;
import de.smartcitysearch.search.FacetCounts;
import de.smartcitysearch.search.FacetDimension;
import de.smartcitysearch.search.QueryComposer;
import de.smartcitysearch.search.SearchRequest;
import de.smartcitysearch.search.SearchRequest.When;
import de.smartcitysearch.search.SearchResponse;
import de.smartcitysearch.search.WhenCounts;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Facets as OpenSearch aggregations, with the drill-sideways semantics of the embedded index: the
 * selected values filter the hits ({@code post_filter}), and each facet field is counted over the
 * hits filtered by the selections of the other fields only (a filter aggregation around its terms),
 * so selecting Kiel keeps Berlin's count visible. Values of one field are alternatives (Land or
 * city, two topics); fields combine.
 *
 * <p>The date preset is one more such dimension ({@link SearchResponse#WHEN_FACET}): a chosen
 * preset filters the hits afterwards like a selection, the facets are counted with it, and the
 * presets are counted ({@link #presets}) with every selection but not the chosen preset, by the
 * ranges of {@link QueryComposer#when}.
 *
 * <p>Every value is counted (terms aggregations of up to {@value #VALUES} buckets, exact: each
 * shard returns all of its values up to that many); months by a monthly {@code date_histogram} over
 * the {@code date_range} of each event, which counts an event in every month it spans.
 */
final class FacetAggregations {

  /** The aggregation counting the date presets. */
  static final String WHEN = SearchResponse.WHEN_FACET;

  /** Most values counted per dimension. */
  static final int VALUES = 10_000;

  private static final String MISSING_VALUE = "\u0000";

  private FacetAggregations() {}

  /**
   * The selected values as one filter per facet field (its values as alternatives); a value the
   * index does not know (a city it has no event in) selects nothing.
   */
  static Map<FacetField, JsonObject> selections(
      SearchRequest r, FacetDimension.CityDirectory cities) {
    Map<FacetField, JsonArray> byField = new EnumMap<>(FacetField.class);
    for (Map.Entry<FacetDimension, List<String>> selected : r.filters().entrySet()) {
      FacetDimension dim = selected.getKey();
      JsonArray any = byField.computeIfAbsent(dim.field(), f -> new JsonArray());
      for (String value : selected.getValue()) {
        any.add(valueFilter(dim, value, cities));
      }
    }
    Map<FacetField, JsonObject> out = new EnumMap<>(FacetField.class);
    byField.forEach(
        (field, any) -> {
          JsonObject bool = new JsonObject();
          bool.add("should", any);
          bool.addProperty("minimum_should_match", 1);
          out.put(field, wrap("bool", bool));
        });
    return out;
  }

  /**
   * The documents with this value of the dimension: a month's documents are those whose span
   * intersects it; a value the index does not know (a city it has no event in) selects nothing.
   */
  static JsonObject valueFilter(
      FacetDimension dim, String value, FacetDimension.CityDirectory cities) {
    if (dim.isMonth()) {
      YearMonth month;
      try {
        month = YearMonth.parse(value);
      } catch (DateTimeParseException e) {
        return wrap("match_none", new JsonObject());
      }
      JsonObject range = new JsonObject();
      range.addProperty("gte", month.atDay(1).toString());
      range.addProperty("lte", month.atEndOfMonth().toString());
      range.addProperty("relation", "intersects");
      JsonObject field = new JsonObject();
      field.add(dim.indexDim(), range);
      return wrap("range", field);
    }
    List<String[]> paths = dim.paths(value, cities);
    JsonArray any = new JsonArray();
    if (paths.isEmpty()) {
      any.add(
          LuceneQueryDsl.term(dim.indexDim() + "." + EventIndexMapping.level(1), MISSING_VALUE));
    }
    for (String[] path : paths) {
      any.add(pathTerm(dim.field(), path));
    }
    JsonObject bool = new JsonObject();
    bool.add("should", any);
    bool.addProperty("minimum_should_match", 1);
    return wrap("bool", bool);
  }

  /** The events the request's date preset shows on {@code today}; null when it chose none. */
  static JsonObject preset(SearchRequest r, LocalDate today) {
    return r.when() == null ? null : LuceneQueryDsl.of(QueryComposer.when(r.when(), today));
  }

  /** All selections and the chosen preset (null for none) together: what the hits must have. */
  static JsonArray all(Map<FacetField, JsonObject> selections, JsonObject preset) {
    JsonArray out = new JsonArray();
    selections.values().forEach(out::add);
    if (preset != null) {
      out.add(preset);
    }
    return out;
  }

  /** The aggregations of every dimension over hits no value is selected for. */
  static JsonObject aggregations(Map<FacetField, JsonObject> selections) {
    return aggregations(selections, null);
  }

  /**
   * The aggregations of every dimension, each field's filtered by the other fields' selections and
   * the chosen preset (null for none).
   */
  static JsonObject aggregations(Map<FacetField, JsonObject> selections, JsonObject preset) {
    JsonObject aggs = new JsonObject();
    for (FacetField field : FacetField.values()) {
      if (field.dimensions().isEmpty()) {
        continue; // counted for ranking only (mentioned cities)
      }
      JsonObject inner = new JsonObject();
      for (FacetDimension dim : FacetDimension.ALL) {
        if (dim.field() != field) {
          continue;
        }
        inner.add(dim.apiName(), dimensionAggregation(dim));
      }
      JsonArray others = new JsonArray();
      selections.forEach(
          (selected, filter) -> {
            if (selected != field) {
              others.add(filter);
            }
          });
      if (preset != null) {
        others.add(preset);
      }
      JsonObject bool = new JsonObject();
      bool.add("filter", others);
      JsonObject filtered = new JsonObject();
      filtered.add("filter", wrap("bool", bool));
      filtered.add("aggs", inner);
      aggs.add(name(field), filtered);
    }
    return aggs;
  }

  /**
   * The aggregation counting each date preset on {@code today} among the hits with every selection
   * (the chosen preset left out, so that each count is what choosing it shows).
   */
  static JsonObject presets(Map<FacetField, JsonObject> selections, LocalDate today) {
    JsonObject inner = new JsonObject();
    for (When preset : When.values()) {
      inner.add(name(preset), wrap("filter", LuceneQueryDsl.of(QueryComposer.when(preset, today))));
    }
    JsonObject bool = new JsonObject();
    bool.add("filter", all(selections, null));
    JsonObject filtered = new JsonObject();
    filtered.add("filter", wrap("bool", bool));
    filtered.add("aggs", inner);
    return filtered;
  }

  /**
   * The presets' counts of a response's aggregations, as {@link #presets} asked for them, each cut
   * to the bound as the total is.
   */
  static WhenCounts presetCounts(JsonObject aggregations, long bound) {
    JsonObject when = aggregations.getAsJsonObject(WHEN);
    return WhenCounts.bounded(
        when.getAsJsonObject(name(When.UPCOMING)).get("doc_count").getAsLong(),
        when.getAsJsonObject(name(When.PAST)).get("doc_count").getAsLong(),
        bound);
  }

  private static String name(When preset) {
    return preset.name().toLowerCase(Locale.ROOT);
  }

  /** The counts of a response's aggregations, as {@link #aggregations} asked for them. */
  static FacetCounts counts(JsonObject aggregations) {
    Map<FacetDimension, Map<String, Long>> counts = new HashMap<>();
    for (FacetDimension dim : FacetDimension.ALL) {
      JsonObject field = aggregations.getAsJsonObject(name(dim.field()));
      JsonObject agg = field == null ? null : field.getAsJsonObject(dim.apiName());
      List<Map.Entry<String, Long>> values = new ArrayList<>();
      if (agg != null) {
        for (JsonElement b : agg.getAsJsonArray("buckets")) {
          JsonObject bucket = b.getAsJsonObject();
          long count = bucket.get("doc_count").getAsLong();
          if (count == 0) {
            continue;
          }
          String key =
              bucket.has("key_as_string")
                  ? bucket.get("key_as_string").getAsString()
                  : bucket.get("key").getAsString();
          values.add(Map.entry(label(dim, key), count));
        }
      }
      counts.put(dim, FacetDimension.ordered(values));
    }
    return dimension -> counts.getOrDefault(dimension, Map.of());
  }

  private static JsonObject dimensionAggregation(FacetDimension dim) {
    if (dim.isMonth()) {
      JsonObject histogram = new JsonObject();
      histogram.addProperty("field", dim.indexDim());
      histogram.addProperty("calendar_interval", "month");
      histogram.addProperty("format", "yyyy-MM");
      histogram.addProperty("min_doc_count", 1);
      return wrap("date_histogram", histogram);
    }
    JsonObject terms = new JsonObject();
    terms.addProperty("field", field(dim));
    terms.addProperty("size", VALUES);
    terms.addProperty("shard_size", VALUES);
    return wrap("terms", terms);
  }

  /** The keyword field holding a dimension's values. */
  static String field(FacetDimension dim) {
    return dim.field().shape() == FacetField.Shape.PATH
        ? dim.indexDim() + "." + EventIndexMapping.level(dim.declared().depth() - 1)
        : dim.indexDim();
  }

  /** The value of a bucket key: the city of "Land > Stadt". */
  private static String label(FacetDimension dim, String key) {
    if (dim.field().shape() == FacetField.Shape.PATH && !dim.isMonth()) {
      int separator = key.lastIndexOf(EventIndexMapping.LEVEL_SEPARATOR);
      return separator < 0
          ? key
          : key.substring(separator + EventIndexMapping.LEVEL_SEPARATOR.length());
    }
    return key;
  }

  private static JsonObject pathTerm(FacetField field, String[] path) {
    if (field.shape() != FacetField.Shape.PATH) {
      return LuceneQueryDsl.term(field.fieldName(), path[0]);
    }
    return LuceneQueryDsl.term(
        field.fieldName() + "." + EventIndexMapping.level(path.length - 1),
        String.join(EventIndexMapping.LEVEL_SEPARATOR, path));
  }

  private static String name(FacetField field) {
    return "facets_" + field.fieldName();
  }
}
