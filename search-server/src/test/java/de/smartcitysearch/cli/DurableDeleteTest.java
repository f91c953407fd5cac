package de.smartcitysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import de.smartcitysearch.extract.InputOptions;
import de.smartcitysearch.extract.PageEnricher;
import de.smartcitysearch.index.DocumentIngestion;
import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.search.LuceneSearchBackend;
import de.smartcitysearch.server.SearchServer;
import de.smartcitysearch.server.ServedIndex;
import de.smartcitysearch.server.ServerConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deletes through the admin API are durable: what {@code serve} re-indexes at start-up from its
 * input folder does not come back while its page is unchanged. Each "restart" is what {@code serve}
 * does: the start-up indexing run, then the index opened for serving with the admin API.
 */
class DurableDeleteTest {

  private static final Path SEEDS =
      Path.of(System.getProperty("project.root", "..")).resolve("seeds");
  private static final String KEY = "durable-delete-test-key";
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static EventSchema schema;
  private static PageEnricher enricher;

  @TempDir Path input;
  @TempDir Path index;

  @BeforeAll
  static void enrichment() {
    schema = Searchers.schema();
    enricher = Enrichers.create(new EnrichmentOptions(null), schema.analysis());
  }

  /** One run of the server: start-up indexing, serving, stopping. */
  private final class Serve implements AutoCloseable {
    final ServedIndex served;
    final DocumentIngestion ingestion;
    final SearchServer server;
    final int port;

    Serve() throws IOException {
      new IndexPreparer(schema, enricher, InputOptions.DEFAULTS).ensureFresh(input, index);
      served = ServedIndex.open(index, schema, true);
      ingestion = new DocumentIngestion(served.writer(), enricher, InputOptions.DEFAULTS);
      LuceneSearchBackend searcher = Searchers.create(served.manager(), schema);
      server =
          new SearchServer(
              searcher,
              ingestion,
              new ServerConfig("127.0.0.1", 0, List.of(), KEY)
                  .withRateLimit(ServerConfig.RateLimit.OFF));
      port = server.start();
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
      return CLIENT.send(
          request.header("Authorization", "Bearer " + KEY).build(),
          HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
      return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)));
    }

    HttpResponse<String> delete(String id) throws Exception {
      return send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/documents/" + id))
              .DELETE());
    }

    int total(String query) throws Exception {
      return JsonParser.parseString(get("/api/search?q=" + query).body())
          .getAsJsonObject()
          .get("total")
          .getAsInt();
    }

    /** The id of the one event the query finds. */
    String eventId(String query) throws Exception {
      JsonObject found =
          JsonParser.parseString(get("/api/search?q=" + query).body()).getAsJsonObject();
      assertEquals(1, found.get("total").getAsInt(), found.toString());
      return found.getAsJsonArray("hits").get(0).getAsJsonObject().get("id").getAsString();
    }

    @Override
    public void close() throws IOException {
      server.close();
      ingestion.close();
      served.close();
    }
  }

  private void seedPages() throws IOException {
    Files.copy(SEEDS.resolve("004_86252e8fe78fb156.txt"), input.resolve("konstanz.txt"));
    Files.copy(SEEDS.resolve("001_10dfd4f3d6dbf9f6.txt"), input.resolve("kiel.txt"));
  }

  @Test
  void aDeletedSeedEventStaysDeletedAfterARestart() throws Exception {
    seedPages();
    String konstanz;
    try (Serve first = new Serve()) {
      konstanz = first.eventId("Bodenseeregion");
      assertEquals(200, first.delete(konstanz).statusCode());
      assertEquals(404, first.get("/api/events/" + konstanz).statusCode());
    }
    try (Serve second = new Serve()) {
      assertEquals(
          404,
          second.get("/api/events/" + konstanz).statusCode(),
          "the restart did not bring it back");
      assertEquals(0, second.total("Bodenseeregion"));
      assertEquals(1, second.total("MPSC-Kongress%20Kiel"), "the other page is served as before");
    }
    try (Serve third = new Serve()) {
      assertEquals(404, third.get("/api/events/" + konstanz).statusCode(), "nor the one after");
    }
  }

  @Test
  void aDeletedSeedEventComesBackWhenItsPageChanges() throws Exception {
    seedPages();
    String konstanz;
    try (Serve first = new Serve()) {
      konstanz = first.eventId("Bodenseeregion");
      assertEquals(200, first.delete(konstanz).statusCode());
    }
    Path page = input.resolve("konstanz.txt");
    Files.writeString(
        page, Files.readString(page).replace("Gemeinsam voraus", "Gemeinsam weiter voraus"));
    try (Serve second = new Serve()) {
      assertEquals(
          200,
          second.get("/api/events/" + konstanz).statusCode(),
          "a changed page is indexed anew");
      assertEquals(1, second.total("Bodenseeregion"));
    }
  }

  @Test
  void aDeletedSessionStaysDeletedAndItsEventStays() throws Exception {
    Files.copy(SEEDS.resolve("000_f0230e23ebc5b8c3.txt"), input.resolve("sccon.txt"));
    String session;
    String event;
    try (Serve first = new Serve()) {
      JsonObject sessions =
          JsonParser.parseString(first.get("/api/search?q=CIVITAS&kind=session").body())
              .getAsJsonObject();
      JsonObject hit = sessions.getAsJsonArray("hits").get(0).getAsJsonObject();
      session = hit.get("id").getAsString();
      event = hit.getAsJsonObject("event").get("id").getAsString();
      assertTrue(session.startsWith(event + "#s"), session);
      assertEquals(200, first.delete(session.replace("#", "%23")).statusCode());
    }
    try (Serve second = new Serve()) {
      assertEquals(404, second.get("/api/events/" + session.replace("#", "%23")).statusCode());
      assertEquals(200, second.get("/api/events/" + event).statusCode());
    }
  }
}
