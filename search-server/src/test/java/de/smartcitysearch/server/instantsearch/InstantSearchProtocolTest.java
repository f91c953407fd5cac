package de.smartcitysearch.server.instantsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import de.smartcitysearch.server.ServerConfig;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Algolia's search protocol as InstantSearch.js and the algoliasearch clients speak it, against the
 * real server over the seed pages: the request forms of the client versions, facet filters, facet
 * counts, dates, highlighting, the facet-value search, and a clear 400 for what is not supported;
 * reads only, limited and cross-origin like the API.
 */
class InstantSearchProtocolTest {

  private static ProtocolServer server;

  @BeforeAll
  static void start() throws Exception {
    server = new ProtocolServer();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  /** One query, its parameters beside indexName as algoliasearch v5 sends them. */
  private static JsonObject search(String params) throws Exception {
    return server
        .queries("{\"requests\":[{\"indexName\":\"events\"," + params + "}]}")
        .getAsJsonArray("results")
        .get(0)
        .getAsJsonObject();
  }

  private static List<String> ids(JsonObject result) {
    List<String> out = new ArrayList<>();
    result
        .getAsJsonArray("hits")
        .forEach(h -> out.add(h.getAsJsonObject().get("objectID").getAsString()));
    return out;
  }

  private static long seconds(String day) {
    return LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
  }

  @Test
  void aMultiQueryAnswersEveryQueryInAlgoliasShapeInOrder() throws Exception {
    JsonArray results =
        server
            .queries(
                """
        {"requests":[
          {"indexName":"events","params":{"query":"Kongress","hitsPerPage":2,"facets":["topic"]}},
          {"indexName":"events","params":{"query":"","hitsPerPage":0,"page":0,"facets":["format"]}}]}""")
            .getAsJsonArray("results");
    assertEquals(2, results.size());
    JsonObject first = results.get(0).getAsJsonObject();
    for (String field :
        List.of(
            "hits",
            "nbHits",
            "page",
            "nbPages",
            "hitsPerPage",
            "processingTimeMS",
            "query",
            "params",
            "index",
            "facets",
            "facets_stats",
            "exhaustiveNbHits",
            "exhaustiveFacetsCount")) {
      assertTrue(first.has(field), field + " in " + first.keySet());
    }
    assertEquals("Kongress", first.get("query").getAsString());
    assertEquals("events", first.get("index").getAsString());
    assertEquals(2, first.getAsJsonArray("hits").size());
    JsonObject hit = first.getAsJsonArray("hits").get(0).getAsJsonObject();
    assertEquals(hit.get("id").getAsString(), hit.get("objectID").getAsString());
    assertTrue(
        hit.getAsJsonObject("_highlightResult")
            .getAsJsonObject("title")
            .get("value")
            .getAsString()
            .matches(".*<em>[^<]*Kongress</em>.*"),
        hit.toString()); // a compound is marked whole: MPSC-Kongress
    long nbHits = first.get("nbHits").getAsLong();
    assertEquals((nbHits + 1) / 2, first.get("nbPages").getAsLong());

    JsonObject counts = results.get(1).getAsJsonObject();
    assertEquals(0, counts.getAsJsonArray("hits").size(), "hitsPerPage 0: counts and facets only");
    assertEquals(0, counts.get("nbPages").getAsLong());
    long all = counts.get("nbHits").getAsLong();
    long byFormat =
        counts.getAsJsonObject("facets").getAsJsonObject("format").entrySet().stream()
            .mapToLong(e -> e.getValue().getAsLong())
            .sum();
    assertEquals(all, byFormat, "every seed page has one format");
  }

  @Test
  void theClientVersionsWriteParametersThreeWaysAndGetTheSameAnswer() throws Exception {
    String encoded =
        "query="
            + URLEncoder.encode("Smart City", StandardCharsets.UTF_8)
            + "&hitsPerPage=5&facets="
            + URLEncoder.encode("[\"topic\",\"city.lvl0\"]", StandardCharsets.UTF_8)
            + "&facetFilters="
            + URLEncoder.encode("[[\"format:Präsenz\"]]", StandardCharsets.UTF_8);
    JsonObject v4 = search("\"params\":\"" + encoded + "\"");
    JsonObject v3 =
        search(
            "\"params\":{\"query\":\"Smart City\",\"hitsPerPage\":5,\"facets\":[\"topic\",\"city.lvl0\"],"
                + "\"facetFilters\":[[\"format:Präsenz\"]]}");
    JsonObject v5 =
        search(
            "\"query\":\"Smart City\",\"hitsPerPage\":5,\"facets\":[\"topic\",\"city.lvl0\"],"
                + "\"facetFilters\":[[\"format:Präsenz\"]]");
    assertFalse(ids(v5).isEmpty());
    assertEquals(ids(v5), ids(v4));
    assertEquals(ids(v5), ids(v3));
    assertEquals(v5.get("facets"), v4.get("facets"));
    assertEquals(v5.get("facets"), v3.get("facets"));
    assertEquals(v5.get("nbHits"), v4.get("nbHits"));
  }

  @Test
  void outerFiltersMustAllHoldAndAnInnerListNeedsAnyOfItsValues() throws Exception {
    JsonObject api =
        server.get("/api/search?topic=Mobilit%C3%A4t&topic=Energie&format=Pr%C3%A4senz&size=100");
    JsonObject either =
        search(
            "\"hitsPerPage\":100,\"facetFilters\":[[\"topic:Mobilität\",\"topic:Energie\"],"
                + "\"format:Präsenz\"]");
    assertTrue(either.get("nbHits").getAsLong() > 0);
    assertEquals(api.get("total").getAsLong(), either.get("nbHits").getAsLong());
    for (JsonElement h : either.getAsJsonArray("hits")) {
      JsonObject hit = h.getAsJsonObject();
      assertEquals("Präsenz", hit.get("format").getAsString());
      Set<String> topics = new HashSet<>();
      hit.getAsJsonArray("topics").forEach(t -> topics.add(t.getAsString()));
      assertTrue(topics.contains("Mobilität") || topics.contains("Energie"), topics.toString());
    }
    JsonObject one = search("\"facetFilters\":[\"topic:Mobilität\"]");
    assertTrue(one.get("nbHits").getAsLong() < either.get("nbHits").getAsLong() + 1);

    // an event has one format: two different ones can never both hold
    JsonObject none =
        search("\"facets\":[\"topic\"],\"facetFilters\":[\"format:Präsenz\",\"format:Online\"]");
    assertEquals(0, none.get("nbHits").getAsLong());
    assertEquals(0, none.getAsJsonArray("hits").size());
    assertEquals(new JsonObject(), none.getAsJsonObject("facets").getAsJsonObject("topic"));
  }

  @Test
  void facetsCountTheHitsAsFilteredWhileTheExtraQueryOfAMultiSelectFacetCountsSideways()
      throws Exception {
    JsonObject unfiltered = search("\"hitsPerPage\":0,\"facets\":[\"topic\",\"format\"]");
    long mobility =
        unfiltered.getAsJsonObject("facets").getAsJsonObject("topic").get("Mobilität").getAsLong();
    // the main query of InstantSearch with one topic refined
    JsonObject main =
        search(
            "\"hitsPerPage\":0,\"facets\":[\"topic\",\"format\"],"
                + "\"facetFilters\":[[\"topic:Mobilität\"]]");
    assertEquals(mobility, main.get("nbHits").getAsLong());
    JsonObject topics = main.getAsJsonObject("facets").getAsJsonObject("topic");
    assertEquals(mobility, topics.get("Mobilität").getAsLong(), "every hit has the selected topic");
    assertEquals(
        Set.of("Mobilität"),
        topics.keySet(),
        "other topics of the same hits cannot be counted exactly");
    assertFalse(main.get("exhaustiveFacetsCount").getAsBoolean(), "and the answer says so");
    long byFormat =
        main.getAsJsonObject("facets").getAsJsonObject("format").entrySet().stream()
            .mapToLong(e -> e.getValue().getAsLong())
            .sum();
    assertEquals(mobility, byFormat, "an unfiltered facet counts the filtered hits");
    // the extra query InstantSearch sends for the refined facet: without its own filter, only that
    // facet
    JsonObject extra =
        search(
            "\"hitsPerPage\":0,\"facets\":\"topic\",\"analytics\":false,\"clickAnalytics\":false");
    assertEquals(
        unfiltered.getAsJsonObject("facets").get("topic"),
        extra.getAsJsonObject("facets").get("topic"));
  }

  @Test
  void theVenueIsAHierarchyOfLandAndLandThenCity() throws Exception {
    JsonObject all = search("\"hitsPerPage\":0,\"facets\":[\"city.lvl0\",\"city.lvl1\",\"land\"]");
    JsonObject facets = all.getAsJsonObject("facets");
    assertEquals(facets.get("land"), facets.get("city.lvl0"));
    assertTrue(
        facets.getAsJsonObject("city.lvl1").has("Schleswig-Holstein > Kiel"), facets.toString());

    JsonObject kiel =
        search(
            "\"hitsPerPage\":20,\"facets\":[\"city.lvl0\",\"city.lvl1\"],"
                + "\"facetFilters\":[[\"city.lvl1:Schleswig-Holstein > Kiel\"]]");
    long inKiel = facets.getAsJsonObject("city.lvl1").get("Schleswig-Holstein > Kiel").getAsLong();
    assertEquals(inKiel, kiel.get("nbHits").getAsLong());
    kiel.getAsJsonArray("hits")
        .forEach(h -> assertEquals("Kiel", h.getAsJsonObject().get("city").getAsString()));
    JsonObject levels = kiel.getAsJsonObject("facets");
    assertEquals(
        JsonParser.parseString("{\"Schleswig-Holstein\":" + inKiel + "}"), levels.get("city.lvl0"));
    assertEquals(
        JsonParser.parseString("{\"Schleswig-Holstein > Kiel\":" + inKiel + "}"),
        levels.get("city.lvl1"));

    JsonObject berlin =
        search(
            "\"hitsPerPage\":0,\"facets\":[\"city.lvl1\"],\"facetFilters\":[[\"city.lvl0:Berlin\"]]");
    assertEquals(
        Set.of("Berlin > Berlin"),
        berlin.getAsJsonObject("facets").getAsJsonObject("city.lvl1").keySet());
  }

  @Test
  void datesAreNumericFiltersOnTheDaysAnEventTakesPlace() throws Exception {
    JsonObject api = server.get("/api/search?from=2025-10-01&to=2025-12-31&size=100");
    JsonObject range =
        search(
            "\"hitsPerPage\":100,\"numericFilters\":[\"date>="
                + seconds("2025-10-01")
                + "\",\"date<="
                + seconds("2025-12-31")
                + "\"]");
    assertTrue(range.get("nbHits").getAsLong() > 0);
    assertEquals(api.get("total").getAsLong(), range.get("nbHits").getAsLong());
    List<String> apiIds = new ArrayList<>();
    api.getAsJsonArray("hits")
        .forEach(h -> apiIds.add(h.getAsJsonObject().get("id").getAsString()));
    assertEquals(apiIds, ids(range));
    JsonObject between =
        search(
            "\"hitsPerPage\":100,\"numericFilters\":\"date:"
                + seconds("2025-10-01")
                + " TO "
                + seconds("2025-12-31")
                + "\"");
    assertEquals(ids(range), ids(between));
    JsonObject sameByStartAndEnd =
        search(
            "\"hitsPerPage\":100,\"numericFilters\":[\"end>="
                + seconds("2025-10-01")
                + "\",\"start<="
                + seconds("2025-12-31")
                + "\"]");
    assertEquals(ids(range), ids(sameByStartAndEnd));
    // the Kiel congress (18-19 November 2025) takes place on the 19th
    JsonObject onTheDay =
        search("\"hitsPerPage\":100,\"numericFilters\":[\"date=" + seconds("2025-11-19") + "\"]");
    assertTrue(
        onTheDay.getAsJsonArray("hits").asList().stream()
            .anyMatch(h -> h.getAsJsonObject().get("title").getAsString().contains("Kiel")),
        onTheDay.toString());
    JsonObject stats =
        search("\"hitsPerPage\":0,\"facets\":[\"date\"]")
            .getAsJsonObject("facets_stats")
            .getAsJsonObject("date");
    assertEquals(
        seconds("2022-10-01"), stats.get("min").getAsLong(), "the earliest seed month (Oct 2022)");
    assertEquals(
        seconds("2026-04-30"),
        stats.get("max").getAsLong(),
        "the latest (April 2026), to the month");
  }

  @Test
  void highlightingUsesTheClientsTagsAroundRawText() throws Exception {
    JsonObject result =
        search(
            "\"query\":\"Datenplattform Kiel\",\"hitsPerPage\":1,"
                + "\"highlightPreTag\":\"__ais-highlight__\",\"highlightPostTag\":\"__/ais-highlight__\","
                + "\"attributesToSnippet\":[\"text:20\"]");
    JsonObject hit = result.getAsJsonArray("hits").get(0).getAsJsonObject();
    JsonObject title = hit.getAsJsonObject("_highlightResult").getAsJsonObject("title");
    assertEquals(
        "7. MPSC-Kongress in __ais-highlight__Kiel__/ais-highlight__: Gekommen um zu bleiben – "
            + "Zukunftsaufgabe Smart City",
        title.get("value").getAsString());
    assertEquals("full", title.get("matchLevel").getAsString());
    assertEquals("[\"kiel\"]", title.get("matchedWords").toString());
    String snippet =
        hit.getAsJsonObject("_snippetResult").getAsJsonObject("text").get("value").getAsString();
    assertTrue(snippet.contains("__ais-highlight__Datenplattformen__/ais-highlight__"), snippet);
    assertFalse(
        snippet.contains("&#") || snippet.contains("&amp;") || snippet.contains("<mark>"), snippet);
    assertTrue(snippet.contains("„MPSC Gold Nuggets“"), "quotes come back as text: " + snippet);
  }

  @Test
  void attributesToRetrieveChooseTheFieldsOfTheEventShape() throws Exception {
    JsonObject hit =
        search(
                "\"query\":\"Kongress\",\"hitsPerPage\":1,\"attributesToRetrieve\":[\"title\",\"city\"],"
                    + "\"attributesToHighlight\":[]")
            .getAsJsonArray("hits")
            .get(0)
            .getAsJsonObject();
    assertEquals(Set.of("objectID", "title", "city"), hit.keySet());
    JsonObject all =
        search("\"query\":\"Kongress\",\"hitsPerPage\":1")
            .getAsJsonArray("hits")
            .get(0)
            .getAsJsonObject();
    assertTrue(
        all.keySet()
            .containsAll(
                Set.of(
                    "id",
                    "kind",
                    "title",
                    "teaser",
                    "url",
                    "start",
                    "end",
                    "start_time",
                    "city",
                    "land",
                    "location",
                    "cities",
                    "organisations",
                    "topics",
                    "audiences",
                    "type",
                    "format",
                    "event")),
        all.keySet().toString());
  }

  @Test
  void aFacetValueSearchFindsValuesByTheStartOfAnyWordAmongTheHits() throws Exception {
    JsonObject counts =
        search("\"hitsPerPage\":0,\"facets\":[\"topic\"]")
            .getAsJsonObject("facets")
            .getAsJsonObject("topic");
    // algoliasearch v5 sends it as a query of type facet
    JsonObject v5 =
        server
            .queries(
                "{\"requests\":[{\"indexName\":\"events\",\"type\":\"facet\",\"facet\":\"topic\","
                    + "\"facetQuery\":\"daten\",\"maxFacetHits\":10,\"highlightPreTag\":\"<b>\",\"highlightPostTag\":\"</b>\"}]}")
            .getAsJsonArray("results")
            .get(0)
            .getAsJsonObject();
    JsonArray hits = v5.getAsJsonArray("facetHits");
    assertEquals(1, hits.size(), hits.toString());
    JsonObject platforms = hits.get(0).getAsJsonObject();
    assertEquals("Urbane Datenplattformen", platforms.get("value").getAsString());
    assertEquals("Urbane <b>Daten</b>plattformen", platforms.get("highlighted").getAsString());
    assertEquals(
        counts.get("Urbane Datenplattformen").getAsLong(), platforms.get("count").getAsLong());
    // v3/v4 call the facet's own path; accents and case do not matter
    HttpResponse<String> v4 =
        server.post(
            "/1/indexes/events/facets/topic/query", "{\"params\":\"facetQuery=mobilitat\"}");
    assertEquals(200, v4.statusCode(), v4.body());
    JsonArray found =
        JsonParser.parseString(v4.body()).getAsJsonObject().getAsJsonArray("facetHits");
    assertEquals(
        "<em>Mobilität</em>", found.get(0).getAsJsonObject().get("highlighted").getAsString());
    // within a search, only the values among its hits
    JsonObject inKiel =
        server
            .queries(
                "{\"requests\":[{\"indexName\":\"events\",\"type\":\"facet\","
                    + "\"facet\":\"organisation\",\"facetQuery\":\"kiel\",\"facetFilters\":[[\"city:Kiel\"]]}]}")
            .getAsJsonArray("results")
            .get(0)
            .getAsJsonObject();
    assertEquals(
        "KielRegion GmbH",
        inKiel.getAsJsonArray("facetHits").get(0).getAsJsonObject().get("value").getAsString());
    JsonObject inKonstanz =
        server
            .queries(
                "{\"requests\":[{\"indexName\":\"events\",\"type\":\"facet\","
                    + "\"facet\":\"organisation\",\"facetQuery\":\"kiel\",\"facetFilters\":[[\"city:Konstanz\"]]}]}")
            .getAsJsonArray("results")
            .get(0)
            .getAsJsonObject();
    assertEquals(0, inKonstanz.getAsJsonArray("facetHits").size());
  }

  @Test
  void theSortedReplicasOrderByDate() throws Exception {
    List<String> starts = new ArrayList<>();
    JsonObject byDate =
        server
            .queries("{\"requests\":[{\"indexName\":\"events_date_asc\",\"hitsPerPage\":20}]}")
            .getAsJsonArray("results")
            .get(0)
            .getAsJsonObject();
    byDate
        .getAsJsonArray("hits")
        .forEach(h -> starts.add(h.getAsJsonObject().get("start").getAsString()));
    assertEquals(starts.stream().sorted().toList(), starts);
    assertEquals("events_date_asc", byDate.get("index").getAsString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
      an unknown parameter                 | {"requests":[{"indexName":"events","params":{"qeury":"Kiel"}}]}                   | 400 | qeury
      Algolia's filter string              | {"requests":[{"indexName":"events","filters":"topic:Energie"}]}                    | 400 | facetFilters
      excluding a facet value              | {"requests":[{"indexName":"events","facetFilters":["topic:-Energie"]}]}            | 400 | no exclusion filter
      two topics that must both hold       | {"requests":[{"indexName":"events","facetFilters":["topic:Energie","topic:Mobilität"]}]} | 400 | any of several values
      an OR across attributes              | {"requests":[{"indexName":"events","facetFilters":[["topic:Energie","format:Online"]]}]} | 400 | within one attribute
      an unknown facet attribute           | {"requests":[{"indexName":"events","facetFilters":["colour:red"]}]}                | 400 | no facet attribute 'colour'
      a month as a facet filter            | {"requests":[{"indexName":"events","facetFilters":["month:2026-04"]}]}             | 400 | numericFilters on date
      events starting after a day          | {"requests":[{"indexName":"events","numericFilters":["start>=1767225600"]}]}       | 400 | by the days they take place
      a numeric filter on a non-date       | {"requests":[{"indexName":"events","numericFilters":["price<10"]}]}                | 400 | not on 'price'
      a date beyond 2200                   | {"requests":[{"indexName":"events","numericFilters":["date>=99999999999"]}]}       | 400 | outside the years
      too many hits per page               | {"requests":[{"indexName":"events","hitsPerPage":1000}]}                           | 400 | between 0 and 100
      a page beyond the deepest hit        | {"requests":[{"indexName":"events","hitsPerPage":100,"page":100}]}                 | 400 | beyond hit 10000
      highlighting another attribute       | {"requests":[{"indexName":"events","attributesToHighlight":["teaser"]}]}           | 400 | only title
      retrieving an unknown attribute      | {"requests":[{"indexName":"events","attributesToRetrieve":["secret"]}]}            | 400 | no attribute 'secret'
      an unknown facet                     | {"requests":[{"indexName":"events","facets":["price"]}]}                           | 400 | no facet 'price'
      an index that does not exist         | {"requests":[{"indexName":"products","query":"Kiel"}]}                             | 404 | there is no index 'products'
      a query without index                | {"requests":[{"query":"Kiel"}]}                                                    | 400 | indexName
      no requests                          | {"requests":[]}                                                                    | 400 | requests must be
      a body that is not JSON              | requests=Kiel                                                                      | 400 | must be a JSON object
      a strategy other than none           | {"requests":[{"indexName":"events"}],"strategy":"stopIfEnoughMatches"}             | 400 | strategy
      a facet search without facet         | {"requests":[{"indexName":"events","type":"facet","facetQuery":"a"}]}              | 400 | no facet
      """)
  void whatIsNotSupportedGetsAClearErrorInTheProtocolsShape(
      String what, String body, int status, String says) throws Exception {
    HttpResponse<String> r = server.post("/1/indexes/*/queries", body);
    assertEquals(status, r.statusCode(), what + ": " + r.body());
    JsonObject error = JsonParser.parseString(r.body()).getAsJsonObject();
    assertEquals(status, error.get("status").getAsInt(), r.body());
    assertTrue(error.get("message").getAsString().contains(says), what + ": " + r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
  }

  @Test
  void anUnknownQueryStringParameterIsRefusedButTheClientsOwnArePassed() throws Exception {
    HttpResponse<String> ok =
        server.post(
            "/1/indexes/*/queries?x-algolia-agent=Algolia%20for%20JavaScript"
                + "&x-algolia-api-key=public&x-algolia-application-id=smartcity-search&x-algolia-request-id=abc",
            "{\"requests\":[{\"indexName\":\"events\"}]}");
    assertEquals(200, ok.statusCode(), ok.body());
    HttpResponse<String> bad =
        server.post(
            "/1/indexes/*/queries?query=Kiel", "{\"requests\":[{\"indexName\":" + "\"events\"}]}");
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().contains("search parameters go into the body"), bad.body());
  }

  @Test
  void noIndexingOrAdminOperationIsReachable() throws Exception {
    long before = search("\"hitsPerPage\":0").get("nbHits").getAsLong();
    String record = "{\"objectID\":\"x\",\"title\":\"Eingeschleust\"}";
    List<HttpRequest.Builder> writes =
        List.of(
            post(
                "/1/indexes/events/batch",
                "{\"requests\":[{\"action\":\"addObject\",\"body\":" + record + "}]}"),
            post("/1/indexes/events", record),
            HttpRequest.newBuilder(uri("/1/indexes/events/x"))
                .PUT(HttpRequest.BodyPublishers.ofString(record)),
            HttpRequest.newBuilder(uri("/1/indexes/events/924838e8861edaa3")).DELETE(),
            HttpRequest.newBuilder(uri("/1/indexes/events")).DELETE(),
            post("/1/indexes/events/deleteByQuery", "{\"params\":\"query=\"}"),
            post("/1/indexes/events/clear", "{}"),
            HttpRequest.newBuilder(uri("/1/indexes/events/settings"))
                .PUT(HttpRequest.BodyPublishers.ofString("{}")),
            HttpRequest.newBuilder(uri("/1/keys")).GET(),
            HttpRequest.newBuilder(uri("/1/indexes")).GET(),
            post("/1/indexes/events/operation", "{\"operation\":\"copy\",\"destination\":\"x\"}"));
    for (HttpRequest.Builder write : writes) {
      HttpResponse<String> r = server.send(write);
      assertEquals(404, r.statusCode(), r.body());
      JsonObject error = JsonParser.parseString(r.body()).getAsJsonObject();
      assertEquals(404, error.get("status").getAsInt());
      assertTrue(
          error.get("message").getAsString().startsWith("this server answers only searches"),
          r.body());
    }
    assertEquals(
        before, search("\"hitsPerPage\":0").get("nbHits").getAsLong(), "nothing was written");
    assertEquals(0, search("\"query\":\"Eingeschleust\"").get("nbHits").getAsLong());
  }

  @Test
  void anyOriginMayReadLikeTheApi() throws Exception {
    HttpResponse<String> simple =
        server.post(
            "/1/indexes/*/queries",
            "{\"requests\":[{\"indexName\":\"events\"}]}",
            "Origin",
            "https://stadt.example");
    assertEquals(200, simple.statusCode());
    assertEquals("*", simple.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    HttpResponse<String> preflight =
        server.send(
            HttpRequest.newBuilder(uri("/1/indexes/*/queries"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://stadt.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-algolia-api-key"));
    assertEquals(204, preflight.statusCode());
    assertTrue(
        preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
    assertTrue(
        preflight
            .headers()
            .firstValue("Access-Control-Allow-Headers")
            .orElse("")
            .toLowerCase()
            .contains("x-algolia-api-key"));
  }

  @Test
  void onlyTheConfiguredOriginsMayReadWhenThereIsAList() throws Exception {
    try (ProtocolServer listed =
        new ProtocolServer(
            new ServerConfig("127.0.0.1", 0, List.of("https://partner.example"), null)
                .withRateLimit(ServerConfig.RateLimit.OFF))) {
      String body = "{\"requests\":[{\"indexName\":\"events\"}]}";
      assertEquals(
          "https://partner.example",
          listed
              .post("/1/indexes/*/queries", body, "Origin", "https://partner.example")
              .headers()
              .firstValue("Access-Control-Allow-Origin")
              .orElse(null));
      HttpResponse<String> other =
          listed.post("/1/indexes/*/queries", body, "Origin", "https://evil.example");
      assertNull(other.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
      HttpResponse<String> preflight =
          listed.send(
              HttpRequest.newBuilder(URI.create(listed.baseUrl() + "/1/indexes/*/queries"))
                  .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                  .header("Origin", "https://evil.example")
                  .header("Access-Control-Request-Method", "POST"));
      assertEquals(403, preflight.statusCode());
    }
  }

  @Test
  void theRateLimitOfTheApiCountsProtocolCallsToo() throws Exception {
    try (ProtocolServer limited =
        new ProtocolServer(
            new ServerConfig("127.0.0.1", 0, List.of(), null)
                .withRateLimit(new ServerConfig.RateLimit(0.1, 2)))) {
      String body = "{\"requests\":[{\"indexName\":\"events\",\"hitsPerPage\":0}]}";
      assertEquals(200, limited.post("/1/indexes/*/queries", body).statusCode());
      assertEquals(200, limited.get("/api/search?size=1").get("total").getAsInt() > 0 ? 200 : 0);
      HttpResponse<String> refused = limited.post("/1/indexes/*/queries", body);
      assertEquals(
          429, refused.statusCode(), "one budget for the API and the protocol: " + refused.body());
      assertNotNull(refused.headers().firstValue("Retry-After").orElse(null));
      JsonObject error = JsonParser.parseString(refused.body()).getAsJsonObject();
      assertEquals(429, error.get("status").getAsInt());
      assertTrue(error.get("message").getAsString().contains("too many requests"), refused.body());
    }
  }

  @Test
  void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
    String padding = "x".repeat(InstantSearchProtocol.MAX_BODY_BYTES);
    HttpResponse<String> r =
        server.post(
            "/1/indexes/*/queries",
            "{\"requests\":[{\"indexName\":\"events\"," + "\"query\":\"" + padding + "\"}]}");
    assertEquals(413, r.statusCode());
    assertEquals(413, JsonParser.parseString(r.body()).getAsJsonObject().get("status").getAsInt());
  }

  private static HttpRequest.Builder post(String path, String body) {
    return HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private static URI uri(String path) {
    return URI.create(server.baseUrl() + path);
  }
}
