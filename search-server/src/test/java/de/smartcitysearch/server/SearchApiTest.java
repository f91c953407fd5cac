package de.smartcitysearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read-only API over HTTP: what a website or a partner portal gets back. */
class SearchApiTest {

  @TempDir static Path dir;
  static TestServer server;

  @BeforeAll
  static void start() throws IOException {
    server = new TestServer(dir, List.of(), null);
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static Map<String, Long> counts(JsonObject search, String dim) {
    Map<String, Long> out = new HashMap<>();
    for (JsonElement e : search.getAsJsonObject("facets").getAsJsonArray(dim)) {
      out.put(
          e.getAsJsonObject().get("value").getAsString(),
          e.getAsJsonObject().get("count").getAsLong());
    }
    return out;
  }

  static List<String> ids(JsonObject search) {
    return search.getAsJsonArray("hits").asList().stream()
        .map(h -> h.getAsJsonObject().get("id").getAsString())
        .toList();
  }

  @Test
  void searchAnswersWithTheDocumentedShape() throws Exception {
    JsonObject r = server.json("/api/search?q=" + enc("Kieler Digitaltag"));
    for (String key :
        List.of("query", "interpretation", "total", "took_ms", "did_you_mean", "hits", "facets")) {
      assertTrue(r.has(key), key);
    }
    assertEquals("Kieler Digitaltag", r.get("query").getAsString());
    assertEquals("Kiel", r.getAsJsonObject("interpretation").get("city").getAsString());
    JsonObject hit = r.getAsJsonArray("hits").get(0).getAsJsonObject();
    // the event's fields as an event record names them, then what the hit adds
    assertEquals(
        List.of(
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
            "event",
            "highlight",
            "missing",
            "score",
            "sessions"),
        List.copyOf(hit.keySet()));
    assertEquals("kiel-digitaltag", hit.get("id").getAsString());
    assertEquals("event", hit.get("kind").getAsString());
    assertEquals("Digitaltag Kiel 2026", hit.get("title").getAsString(), "the raw title");
    assertEquals(
        "<mark>Digitaltag</mark> <mark>Kiel</mark> 2026",
        hit.getAsJsonObject("highlight").get("title").getAsString());
    assertEquals("2026-04-18", hit.get("start").getAsString());
    assertEquals("Kiel", hit.get("city").getAsString());
    assertEquals("Schleswig-Holstein", hit.get("land").getAsString());
    assertEquals(
        Set.of(
            "city", "land", "topic", "organisation", "month", "format", "type", "audience", "when"),
        r.getAsJsonObject("facets").keySet());
  }

  @Test
  void anEventAndItsHitHaveTheSameShape() throws Exception {
    JsonObject hit =
        server.json("/api/search?q=Digitaltag").getAsJsonArray("hits").get(0).getAsJsonObject();
    JsonObject event = server.json("/api/events/kiel-digitaltag");
    for (String key :
        List.of("id", "kind", "title", "start", "end", "city", "land", "topics", "event")) {
      assertEquals(hit.get(key), event.get(key), key);
    }
    assertTrue(event.get("text").getAsString().startsWith("Beim Digitaltag"), event.toString());
    assertEquals(
        "kiel-digitaltag#s1",
        event.getAsJsonArray("sessions").get(0).getAsJsonObject().get("id").getAsString());
    assertFalse(
        event.has("source") || event.has("content_hash"), "where a page came from stays inside");
  }

  @Test
  void theDimensionsAreListedForPagesAndTheirFiltersAreParameters() throws Exception {
    JsonObject first =
        server.json("/api/dimensions").getAsJsonArray("dimensions").get(0).getAsJsonObject();
    assertEquals("land", first.get("name").getAsString());
    assertEquals("Bundesland", first.get("label").getAsString());
    List<String> names =
        server.json("/api/dimensions").getAsJsonArray("dimensions").asList().stream()
            .map(d -> d.getAsJsonObject().get("name").getAsString())
            .toList();
    assertEquals(
        List.of("land", "city", "topic", "organisation", "format", "type", "audience", "month"),
        names);
    assertEquals(
        List.of("kiel-digitaltag"),
        ids(server.json("/api/search?audience=B%C3%BCrger")),
        "a declared dimension filters");
    assertEquals(
        400,
        server.get("/api/search?month=2026-04").statusCode(),
        "months are chosen with from/to");

    JsonObject paths = server.json("/openapi.json").getAsJsonObject("paths");
    List<String> searchParameters =
        paths
            .getAsJsonObject("/api/search")
            .getAsJsonObject("get")
            .getAsJsonArray("parameters")
            .asList()
            .stream()
            .map(p -> p.getAsJsonObject().get("name").getAsString())
            .toList();
    assertTrue(
        searchParameters.containsAll(
            List.of("land", "city", "topic", "organisation", "format", "type", "audience")),
        "every filterable dimension is a documented parameter: " + searchParameters);
    assertEquals(
        names.toString(),
        paths
            .getAsJsonObject("/api/facets/{dimension}")
            .getAsJsonObject("get")
            .getAsJsonArray("parameters")
            .get(0)
            .getAsJsonObject()
            .getAsJsonObject("schema")
            .get("enum")
            .getAsJsonArray()
            .asList()
            .stream()
            .map(e -> e.getAsString())
            .toList()
            .toString());
  }

  @Test
  void repeatedCityParametersSelectEitherAndKeepOtherCitiesCounted() throws Exception {
    JsonObject r = server.json("/api/search?city=Kiel&city=Leipzig");
    assertEquals(4, r.get("total").getAsInt());
    Map<String, Long> cities = counts(r, "city");
    assertEquals(3L, cities.get("Kiel"));
    assertEquals(1L, cities.get("Hamburg"), "drill sideways: other cities keep their counts");
    assertEquals(1L, counts(r, "format").get("Online"), "Leipzig's hackathon is online");
  }

  @Test
  void aCityTheIndexDoesNotKnowSelectsNothingButKeepsTheChoicesVisible() throws Exception {
    JsonObject r = server.json("/api/search?city=Atlantis");
    assertEquals(0, r.get("total").getAsInt());
    assertEquals(3L, counts(r, "city").get("Kiel"), "the visitor can still pick a real city");
  }

  @Test
  void aLandFilterSelectsItsCities() throws Exception {
    JsonObject r = server.json("/api/search?land=Bayern");
    assertEquals(
        new TreeSet<>(List.of("muenchen-konferenz", "nuernberg-konferenz")), new TreeSet<>(ids(r)));
  }

  @Test
  void aTitleComesBackRawAndItsHighlightEscapedWithMatchesMarked() throws Exception {
    HttpResponse<String> raw = server.get("/api/search?q=Hack");
    assertEquals(
        "application/json;charset=utf-8",
        raw.headers().firstValue("Content-Type").orElseThrow(),
        "JSON, never sniffed as HTML (nosniff): the raw title is data");
    JsonObject hit =
        JsonParser.parseString(raw.body())
            .getAsJsonObject()
            .getAsJsonArray("hits")
            .get(0)
            .getAsJsonObject();
    assertEquals("Hack <script>alert(1)</script> Abend", hit.get("title").getAsString());
    String marked = hit.getAsJsonObject("highlight").get("title").getAsString();
    assertTrue(marked.startsWith("<mark>Hack</mark> &lt;script&gt;"), marked);
  }

  @Test
  void aSessionHitNamesItsEvent() throws Exception {
    JsonObject hit =
        server
            .json("/api/search?q=" + enc("Workshop Open Data"))
            .getAsJsonArray("hits")
            .get(0)
            .getAsJsonObject();
    assertEquals("kiel-digitaltag#s1", hit.get("id").getAsString());
    assertEquals("Digitaltag Kiel 2026", hit.getAsJsonObject("event").get("title").getAsString());
  }

  @Test
  void pagesDoNotOverlap() throws Exception {
    List<String> first = ids(server.json("/api/search?sort=date&size=3&page=1"));
    List<String> second = ids(server.json("/api/search?sort=date&size=3&page=2"));
    assertEquals(3, first.size());
    assertEquals(3, second.size());
    assertTrue(first.stream().noneMatch(second::contains));
    assertEquals("muenchen-konferenz", first.get(0), "earliest start first");
  }

  @Test
  void facetValuesIncludeZerosForAReferenceList() throws Exception {
    JsonArray values = server.json("/api/facets/land?reference=laender").getAsJsonArray("values");
    assertEquals(16, values.size());
    Map<String, Long> byLand =
        values.asList().stream()
            .map(JsonElement::getAsJsonObject)
            .collect(
                Collectors.toMap(
                    v -> v.get("value").getAsString(), v -> v.get("count").getAsLong()));
    assertEquals(0L, byLand.get("Saarland"));
    assertEquals(2L, byLand.get("Bayern"));
  }

  @Test
  void aNamedMunicipalityListCountsItsCities() throws Exception {
    JsonArray values =
        server
            .json("/api/facets/city?reference=modellprojekte-smart-cities-beispiel")
            .getAsJsonArray("values");
    Map<String, Long> byCity =
        values.asList().stream()
            .map(JsonElement::getAsJsonObject)
            .collect(
                Collectors.toMap(
                    v -> v.get("value").getAsString(), v -> v.get("count").getAsLong()));
    assertEquals(
        2L,
        byCity.get("Kiel"),
        "the Digitaltag and the Stadtwerkstatt; the Digitaltag's workshop is a "
            + "session, which curators count apart (kind=session)");
    assertEquals(0L, byCity.get("Ulm"));
    assertFalse(byCity.containsKey("Nürnberg"), "only the list's cities");
  }

  @Test
  void facetValuesCanBeFoundByPrefix() throws Exception {
    JsonArray values = server.json("/api/facets/topic?prefix=b").getAsJsonArray("values");
    assertEquals(1, values.size());
    assertEquals("Bürgerbeteiligung", values.get(0).getAsJsonObject().get("value").getAsString());
    assertEquals(2, values.get(0).getAsJsonObject().get("count").getAsInt());
  }

  @Test
  void coverageIsATableWithZerosAsJsonAndCsv() throws Exception {
    JsonObject table = server.json("/api/coverage?rows=land&cols=topic");
    assertEquals(
        TestServer.TOPICS,
        table.getAsJsonArray("columns").asList().stream().map(JsonElement::getAsString).toList());
    assertEquals(16, table.getAsJsonArray("table").size());
    HttpResponse<String> csv = server.get("/api/coverage?rows=land&cols=topic&format=csv");
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(csv.body().contains("Bayern,2,2,0,0,0,0\r\n"), csv.body());
    assertTrue(csv.body().contains("Saarland,0,0,0,0,0,0\r\n"), csv.body());
  }

  @Test
  void coverageCountsEventsUnlessSessionsAreAskedFor() throws Exception {
    JsonObject events = server.json("/api/coverage?rows=city&cols=topic");
    assertEquals("event", events.get("kind").getAsString());
    assertEquals(2, rowTotal(events, "Kiel"), "the Digitaltag and the Stadtwerkstatt");
    JsonObject sessions = server.json("/api/coverage?rows=city&cols=topic&kind=session");
    assertEquals("session", sessions.get("kind").getAsString());
    assertEquals(1, rowTotal(sessions, "Kiel"), "the Digitaltag's workshop");
    assertEquals(
        List.of("Kiel"),
        sessions.getAsJsonArray("table").asList().stream()
            .map(r -> r.getAsJsonObject().get("value").getAsString())
            .toList(),
        "only cities with sessions are rows");
    assertEquals("session", server.json("/api/facets/city?kind=session").get("kind").getAsString());
  }

  @Test
  void coverageForGermanExcelIsADownloadWithAByteOrderMarkAndSemicolons() throws Exception {
    HttpResponse<byte[]> r = server.getBytes("/api/coverage?rows=land&cols=topic&format=csv-excel");
    assertEquals(200, r.statusCode());
    assertEquals(
        "attachment; filename=\"abdeckung-land-topic-veranstaltungen-excel.csv\"",
        r.headers().firstValue("Content-Disposition").orElse(""));
    String body = new String(r.body(), StandardCharsets.UTF_8);
    assertTrue(body.startsWith("\uFEFFBundesland;Gesamt;Digitale Verwaltung;Mobilität;"), body);
    assertTrue(body.contains("\r\nBayern;2;2;0;0;0;0\r\n"), body);
  }

  private static long rowTotal(JsonObject coverage, String row) {
    return coverage.getAsJsonArray("table").asList().stream()
        .map(JsonElement::getAsJsonObject)
        .filter(r -> r.get("value").getAsString().equals(row))
        .findFirst()
        .orElseThrow()
        .get("total")
        .getAsLong();
  }

  @Test
  void coverageByMonthIncludesEmptyMonths() throws Exception {
    JsonObject table = server.json("/api/coverage?rows=topic&cols=month");
    List<String> months =
        table.getAsJsonArray("columns").asList().stream().map(JsonElement::getAsString).toList();
    assertEquals("2025-05", months.get(0));
    assertEquals("2026-06", months.get(months.size() - 1));
    assertTrue(months.contains("2025-09"), "a month without events is still a column");
  }

  @Test
  void suggestionsCompleteWhatWasTyped() throws Exception {
    JsonObject r = server.json("/api/suggest?q=mobi");
    List<String> texts =
        r.getAsJsonArray("suggestions").asList().stream()
            .map(s -> s.getAsJsonObject().get("text").getAsString())
            .toList();
    assertTrue(texts.contains("Mobilität im Quartier"), texts.toString());
    assertTrue(texts.contains("Mobilität"), texts.toString());
  }

  @Test
  void anEventIsServedWithItsSessionsAndUnknownIdsAre404() throws Exception {
    JsonObject e = server.json("/api/events/kiel-digitaltag");
    assertEquals("Digitaltag Kiel 2026", e.get("title").getAsString());
    assertEquals(
        "kiel-digitaltag#s1",
        e.getAsJsonArray("sessions").get(0).getAsJsonObject().get("id").getAsString());
    JsonObject session = server.json("/api/events/" + enc("kiel-digitaltag#s1"));
    assertEquals("kiel-digitaltag", session.getAsJsonObject("event").get("id").getAsString());
    HttpResponse<String> missing = server.get("/api/events/nope");
    assertEquals(404, missing.statusCode());
    assertEquals(
        "not_found",
        JsonParser.parseString(missing.body())
            .getAsJsonObject()
            .getAsJsonObject("error")
            .get("code")
            .getAsString());
  }

  @Test
  void healthReportsTheIndexSize() throws Exception {
    JsonObject h = server.json("/health");
    assertEquals("ok", h.get("status").getAsString());
    assertEquals(7, h.get("documents").getAsInt());
  }

  @Test
  void theOpenApiDescriptionCoversEveryRoute() throws Exception {
    JsonObject paths = server.json("/openapi.json").getAsJsonObject("paths");
    int checked = 0;
    for (var route : server.server().routes()) {
      String method = route.getHttpMethod().name();
      if (!Set.of("get", "post", "delete", "put", "patch").contains(method)) {
        continue; // filters and the CORS preflight
      }
      if (WebPages.serves(route.getMatchUri())) {
        continue; // the web UI's files are pages, not API
      }
      if (route.getMatchUri().equals("/1") || route.getMatchUri().equals("/1/*")) {
        continue; // the InstantSearch protocol's refusal of every path that is not a search
      }
      String path =
          route
              .getMatchUri()
              .replace("/api/events/*", "/api/events/{id}")
              .replace("/api/facets/*", "/api/facets/{dimension}")
              .replace("/api/documents/*", "/api/documents/{id}")
              .replace(":index", "{index}")
              .replace(":facet", "{facet}")
              .replace("/veranstaltung/*", "/veranstaltung/{id}");
      assertTrue(paths.has(path), "OpenAPI lacks " + path);
      assertTrue(paths.getAsJsonObject(path).has(method), "OpenAPI lacks " + method + " " + path);
      checked++;
    }
    assertEquals(19, checked);
    assertEquals(
        19,
        paths.entrySet().stream().mapToInt(e -> e.getValue().getAsJsonObject().size()).sum(),
        "and describes no route that does not exist");
  }
}
