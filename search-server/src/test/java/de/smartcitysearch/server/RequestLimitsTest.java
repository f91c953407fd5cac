package de.smartcitysearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rate limiting per client, the trusted-proxy rule for X-Forwarded-For, and the request body limit.
 */
class RequestLimitsTest {

  private static final ServerConfig.RateLimit THREE_THEN_ONE_A_MINUTE =
      new ServerConfig.RateLimit(1.0 / 60, 3);

  @Test
  void aClientOverItsBudgetGets429WithRetryAfterAndTheJsonError(@TempDir Path dir)
      throws Exception {
    try (TestServer server = new TestServer(dir, config().withRateLimit(THREE_THEN_ONE_A_MINUTE))) {
      for (int i = 0; i < 3; i++) {
        assertEquals(200, server.get("/api/search?q=Kiel&page=1&size=" + (i + 1)).statusCode());
      }
      HttpResponse<String> refused = server.get("/api/suggest?q=Ki");
      assertEquals(429, refused.statusCode());
      long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
      assertTrue(
          retryAfter >= 1 && retryAfter <= 60,
          "one token a minute: retry within a minute, was " + retryAfter);
      assertEquals("rate_limited", error(refused).get("code").getAsString());
      assertEquals(200, server.get("/health").statusCode(), "health checks are never limited");
    }
  }

  @Test
  void withoutATrustedProxyXForwardedForCannotBuyAFreshBudget(@TempDir Path dir) throws Exception {
    try (TestServer server = new TestServer(dir, config().withRateLimit(THREE_THEN_ONE_A_MINUTE))) {
      int refused = 0;
      for (int i = 0; i < 6; i++) {
        refused +=
            server.get("/api/search?q=Kiel", "X-Forwarded-For", "198.51.100." + i).statusCode()
                    == 429
                ? 1
                : 0;
      }
      assertEquals(3, refused, "all six requests come from 127.0.0.1, whatever the header claims");
    }
  }

  @Test
  void behindATrustedProxyEachForwardedClientHasItsOwnBudget(@TempDir Path dir) throws Exception {
    ServerConfig config =
        config().withRateLimit(THREE_THEN_ONE_A_MINUTE).withTrustedProxies(List.of("127.0.0.1"));
    try (TestServer server = new TestServer(dir, config)) {
      for (int i = 0; i < 3; i++) {
        assertEquals(
            200, server.get("/api/search?q=Kiel", "X-Forwarded-For", "203.0.113.7").statusCode());
      }
      assertEquals(
          429, server.get("/api/search?q=Kiel", "X-Forwarded-For", "203.0.113.7").statusCode());
      // a forged left part does not help: the proxy appended the real address on the right
      assertEquals(
          429,
          server
              .get("/api/search?q=Kiel", "X-Forwarded-For", "10.9.9.9, 203.0.113.7")
              .statusCode());
      assertEquals(
          200, server.get("/api/search?q=Kiel", "X-Forwarded-For", "203.0.113.8").statusCode());
    }
  }

  @Test
  void aBodyOverTheLimitIs413WhetherItsLengthIsDeclaredOrChunked(@TempDir Path dir)
      throws Exception {
    try (TestServer server = new TestServer(dir, config().withMaxBodyBytes(4096))) {
      String big = document("big", "x".repeat(10_000));
      HttpResponse<String> declared =
          server.send(post(server, HttpRequest.BodyPublishers.ofString(big)));
      assertEquals(413, declared.statusCode());
      assertEquals("too_large", error(declared).get("code").getAsString());

      HttpResponse<String> chunked = server.send(post(server, chunked(big)));
      assertEquals(
          413, chunked.statusCode(), "a body without Content-Length is counted as it arrives");
      assertEquals("too_large", error(chunked).get("code").getAsString());
      assertTrue(
          server.get("/api/events/big").statusCode() == 404,
          "nothing of a refused body was indexed");

      HttpResponse<String> small =
          server.send(post(server, chunked(document("small", "Ein kurzer Text über Kiel."))));
      assertEquals(201, small.statusCode(), small.body());
      assertEquals(200, server.get("/api/events/small").statusCode());
    }
  }

  private static ServerConfig config() {
    return new ServerConfig("127.0.0.1", 0, List.of(), TestServer.ADMIN_KEY);
  }

  private static HttpRequest.Builder post(TestServer server, HttpRequest.BodyPublisher body) {
    return HttpRequest.newBuilder(server.uri("/api/documents"))
        .header("Authorization", "Bearer " + TestServer.ADMIN_KEY)
        .header("Content-Type", "application/json")
        .POST(body);
  }

  /** The publisher of a stream has no known length, so the client sends it chunked. */
  private static HttpRequest.BodyPublisher chunked(String body) {
    return HttpRequest.BodyPublishers.ofInputStream(
        () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
  }

  private static String document(String id, String text) {
    return "{\"id\":\""
        + id
        + "\",\"title\":\"Smart-City-Tag\",\"text\":\""
        + text
        + "\",\"city\":\"Kiel\",\"land\":\"Schleswig-Holstein\"}";
  }

  static JsonObject error(HttpResponse<String> r) {
    return JsonParser.parseString(r.body()).getAsJsonObject().getAsJsonObject("error");
  }
}
