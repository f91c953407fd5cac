package de.smartcitysearch.server;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import de.smartcitysearch.search.EventSearcher;
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
import java.util.function.UnaryOperator;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

/** The real server on a free loopback port over the sample events indexed on disk. */
final class TestServer implements AutoCloseable {

  static final String ADMIN_KEY = "s3cret-admin-key-for-tests";
  static final Clock JANUARY_2026 = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);
  static final List<String> TOPICS = List.of("Digitale Verwaltung", "Mobilität", "Bürgerbeteiligung", "Open Data",
      "Energie");

  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager manager;
  private final SearchServer server;
  private final HttpClient client = HttpClient.newHttpClient();
  final int port;

  TestServer(Path dir, List<String> corsOrigins, String adminKey) throws IOException {
    this(dir, corsOrigins, adminKey, ServerConfig.SELF_ONLY);
  }

  /** No rate limit: the behaviour tests send many requests from one address. */
  TestServer(Path dir, List<String> corsOrigins, String adminKey, List<String> frameAncestors) throws IOException {
    this(dir, new ServerConfig("127.0.0.1", 0, corsOrigins, adminKey, frameAncestors)
        .withRateLimit(ServerConfig.RateLimit.OFF));
  }

  TestServer(Path dir, ServerConfig config) throws IOException {
    this(dir, config, UnaryOperator.identity());
  }

  /** With the intake the server uses for uploads made from the plain one (e.g. wrapped for file uploads). */
  TestServer(Path dir, ServerConfig config, UnaryOperator<DocumentIntake> intakes) throws IOException {
    SampleEvents.index(dir, SampleEvents.all());
    directory = FSDirectory.open(dir);
    writer = new IndexWriter(directory, new IndexWriterConfig(SampleEvents.SCHEMA.indexAnalyzer()));
    manager = new SearcherManager(writer, null);
    EventSearcher searcher = EventSearcher.builder(manager, SampleEvents.SCHEMA).clock(JANUARY_2026).topics(TOPICS)
        .build();
    PlainDocumentIntake intake = new PlainDocumentIntake(name -> {
      try {
        return searcher.knownCity(name);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    server = new SearchServer(searcher, new WriterLiveIndex(writer, manager, SampleEvents.SCHEMA),
        intakes.apply(intake), config);
    port = server.start();
  }

  SearchServer server() {
    return server;
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + port + pathAndQuery);
  }

  HttpResponse<String> get(String pathAndQuery, String... headers) throws IOException, InterruptedException {
    return client.send(getRequest(pathAndQuery, headers), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> getBytes(String pathAndQuery, String... headers) throws IOException, InterruptedException {
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
    manager.close();
    writer.close();
    directory.close();
  }
}
