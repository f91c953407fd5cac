package de.smartcitysearch.search;

import de.smartcitysearch.search.SearchRequest.When;
import de.smartcitysearch.search.SearchResponse.FacetValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The facet blocks of an answer, whichever engine counted them: every dimension's values with their
 * counts, a city with its Land, the month histogram continuous over the request's range, then the
 * date presets' block.
 */
public final class FacetBlocks {

  private FacetBlocks() {}

  /**
   * The blocks of these counts, keyed by the dimensions' API names in their declared order, then
   * {@link SearchResponse#WHEN_FACET} with each preset's count.
   */
  public static Map<String, List<FacetValue>> of(
      FacetCounts facets, WhenCounts presets, SearchRequest r, FacetDimension.CityDirectory cities)
      throws IOException {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (FacetDimension dim : FacetDimension.ALL) {
      Map<String, Long> counts = facets.counts(dim);
      if (dim.isMonth()) {
        counts = MonthHistogram.continuous(counts, r.from(), r.to());
      }
      List<FacetValue> values = new ArrayList<>();
      for (Map.Entry<String, Long> e : counts.entrySet()) {
        values.add(dim.value(e.getKey(), e.getValue(), cities));
      }
      out.put(dim.apiName(), values);
    }
    List<FacetValue> when = new ArrayList<>();
    for (When preset : When.values()) {
      when.add(FacetValue.of(preset.name().toLowerCase(Locale.ROOT), presets.of(preset)));
    }
    out.put(SearchResponse.WHEN_FACET, List.copyOf(when));
    return out;
  }
}
