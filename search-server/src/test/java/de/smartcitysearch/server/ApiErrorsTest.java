package de.smartcitysearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every bad request gets a JSON error naming what was wrong: never a stack trace, never an HTML
 * page.
 */
class ApiErrorsTest {

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

  static JsonObject error(HttpResponse<String> r) {
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        r.headers().toString());
    assertFalse(r.body().contains("Exception"), r.body());
    assertFalse(r.body().toLowerCase().contains("<html"), r.body());
    return JsonParser.parseString(r.body()).getAsJsonObject().getAsJsonObject("error");
  }

  @ParameterizedTest(name = "{0} -> {1} {2} ({3})")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/search?size=101                  | 400 | out_of_range      | size",
        "/api/search?size=0                    | 400 | out_of_range      | size",
        "/api/search?size=ten                  | 400 | invalid_parameter | size",
        "/api/search?page=0                    | 400 | out_of_range      | page",
        "/api/search?page=1001&size=10         | 400 | page_too_deep     | page",
        "/api/search?page=100&size=100         | 200 | -                 | -",
        "/api/search?from=18.04.2026           | 400 | invalid_parameter | from",
        "/api/search?from=2026-05-01&to=2026-04-01 | 400 | invalid_parameter | to",
        "/api/search?sort=popularity           | 400 | invalid_parameter | sort",
        "/api/search?when=tomorrow             | 400 | invalid_parameter | when",
        "/api/search?q=a&q=b                   | 400 | invalid_parameter | q",
        "/api/search?citty=Kiel                | 400 | invalid_parameter | citty",
        "/api/search?group=city                | 400 | invalid_parameter | group",
        "/api/search?group=event&kind=session  | 400 | invalid_parameter | group",
        "/api/suggest?size=50                  | 400 | out_of_range      | size",
        "/api/facets/weather                   | 400 | invalid_parameter | dimension",
        "/api/facets/land?reference=atlantis   | 400 | invalid_parameter | reference",
        "/api/search?from=%2B999999999-12-31&to=%2B999999999-12-31 | 400 | invalid_parameter | from",
        "/api/coverage?cols=topic              | 400 | invalid_parameter | rows",
        "/api/coverage?rows=land&cols=land     | 400 | invalid_parameter | cols",
        "/api/coverage?rows=month&cols=topic   | 400 | invalid_parameter | rows",
        "/api/coverage?rows=land&cols=topic&format=xlsx | 400 | invalid_parameter | format",
        "/api/coverage?rows=land&cols=topic&kind=workshop | 400 | invalid_parameter | kind",
        "/api/coverage?rows=land&cols=month&from=2026-12-01&to=2026-01-01 | 400 | invalid_parameter | to",
        "/api/facets/land?kind=all             | 400 | invalid_parameter | kind",
        "/api/widget/presets?citty=Kiel        | 400 | invalid_parameter | citty",
        "/api/widget/presets?city=Keil&from=gestern | 200 | -            | -",
        "/api/widget/problems?all=1            | 400 | invalid_parameter | all",
        "/api/events/unknown-id                | 404 | not_found         | -",
        "/api/nothing-here                     | 404 | not_found         | -",
        "/health?verbose=1                     | 400 | invalid_parameter | verbose",
      })
  void badRequestsGetAJsonErrorNamingTheParameter(
      String path, int status, String code, String parameter) throws Exception {
    HttpResponse<String> r = server.get(path);
    assertEquals(status, r.statusCode(), r.body());
    if (status == 200) {
      return;
    }
    JsonObject error = error(r);
    assertEquals(code, error.get("code").getAsString());
    assertFalse(error.get("message").getAsString().isBlank());
    if (parameter.equals("-")) {
      assertTrue(error.get("parameter").isJsonNull());
    } else {
      assertEquals(parameter, error.get("parameter").getAsString());
    }
  }

  @Test
  void aQueryOf500CharactersIsAcceptedAnd501AreNot() throws Exception {
    assertEquals(200, server.get("/api/search?q=" + "a".repeat(500)).statusCode());
    HttpResponse<String> tooLong = server.get("/api/search?q=" + "a".repeat(501));
    assertEquals(400, tooLong.statusCode());
    JsonObject error = error(tooLong);
    assertEquals("query_too_long", error.get("code").getAsString());
    assertEquals("q", error.get("parameter").getAsString());
  }

  @Test
  void aPathAnsweredWithAMethodItDoesNotTakeIs405NamingTheMethodsItTakes() throws Exception {
    HttpResponse<String> put =
        server.send(
            HttpRequest.newBuilder(server.uri("/api/search"))
                .PUT(HttpRequest.BodyPublishers.ofString("{}")));
    assertEquals(405, put.statusCode());
    assertEquals("method_not_allowed", error(put).get("code").getAsString());
    assertEquals("GET, HEAD, OPTIONS", put.headers().firstValue("Allow").orElse(""));

    HttpResponse<String> odd =
        server.send(
            HttpRequest.newBuilder(server.uri("/api/events/kiel-digitaltag"))
                .method("PROPFIND", HttpRequest.BodyPublishers.noBody()));
    assertEquals(405, odd.statusCode());
    assertEquals("GET, HEAD, OPTIONS", odd.headers().firstValue("Allow").orElse(""));

    HttpResponse<String> nowhere =
        server.send(
            HttpRequest.newBuilder(server.uri("/api/nothing-here"))
                .PUT(HttpRequest.BodyPublishers.ofString("{}")));
    assertEquals(404, nowhere.statusCode(), "a path no method answers is not there at all");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/search?kind=event%00          | kind",
        "/api/search?q=Kiel%0AHafen        | q",
        "/api/search?city=Kiel%09          | city",
        "/api/suggest?q=Ki%7F              | q",
        "/api/search?q=Kiel%C2%85          | q",
        "/api/facets/city?prefix=K%1B      | prefix",
      })
  void controlCharactersInAParameterAre400NamingIt(String path, String parameter) throws Exception {
    HttpResponse<String> r = server.get(path);
    assertEquals(400, r.statusCode(), r.body());
    JsonObject error = error(r);
    assertEquals("invalid_parameter", error.get("code").getAsString());
    assertEquals(parameter, error.get("parameter").getAsString());
    assertTrue(error.get("message").getAsString().contains("control character"), error.toString());
  }

  @Test
  void errorsAreNeverKeptByACache() throws Exception {
    for (String path :
        List.of("/api/search?size=ten", "/api/events/unknown-id", "/api/nothing-here")) {
      HttpResponse<String> r = server.get(path);
      assertTrue(r.statusCode() >= 400, path);
      assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""), path);
    }
  }

  @Test
  void queryTextWithLuceneSyntaxIsJustText() throws Exception {
    for (String q : List.of("title:(a OR b", "\"unclosed", "***", "-", "a AND OR NOT", "\\")) {
      HttpResponse<String> r = server.get("/api/search?q=" + SearchApiTest.enc(q));
      assertEquals(200, r.statusCode(), q + ": " + r.body());
    }
  }

  @Test
  void aFailureInsideIsAJson500WithoutDetails(@TempDir Path brokenDir) throws Exception {
    try (TestServer broken = new TestServer(brokenDir, List.of(), null)) {
      broken.breakIndex();
      HttpResponse<String> r = broken.get("/api/search?q=Kiel");
      assertEquals(500, r.statusCode());
      JsonObject error = error(r);
      assertEquals("internal_error", error.get("code").getAsString());
      assertFalse(r.body().contains("lucene"), r.body());
    }
  }
}
