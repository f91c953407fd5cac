package de.smartcitysearch.server.instantsearch;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import de.smartcitysearch.cli.Searchers;
import de.smartcitysearch.server.SearchServer;
import de.smartcitysearch.server.ServedIndex;
import de.smartcitysearch.server.ServerConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The real server on a free loopback port over the {@link SeedIndex}, read-only, with a fixed
 * "today".
 */
final class ProtocolServer implements AutoCloseable {

  /**
   * After every seed event, so that ranking does not drift with the calendar (as in
   * SeedQueriesTest).
   */
  static final Clock NOVEMBER_2026 =
      Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);

  private final ServedIndex served;
  private final SearchServer server;
  private final HttpClient client = HttpClient.newHttpClient();
  final int port;

  /** No rate limit: the tests send many requests from one address. */
  ProtocolServer() throws IOException {
    this(
        new ServerConfig("127.0.0.1", 0, List.of(), null)
            .withRateLimit(ServerConfig.RateLimit.OFF));
  }

  ProtocolServer(ServerConfig config) throws IOException {
    served = ServedIndex.open(SeedIndex.folder(), SeedIndex.SCHEMA, false);
    server =
        new SearchServer(
            Searchers.create(served.manager(), SeedIndex.SCHEMA, NOVEMBER_2026), null, config);
    port = server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /** POSTs a body as Algolia's browser client does (text/plain, so no preflight). */
  HttpResponse<String> post(String path, String body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(baseUrl() + path))
            .header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** POST to the multi-query path that must succeed; its JSON. */
  JsonObject queries(String body) throws IOException, InterruptedException {
    HttpResponse<String> r = post("/1/indexes/*/queries", body);
    if (r.statusCode() != 200) {
      throw new AssertionError("answered " + r.statusCode() + ": " + r.body());
    }
    return JsonParser.parseString(r.body()).getAsJsonObject();
  }

  /** GET of the JSON API that must succeed. */
  JsonObject get(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(URI.create(baseUrl() + pathAndQuery)).build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new AssertionError(pathAndQuery + " answered " + r.statusCode() + ": " + r.body());
    }
    return JsonParser.parseString(r.body()).getAsJsonObject();
  }

  @Override
  public void close() throws IOException {
    server.close();
    served.close();
  }
}
