package de.smartcitysearch.server.instantsearch;

import de.smartcitysearch.search.FacetDimension;
import de.smartcitysearch.search.SearchResponse;
import de.smartcitysearch.search.SearchResponse.FacetValue;
import de.smartcitysearch.server.instantsearch.FacetFilters.Selection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Algolia's facet counts, derived from the query core's: Algolia counts every facet among the hits
 * of the query as filtered, while the core counts a filtered dimension as if its own filter were
 * lifted (drill-sideways: the other values of a multi-select facet keep their counts).
 * InstantSearch asks for those sideways counts itself, with one extra query per refined facet, and
 * needs the plain ones from the main query.
 *
 * <p>Where the derivation is exact, the counts are Algolia's: a dimension without a filter counts
 * the same either way; a selected value has its sideways count (each of its events is a hit);
 * another value of a format, type or venue has no hit (an event has one). For a topic, organisation
 * or audience the core cannot say how many of the hits also have an unselected value: those values
 * are left out and {@code exhaustiveFacetsCount} is false.
 */
final class FacetCounts {

  /** The counts of one attribute, most frequent first (ties by value). */
  record Counts(Map<String, Long> values, boolean exhaustive) {}

  private FacetCounts() {}

  /** The counts of an attribute among the hits of the query that answered with {@code response}. */
  static Counts of(FacetAttribute attribute, SearchResponse response, Selection selection) {
    FacetDimension dimension = attribute.dimension();
    List<FacetValue> sideways = response.facets().getOrDefault(dimension.apiName(), List.of());
    List<FacetValue> out = new ArrayList<>();
    boolean exhaustive = true;
    if (attribute.venue() && selection.venue()) {
      out.addAll(venue(dimension, response, selection));
    } else if (selection.of(dimension).isEmpty()) {
      out.addAll(sideways);
    } else {
      Set<String> selected = selection.of(dimension);
      for (FacetValue v : sideways) {
        if (selected.contains(v.value())) {
          out.add(v);
        } else if (v.count() > 0 && !attribute.oneValuePerEvent()) {
          exhaustive = false;
        }
      }
    }
    out.sort(
        Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
    Map<String, Long> values = new LinkedHashMap<>();
    for (FacetValue v : out) {
      if (v.count() > 0 && (!attribute.joinedWithLand() || v.land() != null)) {
        values.merge(attribute.write(v.value(), v.land()), v.count(), Long::sum);
      }
    }
    return new Counts(values, exhaustive);
  }

  /**
   * Land and city counts under a venue filter, which selects any of its Länder and cities: a city
   * counts where its Land or itself is selected; a Land counts whole where it is selected, else
   * with its selected cities.
   */
  private static List<FacetValue> venue(
      FacetDimension dimension, SearchResponse response, Selection selection) {
    Set<String> lands = selection.of(FacetDimension.LAND);
    Set<String> cities = selection.of(FacetDimension.CITY);
    List<FacetValue> cityCounts =
        response.facets().getOrDefault(FacetDimension.CITY.apiName(), List.of());
    if (dimension.equals(FacetDimension.CITY)) {
      return cityCounts.stream()
          .filter(c -> lands.contains(c.land()) || cities.contains(c.value()))
          .toList();
    }
    Map<String, Long> byLand = new LinkedHashMap<>();
    for (FacetValue land :
        response.facets().getOrDefault(FacetDimension.LAND.apiName(), List.of())) {
      if (lands.contains(land.value())) {
        byLand.put(land.value(), land.count());
      }
    }
    for (FacetValue city : cityCounts) {
      if (cities.contains(city.value()) && city.land() != null && !lands.contains(city.land())) {
        byLand.merge(city.land(), city.count(), Long::sum);
      }
    }
    List<FacetValue> out = new ArrayList<>();
    byLand.forEach((land, count) -> out.add(FacetValue.of(land, count)));
    return out;
  }
}
