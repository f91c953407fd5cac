package de.smartcitysearch.opensearch.search;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import de.smartcitysearch.cli.Searchers;
import de.smartcitysearch.cli.SmartCitySearchCli;
import de.smartcitysearch.enrich.CityGazetteer;
import de.smartcitysearch.enrich.TopicTagger;
import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.opensearch.ClusterNodes;
import de.smartcitysearch.opensearch.CommandLineRun;
import de.smartcitysearch.opensearch.EventClusterTestCase;
import de.smartcitysearch.opensearch.client.OpenSearchConnection;
import de.smartcitysearch.opensearch.client.RetryPolicy;
import de.smartcitysearch.search.GazetteerPlaceLexicon;
import de.smartcitysearch.search.SearchBackend;
import de.smartcitysearch.server.SearchServer;
import de.smartcitysearch.server.ServedIndex;
import de.smartcitysearch.server.ServerConfig;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.tests.util.TestUtil;
import org.junit.Test;
import org.opensearch.common.settings.Settings;
import org.opensearch.test.OpenSearchIntegTestCase.ClusterScope;
import org.opensearch.test.OpenSearchIntegTestCase.Scope;

/**
 * The product's search API served from a real three-node cluster (2 primary shards, 1 replica, the
 * analysis plugin on every node) answers like the embedded index: the seed pages indexed by the
 * product's own {@code index} command into both, two servers on loopback ports, the same requests
 * to both. Every query of {@code SeedQueriesTest} ranks the same page first and shows the same hits
 * in the same order, with the same totals, facet counts (the date presets' too, on a day between
 * the seed events with either preset chosen), what each hit lacks and the same highlighting; the
 * typos of {@code SeedQueriesTest} are corrected alike (the same words, written alike, the same
 * hits); and a data node stopped during a series of searches changes none of the answers.
 */
@ClusterScope(
    scope = Scope.SUITE,
    numDataNodes = 3,
    numClientNodes = 0,
    supportsDedicatedMasters = false)
public class OpenSearchParityTest extends EventClusterTestCase {

  private static final Path ROOT = Path.of(System.getProperty("project.root", ".."));
  private static final Path SEEDS = ROOT.resolve("seeds");

  /** SeedQueriesTest's queries, read from the one file both tests share. */
  private static final Path QUERIES =
      ROOT.resolve("search-server/src/test/resources/seed-queries.csv");

  /** SeedQueriesTest's typo queries (name, query, kind), read from the one file both share. */
  private static final Path TYPOS = ROOT.resolve("search-server/src/test/resources/seed-typos.csv");

  /** The embedded index's tests' "today", after every seed event. */
  private static final Clock NOVEMBER_2026 =
      Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);

  /**
   * A day between the seed events: the Berlin congress of April 2026 is still to come, the others
   * are over, so that both date presets count something.
   */
  private static final Clock JANUARY_2026 =
      Clock.fixed(Instant.parse("2026-01-15T09:00:00Z"), ZoneOffset.UTC);

  @Test
  public void theClusterAnswersEverySeedQueryAsTheEmbeddedIndexDoes() throws Exception {
    try (Servers servers = Servers.start(createTempDir())) {
      ensureGreen("events");
      Settings settings = settingsOf("events");
      assertEquals(2, settings.getAsInt("index.number_of_shards", 0).intValue());
      assertEquals(1, settings.getAsInt("index.number_of_replicas", 0).intValue());

      List<String[]> queries = seedQueries();
      assertTrue("the shared list has SeedQueriesTest's queries", queries.size() >= 20);
      for (String[] row : queries) {
        String query = row[0];
        JsonObject lucene = servers.lucene("q", query, "kind", "event");
        JsonObject cluster = servers.cluster("q", query, "kind", "event");
        assertEquals(query + " -> " + row[2], row[1], seedOf(firstId(cluster)));
        assertSameAnswer(query, lucene, cluster);
      }
      // the other questions SeedQueriesTest asks: no words, a selection, exclusions, sessions,
      // grouped results, a page that lacks words, a month without its year
      List<String[]> more =
          List.of(
              new String[] {"kind", "event"},
              new String[] {"kind", "event", "city", "Kiel"},
              new String[] {"kind", "event", "land", "Berlin", "topic", "Digitalisierung"},
              new String[] {"q", "Kongress -Kiel", "kind", "event"},
              new String[] {"q", "CIVITAS CORE"},
              new String[] {"q", "CIVITAS CORE", "group", "event"},
              new String[] {"q", "Datenplattform", "group", "event", "size", "2", "page", "2"},
              new String[] {"q", "Regionalkonferenz Konstanz Quantencomputer", "kind", "event"},
              new String[] {"q", "Kongress April", "kind", "event"},
              new String[] {"q", "Wann gibt es Veranstaltungen in Kiel"},
              new String[] {"q", "Datenplattform", "sort", "date"},
              new String[] {"q", "Kielwasser", "kind", "event"},
              // a phrase with a stop word inside: a gap in the positions
              new String[] {"q", "\"Kooperation als Erfolgsfaktor\"", "kind", "event"},
              new String[] {"q", "\"Smart City\" -\"offene Daten\" Konstanz"});
      for (String[] params : more) {
        String what = String.join(" ", params);
        assertSameAnswer(what, servers.lucene(params), servers.cluster(params));
      }
      assertEquals(
          "004",
          seedOf(
              firstId(servers.cluster("q", "\"Kooperation als Erfolgsfaktor\"", "kind", "event"))));
      String event =
          "/api/events/"
              + URLEncoder.encode(
                  firstId(servers.cluster("q", "CIVITAS CORE", "group", "event")),
                  StandardCharsets.UTF_8);
      // an event with its sessions, the curators' counts, the suggestions
      for (String path :
          List.of(
              event,
              "/api/facets/city",
              "/api/facets/land?reference=laender",
              "/api/facets/organisation?prefix=Bund",
              "/api/facets/month?kind=session",
              "/api/coverage?rows=land&cols=month",
              "/api/coverage?rows=city&cols=type&from=2025-01-01&to=2025-12-31",
              "/api/suggest?q=Dat",
              "/api/suggest?q=Datenplattform%20K")) {
        assertEquals(path, servers.lucene(path), servers.cluster(path));
      }
      assertTrue(servers.cluster(event).getAsJsonArray("sessions").size() > 0);

      // the date presets on a day between the events: counted with every other constraint, the
      // chosen preset filtering the hits but not its own counts
      long bothCounted = 0;
      for (String q :
          List.of("", "Kongress", "MPSC-Kongress Kiel", "Smart Country", "Kielwasser")) {
        for (List<String> selection : List.of(List.<String>of(), List.of("city", "Berlin"))) {
          for (String when : Arrays.asList(null, "upcoming", "past")) {
            List<String> params = new ArrayList<>(List.of("q", q, "kind", "event"));
            params.addAll(selection);
            if (when != null) {
              params.addAll(List.of("when", when));
            }
            String[] asked = params.toArray(String[]::new);
            String what = "on 2026-01-15: " + String.join(" ", asked);
            JsonObject lucene = servers.midway.lucene(asked);
            JsonArray presets = lucene.getAsJsonObject("facets").getAsJsonArray("when");
            assertNotNull(what + ": the when block", presets);
            assertEquals(what, 2, presets.size());
            if (count(presets, "upcoming") > 0 && count(presets, "past") > 0) {
              bothCounted++;
            }
            assertSameAnswer(what, lucene, servers.midway.cluster(asked));
          }
        }
      }
      assertTrue("some searches count both presets", bothCounted > 0);
    }
  }

  @Test
  public void theClusterCorrectsTyposAsTheEmbeddedIndexDoes() throws Exception {
    try (Servers servers = Servers.start(createTempDir())) {
      ensureGreen("events");
      int corrected = 0;
      List<String[]> typos = rows(TYPOS, 3);
      assertTrue("the shared list has SeedQueriesTest's typo queries", typos.size() >= 4);
      for (String[] row : typos) {
        String[] params =
            row[2].isEmpty()
                ? new String[] {"q", row[1]}
                : new String[] {"q", row[1], "kind", row[2]};
        JsonObject lucene = servers.lucene(params);
        JsonObject cluster = servers.cluster(params);
        for (String field : List.of("fuzzy", "fuzzy_words", "did_you_mean")) {
          assertEquals(row[0] + ": " + field, lucene.get(field), cluster.get(field));
        }
        assertSameAnswer(row[0], lucene, cluster);
        if (!lucene.get("did_you_mean").isJsonNull()) {
          corrected++;
        }
      }
      assertTrue("some typos are corrected", corrected >= 3);
    }
  }

  private static long count(JsonArray block, String value) {
    for (JsonElement v : block) {
      if (v.getAsJsonObject().get("value").getAsString().equals(value)) {
        return v.getAsJsonObject().get("count").getAsLong();
      }
    }
    throw new AssertionError("no " + value + " in " + block);
  }

  @Test
  public void searchesKeepAnsweringTheSameWhenADataNodeStops() throws Exception {
    try (Servers servers = Servers.start(createTempDir())) {
      ensureGreen("events");
      List<String> queries = seedQueries().stream().map(row -> row[0]).toList();
      List<JsonObject> before = new ArrayList<>();
      for (String q : queries) {
        before.add(servers.cluster("q", q, "kind", "event"));
      }
      JsonObject all = servers.cluster("size", "100");
      int half = queries.size() / 2;
      for (int i = 0; i < queries.size(); i++) {
        if (i == half) {
          internalCluster().stopRandomDataNode();
        }
        JsonObject answer = servers.cluster("q", queries.get(i), "kind", "event");
        assertEquals(queries.get(i), ids(before.get(i)), ids(answer));
        assertEquals(queries.get(i), before.get(i).get("total"), answer.get("total"));
      }
      JsonObject after = servers.cluster("size", "100");
      assertEquals(all.get("total"), after.get("total"));
      for (JsonElement hit : all.getAsJsonArray("hits")) {
        String id = hit.getAsJsonObject().get("id").getAsString();
        JsonObject event =
            servers.cluster("/api/events/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
        assertEquals("indexed before the stop, found after it", id, event.get("id").getAsString());
      }
    }
  }

  @Test
  public void serveFromAClusterNamesWhatIsWrongBeforeListening() throws Exception {
    int closedPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    CommandLineRun noName =
        CommandLineRun.of("serve", "--opensearch", ClusterNodes.httpUrls(), "--port", "0");
    assertEquals(noName.all(), 2, noName.code());
    assertTrue(noName.all(), noName.err().contains("--index-name"));
    CommandLineRun badUrl =
        CommandLineRun.of("serve", "--opensearch", "localhost:9200", "--index-name", "events");
    assertEquals(badUrl.all(), 2, badUrl.code());
    assertTrue(badUrl.all(), badUrl.err().contains("http://localhost:9200"));
    CommandLineRun folderToo =
        CommandLineRun.of(
            "serve",
            "--opensearch",
            ClusterNodes.httpUrls(),
            "--index-name",
            "events",
            "--index",
            createTempDir().toString());
    assertEquals(folderToo.all(), 2, folderToo.code());
    String unreachable = "http://127.0.0.1:" + closedPort;
    CommandLineRun down =
        CommandLineRun.of(
            "serve", "--opensearch", unreachable, "--index-name", "events", "--port", "0");
    assertEquals(down.all(), 1, down.code());
    assertTrue(down.all(), down.err().contains(unreachable));
    assertFalse("no stack trace: " + down.all(), down.all().contains("\tat "));
    CommandLineRun missing =
        CommandLineRun.of(
            "serve",
            "--opensearch",
            ClusterNodes.httpUrls(),
            "--index-name",
            "no-such-index",
            "--port",
            "0");
    assertEquals(missing.all(), 1, missing.code());
    assertTrue(missing.all(), missing.err().contains("no-such-index"));
  }

  /**
   * The answers agree on everything but the time they took and the exact scores; hits whose scores
   * tie in the embedded index (no words: every event scores alike) may come in another order, since
   * each engine breaks ties by where a document lies (segment, shard).
   */
  private static void assertSameAnswer(String what, JsonObject lucene, JsonObject cluster) {
    List<String> expected = ids(lucene);
    List<String> actual = ids(cluster);
    assertEquals(what + ": hits " + actual, expected.size(), actual.size());
    JsonArray l = lucene.getAsJsonArray("hits");
    for (int i = 0; i < expected.size(); ) {
      float score = l.get(i).getAsJsonObject().get("score").getAsFloat();
      int end = i + 1;
      while (end < expected.size()
          && l.get(end).getAsJsonObject().get("score").getAsFloat() == score) {
        end++;
      }
      assertEquals(
          what + ": hits " + i + ".." + (end - 1) + " of " + expected + ", got " + actual,
          new HashSet<>(expected.subList(i, end)),
          new HashSet<>(actual.subList(i, end)));
      i = end;
    }
    for (String field :
        List.of(
            "total",
            "total_exact",
            "more",
            "partial",
            "relaxed",
            "interpretation",
            "facets",
            "facets_exact")) {
      assertEquals(what + ": " + field, lucene.get(field), cluster.get(field));
    }
    Map<String, JsonObject> byId = new HashMap<>();
    cluster
        .getAsJsonArray("hits")
        .forEach(h -> byId.put(h.getAsJsonObject().get("id").getAsString(), h.getAsJsonObject()));
    for (JsonElement hit : l) {
      JsonObject lh = hit.getAsJsonObject();
      String id = lh.get("id").getAsString();
      JsonObject ch = byId.get(id);
      assertEquals(what + ": missing of " + id, lh.get("missing"), ch.get("missing"));
      assertEquals(what + ": highlight of " + id, lh.get("highlight"), ch.get("highlight"));
      assertEquals(what + ": sessions of " + id, sessionIds(lh), sessionIds(ch));
    }
  }

  private static List<String> ids(JsonObject answer) {
    List<String> out = new ArrayList<>();
    for (JsonElement hit : answer.getAsJsonArray("hits")) {
      out.add(hit.getAsJsonObject().get("id").getAsString());
    }
    return out;
  }

  private static List<String> sessionIds(JsonObject hit) {
    List<String> out = new ArrayList<>();
    if (hit.has("sessions")) {
      for (JsonElement s : hit.getAsJsonArray("sessions")) {
        out.add(s.getAsJsonObject().get("id").getAsString());
      }
    }
    return out;
  }

  private static String firstId(JsonObject answer) {
    assertTrue(answer.toString(), answer.getAsJsonArray("hits").size() > 0);
    JsonObject hit = answer.getAsJsonArray("hits").get(0).getAsJsonObject();
    return hit.get("event").isJsonNull()
        ? hit.get("id").getAsString()
        : hit.getAsJsonObject("event").get("id").getAsString();
  }

  /** "000" for an event of seeds/000_….txt: the cluster's own record of where it came from. */
  private static String seedOf(String id) {
    Map<String, Object> source = client().prepareGet("events", id).get().getSourceAsMap();
    String path = String.valueOf(source.get(EventSchema.SOURCE));
    return path.substring(path.lastIndexOf('/') + 1, path.lastIndexOf('/') + 4);
  }

  private static List<String[]> seedQueries() throws IOException {
    return rows(QUERIES, 3);
  }

  /** The rows of a shared '|'-separated list, each cell stripped. */
  private static List<String[]> rows(Path file, int cells) throws IOException {
    List<String[]> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] row = line.split("\\|", cells);
      for (int i = 0; i < row.length; i++) {
        row[i] = row[i].strip();
      }
      out.add(row);
    }
    return out;
  }

  /**
   * The seeds indexed by the command line into a folder and into the cluster, each served by the
   * product's HTTP server on a loopback port.
   */
  private record Servers(ServedIndex folder, Engines november, Engines midway)
      implements AutoCloseable {

    static Servers start(Path folder) throws IOException {
      // the test framework makes Lucene's asserting codec the default of this JVM; it refuses doc
      // values read on another thread than the one that opened them, which the served embedded
      // index does by design (its whole-index facet counts, SharedFacets, are read by every request
      // thread): the embedded index is written with the codec the product writes
      Codec testCodec = Codec.getDefault();
      int local;
      try {
        Codec.setDefault(TestUtil.getDefaultCodec());
        local =
            SmartCitySearchCli.run(
                "index", "--index", folder.toString(), "--input", SEEDS.toString(), "--quiet");
      } finally {
        Codec.setDefault(testCodec);
      }
      assertEquals(0, local);
      int clustered =
          SmartCitySearchCli.run(
              "index",
              "--opensearch",
              ClusterNodes.httpUrls(),
              "--index-name",
              "events",
              "--shards",
              "2",
              "--replicas",
              "1",
              "--input",
              SEEDS.toString(),
              "--quiet");
      assertEquals(0, clustered);
      EventSchema schema =
          new EventSchema(de.smartcitysearch.analysis.GermanAnalysis.fromEnvironment());
      ServedIndex index = ServedIndex.open(folder, schema, false);
      return new Servers(
          index,
          Engines.start(index, schema, NOVEMBER_2026),
          Engines.start(index, schema, JANUARY_2026));
    }

    JsonObject lucene(String... params) throws Exception {
      return november.lucene(params);
    }

    JsonObject cluster(String... params) throws Exception {
      return november.cluster(params);
    }

    @Override
    public void close() throws Exception {
      november.close();
      midway.close();
      folder.close();
    }
  }

  /** Both engines taking "today" from one clock, each served on a loopback port. */
  private record Engines(
      SearchServer embedded,
      int embeddedPort,
      SearchServer served,
      int port,
      AutoCloseable connection,
      HttpClient http)
      implements AutoCloseable {

    static Engines start(ServedIndex index, EventSchema schema, Clock clock) throws IOException {
      SearchBackend lucene = Searchers.create(index.manager(), schema, clock);
      OpenSearchSearchBackend cluster =
          OpenSearchSearchBackend.builder(
                  OpenSearchConnection.open(ClusterNodes.httpUrls(), RetryPolicy.SEARCHES),
                  "events",
                  schema)
              .places(new GazetteerPlaceLexicon(CityGazetteer.builtIn()))
              .topics(new TopicTagger(schema.analysis()).labels())
              .clock(clock)
              .build();
      ServerConfig config =
          new ServerConfig("127.0.0.1", 0, List.of(), null)
              .withRateLimit(ServerConfig.RateLimit.OFF)
              .withCachedAnswers(0);
      SearchServer embedded = new SearchServer(lucene, null, config);
      SearchServer served = new SearchServer(cluster, null, config);
      return new Engines(
          embedded, embedded.start(), served, served.start(), cluster, HttpClient.newHttpClient());
    }

    JsonObject lucene(String... params) throws Exception {
      return get(http, embeddedPort, params);
    }

    JsonObject cluster(String... params) throws Exception {
      return get(http, port, params);
    }

    private static JsonObject get(HttpClient http, int port, String... params) throws Exception {
      String path;
      if (params.length == 1) {
        path = params[0];
      } else {
        StringBuilder query = new StringBuilder("/api/search?");
        for (int i = 0; i < params.length; i += 2) {
          query
              .append(i == 0 ? "" : "&")
              .append(params[i])
              .append('=')
              .append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        path = query.toString();
      }
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(path + ": " + response.body(), 200, response.statusCode());
      return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    @Override
    public void close() throws Exception {
      http.close(); // its worker threads would outlive the test
      served.close();
      embedded.close();
      connection.close();
    }
  }
}
