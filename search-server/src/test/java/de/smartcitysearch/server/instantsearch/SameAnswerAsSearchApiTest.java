package de.smartcitysearch.server.instantsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One query core, two wire formats: the same search through {@code /api/search} and through the
 * InstantSearch protocol (as InstantSearch sends it: the main query, plus one query without its own
 * filter for a refined multi-select facet) finds the same events in the same order, with the same
 * total and the same facet counts.
 */
class SameAnswerAsSearchApiTest {

  /**
   * The facets both answers have: every dimension but the month histogram, which /api/search fills
   * with zeros.
   */
  private static final List<String> FACETS =
      List.of("land", "city", "topic", "organisation", "format", "type", "audience");

  private static ProtocolServer server;

  @BeforeAll
  static void start() throws Exception {
    server = new ProtocolServer();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @ParameterizedTest(name = "\"{0}\" {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      ''                          | ''
      Datenplattform Kiel         | ''
      Kongress                    | ''
      Smart City                  | ''
      Digitaler Zwilling          | ''
      Workshop Verstetigung       | ''
      Regionalkonferenz Konstnaz  | ''
      Smart City                  | topic=Verstetigung
      ''                          | topic=Wissenstransfer&topic=Mobilität
      Workshop                    | land=Berlin
      Kongress                    | format=Präsenz&organisation=Fraunhofer IESE
      """)
  void theProtocolFindsWhatTheApiFinds(String text, String filters) throws Exception {
    Map<String, List<String>> selected = parse(filters);
    JsonObject api = server.get("/api/search?size=20&q=" + encode(text) + query(selected));
    JsonArray results = server.queries(instantSearchCall(text, selected)).getAsJsonArray("results");
    JsonObject main = results.get(0).getAsJsonObject();

    assertEquals(apiIds(api), protocolIds(main), "same hits in the same order");
    assertFalse(apiIds(api).isEmpty(), "a query that finds something");
    assertEquals(api.get("total").getAsLong(), main.get("nbHits").getAsLong());

    int extra = 1;
    for (String facet : FACETS) {
      // a refined facet's counts come from its own query, as InstantSearch reads them
      JsonObject from = selected.containsKey(facet) ? results.get(extra++).getAsJsonObject() : main;
      assertEquals(
          apiCounts(api, facet),
          from.getAsJsonObject("facets").getAsJsonObject(facet),
          facet + " counts");
    }
  }

  /**
   * What InstantSearch sends for these refinements: one query for the hits, one per refined facet.
   */
  private static String instantSearchCall(String text, Map<String, List<String>> selected) {
    StringBuilder requests =
        new StringBuilder("{\"requests\":[" + request(text, 20, FACETS, selected, null));
    for (String facet : FACETS) {
      if (selected.containsKey(facet)) {
        requests.append(',').append(request(text, 0, List.of(facet), selected, facet));
      }
    }
    return requests.append("]}").toString();
  }

  private static String request(
      String text,
      int hitsPerPage,
      List<String> facets,
      Map<String, List<String>> selected,
      String without) {
    JsonObject params = new JsonObject();
    params.addProperty("query", text);
    params.addProperty("hitsPerPage", hitsPerPage);
    params.addProperty("page", 0);
    JsonArray facetNames = new JsonArray();
    facets.forEach(facetNames::add);
    params.add("facets", facetNames);
    JsonArray filters = new JsonArray();
    selected.forEach(
        (facet, values) -> {
          if (!facet.equals(without)) {
            JsonArray anyOf = new JsonArray();
            values.forEach(v -> anyOf.add(facet + ":" + v));
            filters.add(anyOf);
          }
        });
    if (!filters.isEmpty()) {
      params.add("facetFilters", filters);
    }
    JsonObject request = new JsonObject();
    request.addProperty("indexName", "events");
    request.add("params", params);
    return request.toString();
  }

  private static Map<String, List<String>> parse(String filters) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (!filters.isEmpty()) {
      for (String pair : filters.split("&")) {
        String[] kv = pair.split("=", 2);
        out.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(kv[1]);
      }
    }
    return out;
  }

  private static String query(Map<String, List<String>> selected) {
    StringBuilder out = new StringBuilder();
    selected.forEach(
        (facet, values) ->
            values.forEach(v -> out.append('&').append(facet).append('=').append(encode(v))));
    return out.toString();
  }

  private static List<String> apiIds(JsonObject api) {
    List<String> out = new ArrayList<>();
    api.getAsJsonArray("hits").forEach(h -> out.add(h.getAsJsonObject().get("id").getAsString()));
    return out;
  }

  private static List<String> protocolIds(JsonObject result) {
    List<String> out = new ArrayList<>();
    result
        .getAsJsonArray("hits")
        .forEach(h -> out.add(h.getAsJsonObject().get("objectID").getAsString()));
    return out;
  }

  /**
   * The API's counts of a facet as Algolia writes them: value to count, values without hits left
   * out.
   */
  private static JsonObject apiCounts(JsonObject api, String facet) {
    JsonObject out = new JsonObject();
    for (JsonElement v : api.getAsJsonObject("facets").getAsJsonArray(facet)) {
      long count = v.getAsJsonObject().get("count").getAsLong();
      if (count > 0) {
        out.addProperty(v.getAsJsonObject().get("value").getAsString(), count);
      }
    }
    return out;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
