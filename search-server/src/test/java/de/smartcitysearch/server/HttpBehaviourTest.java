package de.smartcitysearch.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Caching, compression and cross-origin rules, on a server with no origin list and one with a list.
 */
class HttpBehaviourTest {

  @TempDir static Path openDir;
  @TempDir static Path listedDir;
  static TestServer open;
  static TestServer listed;

  @BeforeAll
  static void start() throws IOException {
    open = new TestServer(openDir, List.of(), TestServer.ADMIN_KEY);
    listed = new TestServer(listedDir, List.of("https://portal.example.org"), TestServer.ADMIN_KEY);
  }

  @AfterAll
  static void stop() throws IOException {
    open.close();
    listed.close();
  }

  @Test
  void noAnswerNamesTheServerSoftwareOrItsVersion() throws Exception {
    for (String path : List.of("/health", "/api/search?q=Konferenz", "/api/nowhere", "/")) {
      HttpResponse<String> answer = open.get(path);
      assertTrue(
          answer.headers().firstValue("Server").isEmpty(), path + ": " + answer.headers().map());
      assertFalse(answer.body().contains("Jetty"), path);
    }
  }

  @Test
  void aRepeatedGetWithTheETagIsAnswered304WithoutABody() throws Exception {
    HttpResponse<String> first = open.get("/api/search?q=Konferenz");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
    HttpResponse<String> again = open.get("/api/search?q=Konferenz", "If-None-Match", etag);
    assertEquals(304, again.statusCode());
    assertEquals("", again.body());
    HttpResponse<String> other = open.get("/api/search?q=Digitaltag", "If-None-Match", etag);
    assertEquals(200, other.statusCode(), "another query is another representation");
  }

  @Test
  void aChangedIndexInvalidatesTheETag() throws Exception {
    String etag = open.get("/api/facets/city").headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> added =
        open.send(
            HttpRequest.newBuilder(open.uri("/api/documents"))
                .header("Authorization", "Bearer " + TestServer.ADMIN_KEY)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"id\":\"etag-probe\",\"title\":\"Probe\",\"city\":\"Kiel\"}")));
    assertEquals(201, added.statusCode(), added.body());
    assertEquals(200, open.get("/api/facets/city", "If-None-Match", etag).statusCode());
  }

  @Test
  void responsesAreGzippedWhenTheClientAcceptsIt() throws Exception {
    HttpResponse<byte[]> zipped =
        open.getBytes("/api/search?q=Konferenz", "Accept-Encoding", "gzip");
    assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
    String body;
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(body.startsWith("{\"query\":\"Konferenz\""), body);
    HttpResponse<String> plain = open.get("/api/search?q=Konferenz");
    assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
    assertTrue(plain.body().startsWith("{\"query\":\"Konferenz\""));
  }

  @Test
  void anyOriginMayReadWhenNoListIsConfigured() throws Exception {
    HttpResponse<String> r = open.get("/api/search?q=Kiel", "Origin", "https://anywhere.example");
    assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
  }

  @Test
  void anAnswerFetchedWithoutAnOriginMayServeAnotherOriginFromTheBrowsersCache() throws Exception {
    // the demo page on the search host and a partner's widget ask for the same URL; the browser
    // keeps one answer
    HttpResponse<String> r = open.get("/api/search?size=5");
    assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
  }

  @Test
  void onlyListedOriginsMayReadWhenAListIsConfigured() throws Exception {
    HttpResponse<String> ok =
        listed.get("/api/search?q=Kiel", "Origin", "https://portal.example.org");
    assertEquals(
        "https://portal.example.org",
        ok.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    assertTrue(ok.headers().firstValue("Vary").orElse("").contains("Origin"));
    HttpResponse<String> other = listed.get("/api/search?q=Kiel", "Origin", "https://evil.example");
    assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
  }

  @Test
  void errorsVaryByOriginWhenTheCorsAnswerDoes() throws Exception {
    HttpResponse<String> refused =
        listed.get("/api/search?size=ten", "Origin", "https://portal.example.org");
    assertEquals(400, refused.statusCode());
    assertEquals(
        "https://portal.example.org",
        refused.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    assertTrue(
        refused.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Origin")),
        refused.headers().map().toString());
    assertEquals("no-store", refused.headers().firstValue("Cache-Control").orElse(""));
    HttpResponse<String> anyOrigin =
        open.get("/api/search?size=ten", "Origin", "https://portal.example.org");
    assertTrue(
        anyOrigin.headers().allValues("Vary").stream().noneMatch(v -> v.contains("Origin")),
        "the same answer for every origin: nothing to vary on");
  }

  @Test
  void preflightsAreAnsweredForReadsAndRefusedForAdmin() throws Exception {
    HttpResponse<String> read =
        open.send(preflight(open, "/api/search", "https://anywhere.example", "GET"));
    assertEquals(204, read.statusCode());
    assertEquals("*", read.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    assertTrue(
        read.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("GET"));

    HttpResponse<String> admin =
        open.send(preflight(open, "/api/documents", "https://anywhere.example", "POST"));
    assertEquals(403, admin.statusCode());
    assertTrue(admin.headers().firstValue("Access-Control-Allow-Origin").isEmpty());

    HttpResponse<String> unlisted =
        listed.send(preflight(listed, "/api/search", "https://evil.example", "GET"));
    assertEquals(403, unlisted.statusCode());
    assertTrue(unlisted.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
  }

  @Test
  void adminResponsesNeverCarryCorsHeaders() throws Exception {
    HttpResponse<String> r =
        open.send(
            HttpRequest.newBuilder(open.uri("/api/documents/nope"))
                .header("Origin", "https://anywhere.example")
                .header("Authorization", "Bearer " + TestServer.ADMIN_KEY)
                .DELETE());
    assertEquals(404, r.statusCode());
    assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
  }

  @Test
  void theSameGzipBytesDecodeToTheSameJsonAsPlain() throws Exception {
    HttpResponse<byte[]> zipped = open.getBytes("/api/facets/land", "Accept-Encoding", "gzip");
    HttpResponse<byte[]> plain = open.getBytes("/api/facets/land");
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
      assertArrayEquals(plain.body(), in.readAllBytes());
    }
    assertFalse(plain.body().length == 0);
  }

  private static HttpRequest.Builder preflight(
      TestServer s, String path, String origin, String method) {
    return HttpRequest.newBuilder(s.uri(path))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", origin)
        .header("Access-Control-Request-Method", method);
  }
}
