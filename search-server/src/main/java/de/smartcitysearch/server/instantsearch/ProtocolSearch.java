package de.smartcitysearch.server.instantsearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import de.smartcitysearch.search.FacetDimension;
import de.smartcitysearch.search.SearchBackend;
import de.smartcitysearch.search.SearchRequest;
import de.smartcitysearch.search.SearchResponse;
import de.smartcitysearch.search.SearchResponse.FacetValue;
import de.smartcitysearch.search.SearchResponse.Hit;
import de.smartcitysearch.server.instantsearch.FacetCounts.Counts;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one query of the protocol on the query core and writes Algolia's answer: a search ({@code
 * hits}, {@code nbHits}, {@code facets}, ...) or a facet-value search ({@code facetHits}).
 */
final class ProtocolSearch {

  static final int DEFAULT_MAX_FACET_HITS = 10;
  static final int MAX_FACET_HITS = 100;

  private final SearchBackend backend;

  /** Told of this call's search when it found nothing. */
  @FunctionalInterface
  interface NothingFoundHere {
    void record(SearchRequest request) throws IOException;
  }

  ProtocolSearch(SearchBackend backend) {
    this.backend = backend;
  }

  /**
   * A search: the page of hits, the counts and the facets the query asks for.
   *
   * @param nothingFound told of the request when a query that shows hits found none (not the
   *     hitless queries InstantSearch adds for facet counts, which would log one search several
   *     times)
   */
  JsonObject search(String index, QueryParameters parameters, NothingFoundHere nothingFound)
      throws IOException {
    ProtocolQuery query = ProtocolQuery.read(index, parameters);
    SearchResponse response = query.matchesNothing() ? null : backend.search(query.request());
    if (response != null
        && response.total() == 0
        && !response.timedOut()
        && query.hitsPerPage() > 0) {
      nothingFound.record(query.request());
    }
    JsonObject out = new JsonObject();
    JsonArray hits = new JsonArray();
    if (response != null && query.hitsPerPage() > 0) {
      for (Hit hit : response.hits()) {
        hits.add(HitWriter.write(hit, query));
      }
    }
    out.add("hits", hits);
    long nbHits = response == null ? 0 : response.total();
    out.addProperty("nbHits", nbHits);
    out.addProperty("page", query.page());
    out.addProperty("nbPages", pages(nbHits, query.hitsPerPage()));
    out.addProperty("hitsPerPage", query.hitsPerPage());
    boolean complete = response == null || !response.timedOut();
    // above the visitor bound the total is a lower bound and the facet counts are estimates
    boolean facetsComplete = complete && (response == null || response.facetsExact());
    complete &= response == null || response.totalExact();
    JsonObject facets = new JsonObject();
    JsonObject stats = new JsonObject();
    for (String name : query.facets()) {
      if (name.equals(ProtocolQuery.DATE)) {
        if (response != null) {
          dateStats(response).ifPresent(s -> stats.add(ProtocolQuery.DATE, s));
        }
        continue;
      }
      FacetAttribute attribute = FacetAttribute.named(name).orElseThrow();
      Counts counts =
          response == null
              ? new Counts(Map.of(), true)
              : FacetCounts.of(attribute, response, query.selection());
      facetsComplete &= counts.exhaustive();
      JsonObject values = new JsonObject();
      counts.values().entrySet().stream()
          .limit(query.maxValuesPerFacet())
          .forEach(e -> values.addProperty(e.getKey(), e.getValue()));
      facets.add(name, values);
    }
    out.add("facets", facets);
    out.add("facets_stats", stats);
    out.addProperty("exhaustiveNbHits", complete);
    out.addProperty("exhaustiveFacetsCount", facetsComplete);
    JsonObject exhaustive = new JsonObject();
    exhaustive.addProperty("nbHits", complete);
    exhaustive.addProperty("facetsCount", facetsComplete);
    out.add("exhaustive", exhaustive);
    out.addProperty("processingTimeMS", response == null ? 0 : response.tookMs());
    out.addProperty("query", query.text());
    out.addProperty("params", parameters.echo());
    out.addProperty("index", index);
    return out;
  }

  /**
   * A facet-value search: the values of one facet among the hits of the query whose words start
   * with {@code facetQuery}, most frequent first.
   */
  JsonObject facetValues(String index, String facet, QueryParameters parameters)
      throws IOException {
    FacetAttribute attribute =
        FacetAttribute.named(facet == null ? "" : facet)
            .orElseThrow(
                () ->
                    QueryParameters.bad(
                        "facet",
                        "no facet '" + facet + "' to search in; known: " + FacetAttribute.names()));
    ProtocolQuery query = ProtocolQuery.read(index, parameters);
    String typed = parameters.text("facetQuery", "");
    if (typed.length() > FacetFilters.MAX_VALUE_LENGTH) {
      throw QueryParameters.bad(
          "facetQuery", "facetQuery has at most " + FacetFilters.MAX_VALUE_LENGTH + " characters");
    }
    int max = parameters.integer("maxFacetHits", DEFAULT_MAX_FACET_HITS, 1, MAX_FACET_HITS);
    SearchResponse response = query.matchesNothing() ? null : backend.search(query.request());
    JsonArray facetHits = new JsonArray();
    boolean exhaustive = response == null || !response.timedOut();
    if (response != null) {
      Counts counts = FacetCounts.of(attribute, response, query.selection());
      exhaustive &= counts.exhaustive();
      for (Map.Entry<String, Long> value : counts.values().entrySet()) {
        String highlighted = FacetValueMatch.highlighted(value.getKey(), typed, query.tags());
        if (highlighted != null && facetHits.size() < max) {
          JsonObject hit = new JsonObject();
          hit.addProperty("value", value.getKey());
          hit.addProperty("highlighted", highlighted);
          hit.addProperty("count", value.getValue());
          facetHits.add(hit);
        }
      }
    }
    JsonObject out = new JsonObject();
    out.add("facetHits", facetHits);
    out.addProperty("exhaustiveFacetsCount", exhaustive);
    out.addProperty("processingTimeMS", response == null ? 0 : response.tookMs());
    return out;
  }

  /** Pages a client can reach: the query core serves hits up to a depth. */
  private static long pages(long hits, int perPage) {
    if (perPage == 0) {
      return 0;
    }
    long reachable = Math.min(hits, SearchRequest.MAX_DEPTH);
    return (reachable + perPage - 1) / perPage;
  }

  /**
   * The first and last day of the hits' events in Unix seconds, to the month: the query core counts
   * the months the hits take place in, so min is the first day of the earliest month and max the
   * last day of the latest.
   */
  private static Optional<JsonObject> dateStats(SearchResponse response) {
    List<String> months =
        response.facets().getOrDefault(FacetDimension.MONTH.apiName(), List.of()).stream()
            .filter(m -> m.count() > 0)
            .map(FacetValue::value)
            .sorted()
            .toList();
    if (months.isEmpty()) {
      return Optional.empty();
    }
    JsonObject stats = new JsonObject();
    stats.addProperty("min", seconds(YearMonth.parse(months.get(0)).atDay(1)));
    stats.addProperty(
        "max", seconds(YearMonth.parse(months.get(months.size() - 1)).atEndOfMonth()));
    return Optional.of(stats);
  }

  private static long seconds(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
  }
}
