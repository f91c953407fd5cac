package de.smartcitysearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests that break HTTP itself, sent as raw bytes: each gets a 4xx in the API's JSON error shape
 * (never Jetty's empty or HTML page, never a 5xx), whatever the method.
 */
class MalformedRequestsTest {

  @TempDir static Path dir;
  static TestServer server;

  @BeforeAll
  static void start() throws IOException {
    server = new TestServer(dir, List.of(), TestServer.ADMIN_KEY);
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "GET /health\r\n\r\n",
        "GET /health HTTP/2.5\r\nHost: x\r\n\r\n",
        "GARBAGE\r\n\r\n",
        "GET /api/events/a%25b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        "DELETE /api/documents/a%25b HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
            + TestServer.ADMIN_KEY
            + "\r\nConnection: close\r\n\r\n",
        "DELETE /api/documents/a%09b HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
            + TestServer.ADMIN_KEY
            + "\r\nConnection: close\r\n\r\n",
        "DELETE /api/documents/a%5Cb HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
            + TestServer.ADMIN_KEY
            + "\r\nConnection: close\r\n\r\n",
        "PUT /api/documents/a%2Fb HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        "POST /api/documents HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\nConnection: close\r\n\r\n"
            + "{\"a\":",
        "GET /health HTTP/1.1\r\nHost: x\r\nBad Header: x\r\nConnection: close\r\n\r\n",
        "GET /api/events/a\tb HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
      })
  void aRequestThatBreaksHttpGetsAJson4xx(String request) throws Exception {
    RawHttp answer = RawHttp.exchange(server.port, request);
    assertTrue(answer.status() >= 400 && answer.status() < 500, answer.toString());
    assertTrue(
        answer.headers().getOrDefault("content-type", "").startsWith("application/json"),
        answer.toString());
    JsonObject error =
        JsonParser.parseString(answer.body()).getAsJsonObject().getAsJsonObject("error");
    assertFalse(error.get("message").getAsString().isBlank());
    assertFalse(error.get("code").getAsString().equals("internal_error"), answer.toString());
    assertTrue(
        answer.headers().getOrDefault("cache-control", "").contains("no-store"), answer.toString());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"GET /health\r\n\r\n", "GET /health HTTP/3.7\r\nHost: x\r\n\r\n"})
  void http09AndUnknownVersionsAreTheClientsMistake(String request) throws Exception {
    RawHttp answer = RawHttp.exchange(server.port, request);
    assertEquals(400, answer.status(), answer.toString());
    assertTrue(
        answer.body().contains("HTTP/1.1"),
        "the message says what to use instead: " + answer.body());
  }
}
