package de.smartcitysearch.opensearch.search;

import static de.smartcitysearch.opensearch.search.LuceneQueryDsl.array;
import static de.smartcitysearch.opensearch.search.LuceneQueryDsl.wrap;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import de.smartcitysearch.analysis.QueryWord;
import de.smartcitysearch.document.DocumentKind;
import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.index.FacetField;
import de.smartcitysearch.search.CountedScore;
import de.smartcitysearch.search.FacetDimension;
import de.smartcitysearch.search.MatchPlan;
import de.smartcitysearch.search.QueryComposer;
import de.smartcitysearch.search.Scored;
import de.smartcitysearch.search.SearchPipeline;
import de.smartcitysearch.search.SearchRequest;
import de.smartcitysearch.search.SessionHits;
import de.smartcitysearch.search.TierEngine;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.IOFunction;

/**
 * The tiers of graded matching in an OpenSearch index: each tier one search request, scored with
 * the term statistics of all shards ({@code dfs_query_then_fetch}), so that a document scores as in
 * one index; facets and the date presets' counts as filter aggregations with the selections and the
 * chosen preset in the {@code post_filter} ({@link FacetAggregations}). Documents are their {@code
 * _id}s.
 *
 * <p>The upcoming boost is a {@code function_score} with a weight for events ending today or later;
 * the graded score of a word is a constant {@link CountedScore#PER_WORD} for having it plus its
 * text score times that boost; the exact-spelling rescoring and the words a hit lacks are each one
 * more request over the hits' ids, as the embedded index checks only the hits shown.
 */
final class OpenSearchTiers implements TierEngine<String> {

  private final ClusterRequests cluster;
  private final FacetDimension.CityDirectory cities;
  private final int exactUpTo;
  private final Duration timeout;
  private final IOFunction<String, String> corrector;

  OpenSearchTiers(
      ClusterRequests cluster,
      FacetDimension.CityDirectory cities,
      int exactUpTo,
      Duration timeout,
      IOFunction<String, String> corrector) {
    this.cluster = cluster;
    this.cities = cities;
    this.exactUpTo = exactUpTo;
    this.timeout = timeout;
    this.corrector = corrector;
  }

  @Override
  public Tier<String> ranked(
      Query query,
      SearchRequest r,
      LocalDate today,
      int candidates,
      boolean facets,
      boolean presets) {
    return tier(
        upcomingFirst(LuceneQueryDsl.of(query), today), r, today, candidates, facets, presets);
  }

  @Override
  public Tier<String> graded(
      MatchPlan plan, boolean withFillers, SearchRequest r, LocalDate today, int n) {
    JsonArray any = new JsonArray();
    for (QueryWord unit : plan.units(withFillers)) {
      JsonObject word = LuceneQueryDsl.of(unit.query());
      JsonObject having = new JsonObject();
      having.add("filter", word);
      having.addProperty("boost", CountedScore.PER_WORD);
      JsonObject counted = new JsonObject();
      counted.add("must", array(wrap("constant_score", having)));
      counted.add("should", array(upcomingFirst(word, today)));
      any.add(wrap("bool", counted));
    }
    JsonObject bool = new JsonObject();
    bool.add("should", any);
    bool.addProperty("minimum_should_match", 1);
    if (plan.excluded() != null) {
      bool.add("must_not", array(LuceneQueryDsl.of(plan.excluded())));
    }
    return tier(wrap("bool", bool), r, today, n, false, false);
  }

  @Override
  public List<Scored<String>> rescored(List<Scored<String>> top, Query exact, LocalDate today) {
    List<String> ids = top.stream().map(Scored::doc).toList();
    JsonObject bool = new JsonObject();
    bool.add("filter", array(LuceneQueryDsl.ids(ids)));
    bool.add("should", array(upcomingFirst(LuceneQueryDsl.of(exact), today)));
    JsonObject body = new JsonObject();
    body.add("query", wrap("bool", bool));
    body.addProperty("size", ids.size());
    body.addProperty("_source", false);
    Map<String, Float> extra = new HashMap<>();
    for (JsonElement hit : hits(cluster.search(body, true))) {
      JsonObject h = hit.getAsJsonObject();
      extra.put(h.get("_id").getAsString(), h.get("_score").getAsFloat());
    }
    // text x upcoming + exact x upcoming, as Lucene's rescorer adds them (ties keep their order)
    List<Scored<String>> out = new ArrayList<>();
    for (Scored<String> s : top) {
      out.add(new Scored<>(s.doc(), s.score() + extra.getOrDefault(s.doc(), 0f)));
    }
    out.sort(Comparator.comparing((Scored<String> s) -> s.score()).reversed());
    return out;
  }

  @Override
  public List<List<String>> missing(List<QueryWord> units, List<String> docs) {
    List<List<String>> out = new ArrayList<>();
    if (docs.isEmpty()) {
      return out;
    }
    JsonArray named = new JsonArray();
    for (int i = 0; i < units.size(); i++) {
      JsonObject bool = new JsonObject();
      bool.add("filter", array(LuceneQueryDsl.of(units.get(i).query())));
      bool.addProperty("_name", "unit" + i);
      named.add(wrap("bool", bool));
    }
    JsonObject bool = new JsonObject();
    bool.add("filter", array(LuceneQueryDsl.ids(docs)));
    bool.add("should", named);
    bool.addProperty("minimum_should_match", 0);
    JsonObject body = new JsonObject();
    body.add("query", wrap("bool", bool));
    body.addProperty("size", docs.size());
    body.addProperty("_source", false);
    Map<String, Set<String>> matched = new HashMap<>();
    for (JsonElement hit : hits(cluster.search(body, false))) {
      JsonObject h = hit.getAsJsonObject();
      Set<String> names = new HashSet<>();
      if (h.has("matched_queries")) {
        JsonElement m = h.get("matched_queries");
        if (m.isJsonArray()) {
          m.getAsJsonArray().forEach(n -> names.add(n.getAsString()));
        } else {
          names.addAll(m.getAsJsonObject().keySet());
        }
      }
      matched.put(h.get("_id").getAsString(), names);
    }
    for (String doc : docs) {
      Set<String> has = matched.getOrDefault(doc, Set.of());
      List<String> lacks = new ArrayList<>();
      for (int i = 0; i < units.size(); i++) {
        if (!has.contains("unit" + i)) {
          lacks.add(units.get(i).text());
        }
      }
      out.add(List.copyOf(lacks));
    }
    return out;
  }

  @Override
  public Map<YearMonth, Long> months(Query query, SearchRequest r, LocalDate today) {
    JsonObject body = new JsonObject();
    body.add("query", filtered(LuceneQueryDsl.of(query), r, today, true));
    body.addProperty("size", 0);
    JsonObject histogram = new JsonObject();
    histogram.addProperty("field", FacetField.MONTH.fieldName());
    histogram.addProperty("calendar_interval", "month");
    histogram.addProperty("format", "yyyy-MM");
    histogram.addProperty("min_doc_count", 1);
    JsonObject aggs = new JsonObject();
    aggs.add("months", wrap("date_histogram", histogram));
    body.add("aggs", aggs);
    JsonObject response = cluster.search(body, false);
    Map<YearMonth, Long> out = new LinkedHashMap<>();
    for (JsonElement b :
        response
            .getAsJsonObject("aggregations")
            .getAsJsonObject("months")
            .getAsJsonArray("buckets")) {
      JsonObject bucket = b.getAsJsonObject();
      out.put(
          YearMonth.parse(bucket.get("key_as_string").getAsString()),
          bucket.get("doc_count").getAsLong());
    }
    return out;
  }

  @Override
  public List<List<Scored<String>>> sessions(MatchPlan plan, List<String> events) {
    Query words = SessionHits.wordsOf(plan);
    List<List<Scored<String>>> out = new ArrayList<>();
    for (String event : events) {
      if (words == null) {
        out.add(List.of());
        continue;
      }
      JsonObject bool = new JsonObject();
      bool.add("must", array(LuceneQueryDsl.of(words)));
      bool.add(
          "filter",
          array(
              LuceneQueryDsl.term(EventSchema.KIND, DocumentKind.SESSION.id()),
              LuceneQueryDsl.term(EventSchema.EVENT_ID, event)));
      JsonObject body = new JsonObject();
      body.add("query", wrap("bool", bool));
      body.addProperty("size", SessionHits.PER_EVENT);
      body.addProperty("_source", false);
      out.add(scored(hits(cluster.search(body, true))));
    }
    return out;
  }

  /**
   * Decided as in the embedded index, on the neighbours the cluster's suggesters offer ({@code
   * corrector}).
   */
  @Override
  public String correct(String word) throws IOException {
    return corrector.apply(word);
  }

  /**
   * Runs one tier as one request: with facets and a selection or a preset chosen, these filter the
   * hits afterwards ({@code post_filter}) so that the aggregations can leave each one out of its
   * own counts, as drill-sideways does.
   */
  private Tier<String> tier(
      JsonObject scoring,
      SearchRequest r,
      LocalDate today,
      int candidates,
      boolean facets,
      boolean presets) {
    boolean sideways = facets && (r.hasSelection() || r.when() != null);
    var selections = FacetAggregations.selections(r, cities);
    JsonObject preset = FacetAggregations.preset(r, today);
    JsonObject body = new JsonObject();
    body.add("query", filtered(scoring, r, today, !sideways));
    if (sideways) {
      JsonObject all = new JsonObject();
      all.add("filter", FacetAggregations.all(selections, preset));
      body.add("post_filter", wrap("bool", all));
    }
    if (facets) {
      JsonObject aggs =
          sideways
              ? FacetAggregations.aggregations(selections, preset)
              : FacetAggregations.aggregations(Map.of(), null);
      if (presets) {
        aggs.add(
            FacetAggregations.WHEN,
            FacetAggregations.presets(sideways ? selections : Map.of(), today));
      }
      body.add("aggs", aggs);
    }
    body.addProperty("size", candidates);
    body.addProperty("track_total_hits", exactUpTo);
    body.addProperty("_source", false);
    body.addProperty("timeout", timeout.toMillis() + "ms");
    if (r.sort() != SearchRequest.SortOrder.RELEVANCE) {
      JsonObject start = new JsonObject();
      start.addProperty("order", r.sort() == SearchRequest.SortOrder.DATE ? "asc" : "desc");
      start.addProperty("missing", "_last"); // undated entries last
      JsonObject byStart = new JsonObject();
      byStart.add(EventSchema.START, start);
      body.add("sort", array(byStart, wrap("_score", new JsonObject())));
      body.addProperty("track_scores", true);
    }
    JsonObject response = cluster.search(body, true);
    JsonObject total = response.getAsJsonObject("hits").getAsJsonObject("total");
    long counted = total.get("value").getAsLong();
    boolean exact = "eq".equals(total.get("relation").getAsString());
    if (!exact && r.asksForEverything()) {
      counted = count(r); // "how many events are there": exact at the cost of a count
      exact = true;
    }
    JsonObject aggregations = response.getAsJsonObject("aggregations");
    return new Tier<>(
        counted,
        exact,
        scored(hits(response)),
        facets ? FacetAggregations.counts(aggregations) : null,
        true,
        facets && presets ? FacetAggregations.presetCounts(aggregations, exactUpTo) : null,
        response.get("timed_out").getAsBoolean());
  }

  private long count(SearchRequest r) {
    JsonObject body = new JsonObject();
    body.add(
        "query",
        r.hitKind() == null
            ? wrap("match_all", new JsonObject())
            : LuceneQueryDsl.term(EventSchema.KIND, r.hitKind().id()));
    return cluster
        .send("POST", "/" + cluster.index() + "/_count", Map.of(), body)
        .get("count")
        .getAsLong();
  }

  /**
   * The query with the request's dates and kind, and its selected facet values and date preset when
   * asked.
   */
  private JsonObject filtered(
      JsonObject query, SearchRequest r, LocalDate today, boolean selected) {
    JsonArray filters = new JsonArray();
    QueryComposer.dateFilters(r).forEach(f -> filters.add(LuceneQueryDsl.of(f)));
    if (r.hitKind() != null) {
      filters.add(LuceneQueryDsl.term(EventSchema.KIND, r.hitKind().id()));
    }
    if (selected) {
      filters.addAll(
          FacetAggregations.all(
              FacetAggregations.selections(r, cities), FacetAggregations.preset(r, today)));
    }
    JsonObject bool = new JsonObject();
    bool.add("must", array(query));
    bool.add("filter", filters);
    return wrap("bool", bool);
  }

  /** The query's score times the boost of events that have not ended by {@code today}. */
  static JsonObject upcomingFirst(JsonObject query, LocalDate today) {
    JsonObject function = new JsonObject();
    function.add("filter", LuceneQueryDsl.endsOnOrAfter(today));
    function.addProperty("weight", SearchPipeline.UPCOMING_BOOST);
    JsonObject score = new JsonObject();
    score.add("query", query);
    score.add("functions", array(function));
    score.addProperty("score_mode", "multiply");
    score.addProperty("boost_mode", "multiply");
    return wrap("function_score", score);
  }

  static JsonArray hits(JsonObject response) {
    return response.getAsJsonObject("hits").getAsJsonArray("hits");
  }

  private static List<Scored<String>> scored(JsonArray hits) {
    List<Scored<String>> out = new ArrayList<>(hits.size());
    for (JsonElement hit : hits) {
      JsonObject h = hit.getAsJsonObject();
      JsonElement score = h.get("_score");
      out.add(
          new Scored<>(
              h.get("_id").getAsString(),
              score == null || score.isJsonNull() ? 0f : score.getAsFloat()));
    }
    return out;
  }
}
