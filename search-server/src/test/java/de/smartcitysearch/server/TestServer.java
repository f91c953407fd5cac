package de.smartcitysearch.server;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import de.smartcitysearch.enrich.EventEnricher;
import de.smartcitysearch.extract.InputOptions;
import de.smartcitysearch.index.DocumentIngestion;
import de.smartcitysearch.index.EventIndexWriter;
import de.smartcitysearch.search.LuceneSearchBackend;
import de.smartcitysearch.search.SampleEvents;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.lucene.search.SearcherManager;

/**
 * The real server on a free loopback port over the sample events indexed on disk, writing admin
 * uploads through the indexer's writer with the real enrichment.
 */
final class TestServer implements AutoCloseable {

  /**
   * One enricher for all test servers: loading the gazetteer and the topic vocabulary once is
   * enough.
   */
  private static final class Enrichment {
    static final EventEnricher ENRICHER = EventEnricher.withDefaults();
  }

  static final String ADMIN_KEY = "s3cret-admin-key-for-tests";
  static final Clock JANUARY_2026 =
      Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);
  static final List<String> TOPICS =
      List.of("Digitale Verwaltung", "Mobilität", "Bürgerbeteiligung", "Open Data", "Energie");

  private final EventIndexWriter writer;
  private final DocumentIngestion ingestion;
  private final SearcherManager manager;
  private final SearchServer server;
  private final HttpClient client = HttpClient.newHttpClient();
  final int port;

  TestServer(Path dir, List<String> corsOrigins, String adminKey) throws IOException {
    this(dir, corsOrigins, adminKey, ServerConfig.SELF_ONLY);
  }

  /** No rate limit: the behaviour tests send many requests from one address. */
  TestServer(Path dir, List<String> corsOrigins, String adminKey, List<String> frameAncestors)
      throws IOException {
    this(
        dir,
        new ServerConfig("127.0.0.1", 0, corsOrigins, adminKey, frameAncestors)
            .withRateLimit(ServerConfig.RateLimit.OFF));
  }

  TestServer(Path dir, ServerConfig config) throws IOException {
    this(dir, config, InputOptions.DEFAULTS);
  }

  /** With these limits for uploads (size, characters, time). */
  TestServer(Path dir, ServerConfig config, InputOptions uploads) throws IOException {
    SampleEvents.index(dir, SampleEvents.all());
    writer = EventIndexWriter.open(dir, SampleEvents.SCHEMA);
    manager = writer.searcherManager();
    LuceneSearchBackend searcher =
        LuceneSearchBackend.builder(manager, SampleEvents.SCHEMA)
            .clock(JANUARY_2026)
            .topics(TOPICS)
            .build();
    ingestion = new DocumentIngestion(writer, Enrichment.ENRICHER, uploads);
    server = new SearchServer(searcher, ingestion, config);
    port = server.start();
  }

  SearchServer server() {
    return server;
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + port + pathAndQuery);
  }

  HttpResponse<String> get(String pathAndQuery, String... headers)
      throws IOException, InterruptedException {
    return client.send(getRequest(pathAndQuery, headers), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> getBytes(String pathAndQuery, String... headers)
      throws IOException, InterruptedException {
    return client.send(getRequest(pathAndQuery, headers), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpRequest getRequest(String pathAndQuery, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
    if (headers.length > 0) {
      b.headers(headers);
    }
    return b.build();
  }

  HttpClient client() {
    return client;
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** GET that must succeed; its JSON. */
  JsonObject json(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> r = get(pathAndQuery);
    if (r.statusCode() != 200) {
      throw new AssertionError(pathAndQuery + " answered " + r.statusCode() + ": " + r.body());
    }
    return JsonParser.parseString(r.body()).getAsJsonObject();
  }

  /** Closes the searcher manager under the running server, so every search fails inside. */
  void breakIndex() throws IOException {
    manager.close();
  }

  @Override
  public void close() throws IOException {
    server.close();
    ingestion.close();
    writer.close();
  }
}
