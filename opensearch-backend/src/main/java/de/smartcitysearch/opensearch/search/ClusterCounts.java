package de.smartcitysearch.opensearch.search;

import static de.smartcitysearch.opensearch.search.LuceneQueryDsl.wrap;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import de.smartcitysearch.search.CuratorQueries;
import de.smartcitysearch.search.FacetDimension;
import java.util.Map;

/**
 * The curators' exact counts in the cluster: the documents of a scope (and of a row value) counted
 * with a {@code track_total_hits} search and the facet aggregations over all of them.
 */
final class ClusterCounts {

  private ClusterCounts() {}

  /** The counter of the curators' tables over this index, with the cities of this view. */
  static CuratorQueries.Counter over(ClusterRequests cluster, FacetDimension.CityDirectory cities) {
    return (scope, rows, rowValue) -> {
      JsonArray filters = new JsonArray();
      CuratorQueries.scope(scope).forEach(f -> filters.add(LuceneQueryDsl.of(f)));
      if (rows != null) {
        filters.add(FacetAggregations.valueFilter(rows, rowValue, cities));
      }
      JsonObject bool = new JsonObject();
      bool.add("filter", filters);
      JsonObject body = new JsonObject();
      body.add("query", wrap("bool", bool));
      body.addProperty("size", 0);
      body.addProperty("track_total_hits", true);
      body.add("aggs", FacetAggregations.aggregations(Map.of()));
      JsonObject response = cluster.search(body, false);
      return new CuratorQueries.Counted(
          response.getAsJsonObject("hits").getAsJsonObject("total").get("value").getAsLong(),
          FacetAggregations.counts(response.getAsJsonObject("aggregations")));
    };
  }
}
