package de.smartcitysearch.opensearch.search;

import static de.smartcitysearch.opensearch.search.LuceneQueryDsl.array;
import static de.smartcitysearch.opensearch.search.LuceneQueryDsl.wrap;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import de.smartcitysearch.document.Place;
import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.opensearch.index.EventIndexMapping;
import de.smartcitysearch.search.FacetCounts;
import de.smartcitysearch.search.FacetDimension;
import de.smartcitysearch.search.IndexPlaceLexicon;
import de.smartcitysearch.search.PlaceLexicon;
import de.smartcitysearch.search.RememberedCorrections;
import de.smartcitysearch.search.SearchBackend;
import de.smartcitysearch.search.SearchBackend.IndexState;
import de.smartcitysearch.search.Suggestions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the query core derives from the cluster's index as a whole, once per index version: the
 * venue cities (for "Kieler" in a query, a selected city's Land, a city facet value's Land) and the
 * suggestions.
 *
 * <p>The version is read from what a search sees (not from the shards' write statistics, which run
 * ahead of a refresh): the number of documents and the sum of their sequence numbers, which every
 * visible write changes (an update gives its document a higher sequence number; a delete lowers the
 * count).
 */
final class ClusterView {

  private static final int TITLES_PER_PAGE = 1000;

  private final ClusterRequests cluster;
  private final SearchBackend backend;
  private volatile View view;

  ClusterView(ClusterRequests cluster, SearchBackend backend) {
    this.cluster = cluster;
    this.backend = backend;
  }

  /** The version and size of the index a search sees now. */
  IndexState state() {
    JsonObject sum = new JsonObject();
    sum.addProperty("field", "_seq_no");
    JsonObject aggs = new JsonObject();
    aggs.add("seq", wrap("sum", sum));
    JsonObject body = new JsonObject();
    body.addProperty("size", 0);
    body.addProperty("track_total_hits", true);
    body.add("aggs", aggs);
    JsonObject response = cluster.search(body, false);
    long documents =
        response.getAsJsonObject("hits").getAsJsonObject("total").get("value").getAsLong();
    long sequence =
        (long)
            response
                .getAsJsonObject("aggregations")
                .getAsJsonObject("seq")
                .get("value")
                .getAsDouble();
    return new IndexState(sequence * 31 + documents, (int) documents);
  }

  /** The view of the index version a search sees now. */
  View current() {
    IndexState state = state();
    View current = view;
    if (current != null && current.version == state.version()) {
      return current;
    }
    synchronized (this) {
      current = view;
      if (current == null || current.version != state.version()) {
        current = new View(state.version(), cities());
        view = current;
      }
      return current;
    }
  }

  /** The venue cities of the index, the most frequent first. */
  private List<Place> cities() {
    JsonObject terms = new JsonObject();
    terms.addProperty("field", FacetAggregations.field(FacetDimension.CITY));
    terms.addProperty("size", FacetAggregations.VALUES);
    JsonObject aggs = new JsonObject();
    aggs.add("cities", wrap("terms", terms));
    JsonObject body = new JsonObject();
    body.addProperty("size", 0);
    body.add("aggs", aggs);
    List<Place> out = new ArrayList<>();
    for (JsonElement b :
        cluster
            .search(body, false)
            .getAsJsonObject("aggregations")
            .getAsJsonObject("cities")
            .getAsJsonArray("buckets")) {
      String key = b.getAsJsonObject().get("key").getAsString();
      int separator = key.indexOf(EventIndexMapping.LEVEL_SEPARATOR);
      if (separator > 0) {
        out.add(
            new Place(
                key.substring(separator + EventIndexMapping.LEVEL_SEPARATOR.length()),
                key.substring(0, separator),
                ""));
      }
    }
    return out;
  }

  /** One version of the index: its cities, and its suggestions once asked for. */
  final class View implements FacetDimension.CityDirectory {
    private final long version;
    private final Map<String, List<Place>> byName = new HashMap<>();
    private final PlaceLexicon lexicon;
    private volatile Suggestions suggestions;
    private final RememberedCorrections corrections = new RememberedCorrections();

    private View(long version, List<Place> cities) {
      this.version = version;
      cities.forEach(c -> byName.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c));
      this.lexicon = new IndexPlaceLexicon(cities);
    }

    @Override
    public List<Place> named(String name) {
      return byName.getOrDefault(name, List.of());
    }

    PlaceLexicon lexicon() {
      return lexicon;
    }

    /** The spelling corrections worked out on this version. */
    RememberedCorrections corrections() {
      return corrections;
    }

    /** The suggester of this version, built on first use from every title and value count. */
    synchronized Suggestions suggestions() throws IOException {
      if (suggestions == null) {
        JsonObject body = new JsonObject();
        body.addProperty("size", 0);
        body.add("aggs", FacetAggregations.aggregations(Map.of()));
        FacetCounts all =
            FacetAggregations.counts(cluster.search(body, false).getAsJsonObject("aggregations"));
        suggestions = Suggestions.build(titles(), all);
      }
      return suggestions;
    }

    /** Suggestions for what was typed, completed from what this backend finds. */
    List<de.smartcitysearch.search.Suggestion> suggest(String typed, int max) throws IOException {
      return suggestions().lookup(typed, max, backend);
    }
  }

  /** Every document's title, page by page in id order. */
  private List<String> titles() {
    List<String> out = new ArrayList<>();
    JsonArray after = null;
    while (true) {
      JsonObject body = new JsonObject();
      body.addProperty("size", TITLES_PER_PAGE);
      body.add("_source", array());
      body.getAsJsonArray("_source").add(EventSchema.TITLE);
      JsonObject byId = new JsonObject();
      byId.addProperty(EventSchema.ID, "asc");
      body.add("sort", array(byId));
      if (after != null) {
        body.add("search_after", after);
      }
      JsonArray hits = OpenSearchTiers.hits(cluster.search(body, false));
      for (JsonElement hit : hits) {
        JsonObject source = hit.getAsJsonObject().getAsJsonObject("_source");
        out.add(
            source != null && source.has(EventSchema.TITLE)
                ? source.get(EventSchema.TITLE).getAsString()
                : null);
      }
      if (hits.size() < TITLES_PER_PAGE) {
        return out;
      }
      after = hits.get(hits.size() - 1).getAsJsonObject().getAsJsonArray("sort");
    }
  }
}
