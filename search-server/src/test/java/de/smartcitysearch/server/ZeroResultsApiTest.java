package de.smartcitysearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/zero-results} as curators use it: only with the curator (or admin) key, ranked by
 * distinct clients, each search with its filters, searched again when listed, exportable as CSV,
 * and never cached.
 */
class ZeroResultsApiTest {

  private static final String CURATOR_KEY = "curator-key-for-tests";

  private static ServerConfig config(String curatorKey) {
    // behind a trusted proxy on loopback, so X-Forwarded-For names distinct clients
    return new ServerConfig("127.0.0.1", 0, List.of(), TestServer.ADMIN_KEY)
        .withRateLimit(ServerConfig.RateLimit.OFF)
        .withTrustedProxies(List.of("127.0.0.1"))
        .withCuratorKey(curatorKey);
  }

  private static void search(TestServer server, String query, String client) throws Exception {
    HttpResponse<String> answer =
        server.get(
            query.startsWith("/")
                ? query
                : "/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
            "X-Forwarded-For",
            client);
    assertEquals(200, answer.statusCode(), answer.body());
  }

  private static HttpResponse<String> list(TestServer server, String query, String key)
      throws Exception {
    return key == null
        ? server.get("/api/zero-results" + query)
        : server.get("/api/zero-results" + query, "Authorization", "Bearer " + key);
  }

  private static JsonArray queries(TestServer server) throws Exception {
    HttpResponse<String> r = list(server, "", CURATOR_KEY);
    assertEquals(200, r.statusCode(), r.body());
    return JsonParser.parseString(r.body()).getAsJsonObject().getAsJsonArray("queries");
  }

  @Test
  void theLogIsOnlyForCurators(@TempDir Path dir, @TempDir Path offDir) throws Exception {
    try (TestServer server = new TestServer(dir, config(CURATOR_KEY))) {
      search(server, "Quarkstrudel", "203.0.113.7");
      HttpResponse<String> anonymous = list(server, "", null);
      assertEquals(401, anonymous.statusCode());
      assertEquals("Bearer", anonymous.headers().firstValue("WWW-Authenticate").orElse(""));
      assertFalse(anonymous.body().contains("quarkstrudel"));
      assertEquals(401, list(server, "", "wrong-key").statusCode());
      assertEquals(200, list(server, "", CURATOR_KEY).statusCode());
      assertEquals(
          200, list(server, "", TestServer.ADMIN_KEY).statusCode(), "the admin key opens it too");
      assertEquals(
          "no-store",
          list(server, "", CURATOR_KEY).headers().firstValue("Cache-Control").orElse(""));
    }
    try (TestServer noKeys =
        new TestServer(
            offDir,
            new ServerConfig("127.0.0.1", 0, List.of(), null)
                .withRateLimit(ServerConfig.RateLimit.OFF))) {
      HttpResponse<String> off = list(noKeys, "", "anything");
      assertEquals(403, off.statusCode());
      assertTrue(off.body().contains("curator_disabled"), off.body());
    }
  }

  @Test
  void distinctClientsRankASearchAndRepetitionsDoNot(@TempDir Path dir) throws Exception {
    try (TestServer server = new TestServer(dir, config(CURATOR_KEY))) {
      for (int i = 0; i < 100; i++) {
        search(
            server,
            "Sicherheitswarnung: Kurator bitte Passwort auf evil-example-de bestaetigen",
            "198.51.100.66");
      }
      search(server, "Quarkstrudel", "203.0.113.1");
      search(server, "quarkstrudel", "203.0.113.2");
      search(server, "Konferenz", "203.0.113.3"); // found: the two Smart City conferences
      search(
          server,
          "/api/search?city=Kiel&topic=Energie",
          "203.0.113.4"); // nothing, but filters only

      JsonArray queries = queries(server);
      assertEquals(2, queries.size(), queries.toString());
      JsonObject first = queries.get(0).getAsJsonObject();
      assertEquals("quarkstrudel", first.get("query").getAsString());
      assertEquals(2, first.get("clients").getAsInt());
      assertEquals(
          Set.of("query", "filters", "clients", "searches", "first_seen", "last_seen"),
          first.keySet(),
          "nothing about who asked");
      assertTrue(
          Instant.parse(first.get("last_seen").getAsString())
              .isAfter(Instant.now().minusSeconds(60)));
      JsonObject flood = queries.get(1).getAsJsonObject();
      assertEquals(1, flood.get("clients").getAsInt());
      assertEquals(100, flood.get("searches").getAsInt());
      assertFalse(
          queries.toString().contains("198.51.100") || queries.toString().contains("203.0.113"));
    }
  }

  @Test
  void aSearchIsLoggedWithItsFiltersAndListedOnlyWhileItStillFindsNothing(@TempDir Path dir)
      throws Exception {
    try (TestServer server = new TestServer(dir, config(CURATOR_KEY))) {
      search(server, "/api/search?q=Quarkstrudel&city=Kiel&topic=Energie", "203.0.113.1");
      search(server, "Zebrastreifenfest", "203.0.113.1");
      JsonArray queries = queries(server);
      JsonObject withFilters =
          queries.asList().stream()
              .map(JsonObject.class::cast)
              .filter(q -> q.get("query").getAsString().equals("quarkstrudel"))
              .findFirst()
              .orElseThrow();
      assertEquals(
          "{\"city\":[\"Kiel\"],\"topic\":[\"Energie\"]}", withFilters.get("filters").toString());

      HttpResponse<String> added =
          server.send(
              HttpRequest.newBuilder(server.uri("/api/documents"))
                  .header("Authorization", "Bearer " + TestServer.ADMIN_KEY)
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"id\":\"zebrastreifenfest-kiel\",\"title\":\"Zebrastreifenfest"
                              + " in Kiel\",\"city\":\"Kiel\",\"land\":\"Schleswig-Holstein\"}")));
      assertEquals(201, added.statusCode(), added.body());
      List<String> still =
          queries(server).asList().stream()
              .map(q -> q.getAsJsonObject().get("query").getAsString())
              .toList();
      assertEquals(
          List.of("quarkstrudel"), still, "the festival is found now, so it is no longer a gap");
    }
  }

  @Test
  void theLogIsExportedAsCsvWithFormulasDefused(@TempDir Path dir) throws Exception {
    try (TestServer server = new TestServer(dir, config(CURATOR_KEY))) {
      search(server, "=HYPERLINK(\"http://evil.example\",\"Quarkstrudel\")", "203.0.113.1");
      search(server, "/api/search?q=Zebrastreifenfest&city=Kiel", "203.0.113.2");
      HttpResponse<String> csv = list(server, "?format=csv", CURATOR_KEY);
      assertEquals(200, csv.statusCode(), csv.body());
      assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
      assertTrue(
          csv.headers().firstValue("Content-Disposition").orElse("").contains("zero-results.csv"));
      List<String> lines = csv.body().lines().toList();
      assertEquals("query,filters,clients,searches,first_seen,last_seen", lines.get(0));
      assertTrue(
          lines.stream().anyMatch(l -> l.startsWith("zebrastreifenfest,city=Kiel,1,1,")),
          csv.body());
      assertTrue(
          lines.stream().anyMatch(l -> l.startsWith("\"'=hyperlink(\"\"http://evil.example\"\",")),
          csv.body());
      HttpResponse<byte[]> excel =
          server.getBytes(
              "/api/zero-results?format=csv-excel", "Authorization", "Bearer " + CURATOR_KEY);
      assertEquals(200, excel.statusCode());
      String text = new String(excel.body(), StandardCharsets.UTF_8);
      assertTrue(
          text.startsWith("\uFEFFquery;filters;clients;searches;first_seen;last_seen\r\n"), text);
      assertTrue(
          text.contains("\"'=hyperlink(\"\"http://evil.example\"\",\"\"quarkstrudel\"\")\";;1;1;"),
          text);
    }
  }

  @Test
  void theListIsBoundedByItsLimit(@TempDir Path dir) throws Exception {
    try (TestServer server = new TestServer(dir, config(CURATOR_KEY))) {
      for (int i = 0; i < 5; i++) {
        search(server, "Quarkstrudel" + "x".repeat(i), "203.0.113.1");
      }
      HttpResponse<String> two = list(server, "?limit=2", CURATOR_KEY);
      assertEquals(
          2, JsonParser.parseString(two.body()).getAsJsonObject().getAsJsonArray("queries").size());
      assertEquals(400, list(server, "?limit=1001", CURATOR_KEY).statusCode());
    }
  }

  @Test
  void aPortalSearchThroughInstantSearchThatFindsNothingIsListedOnceWithItsFilters(
      @TempDir Path dir) throws Exception {
    try (TestServer server = new TestServer(dir, config(CURATOR_KEY))) {
      // what InstantSearch sends for one search with a refinement: the query itself, and a hitless
      // query for the
      // refined facet's other values (disjunctive faceting); only the first is the visitor's search
      String call =
          "{\"requests\":[{\"indexName\":\"events\",\"params\":\"query=Quarkstrudel&hitsPerPage=10"
              + "&facetFilters=%5B%5B%22city%3AKiel%22%5D%5D\"},{\"indexName\":\"events\",\"params\":"
              + "\"query=Quarkstrudel&hitsPerPage=0&facets=%5B%22city%22%5D\"}]}";
      HttpResponse<String> answer =
          server.send(
              HttpRequest.newBuilder(server.uri("/1/indexes/*/queries"))
                  .header("Content-Type", "text/plain")
                  .header("X-Forwarded-For", "203.0.113.9")
                  .POST(HttpRequest.BodyPublishers.ofString(call)));
      assertEquals(200, answer.statusCode(), answer.body());
      JsonArray listed = queries(server);
      assertEquals(1, listed.size(), listed.toString());
      JsonObject entry = listed.get(0).getAsJsonObject();
      assertEquals("quarkstrudel", entry.get("query").getAsString());
      assertEquals("{\"city\":[\"Kiel\"]}", entry.get("filters").toString());
      assertEquals(1, entry.get("searches").getAsInt());
    }
  }
}
