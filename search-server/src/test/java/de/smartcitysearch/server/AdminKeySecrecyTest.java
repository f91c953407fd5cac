package de.smartcitysearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Neither the configured admin key nor a guessed one shows up in the server's log or in any answer.
 */
class AdminKeySecrecyTest {

  private static final String GUESS = "guessed-key-7f3a9c";

  @Test
  void keysNeverAppearInLogsOrErrorMessages(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream original = System.err;
    List<String> bodies = new ArrayList<>();
    // slf4j-simple writes to whatever System.err is at the time of each log call
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    try (TestServer server = new TestServer(dir, List.of(), TestServer.ADMIN_KEY)) {
      String doc =
          "{\"id\":\"geheim\",\"title\":\"Sitzung\",\"city\":\"Kiel\",\"land\":\"Schleswig-Holstein\"}";
      bodies.add(expect(401, server.send(AdminApiTest.post(server, doc, GUESS))));
      bodies.add(
          expect(401, server.send(AdminApiTest.post(server, doc, TestServer.ADMIN_KEY + "x"))));
      bodies.add(expect(201, server.send(AdminApiTest.post(server, doc, TestServer.ADMIN_KEY))));
      bodies.add(
          expect(400, server.send(AdminApiTest.post(server, "{not json", TestServer.ADMIN_KEY))));
      bodies.add(
          expect(
              404,
              server.send(
                  HttpRequest.newBuilder(
                          server.uri("/api/documents/unknown?key=" + TestServer.ADMIN_KEY))
                      .header("Authorization", "Bearer " + TestServer.ADMIN_KEY)
                      .DELETE())));
      bodies.add(
          expect(
              401,
              server.send(
                  HttpRequest.newBuilder(server.uri("/api/documents/geheim?key=" + GUESS))
                      .DELETE())));
    } finally {
      System.setErr(original);
    }
    String logged = log.toString(StandardCharsets.UTF_8);
    original.print(logged);
    assertTrue(
        logged.contains("POST /api/documents 401"), "the capture sees the access log:\n" + logged);
    assertTrue(logged.contains("DELETE /api/documents/unknown 404"), logged);
    for (String secret : List.of(TestServer.ADMIN_KEY, GUESS)) {
      assertFalse(logged.contains(secret), "the log shows " + secret);
      for (String body : bodies) {
        assertFalse(body.contains(secret), "an answer shows " + secret + ": " + body);
      }
    }
  }

  private static String expect(int status, HttpResponse<String> r) {
    assertEquals(status, r.statusCode(), r.body());
    return r.body() + r.headers().map();
  }
}
