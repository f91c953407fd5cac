package de.smartcitysearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile bodies for {@code POST /api/documents}: each is indexed sensibly or refused with a JSON
 * 4xx.
 */
class HostileUploadsTest {

  @TempDir static Path dir;
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = new TestServer(dir, List.of(), TestServer.ADMIN_KEY);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void invalidUtf8AndNulBytesInTheTextAreStoredAsReplacementCharacters() throws Exception {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(
        "{\"id\":\"kaputt\",\"title\":\"Stadtteilrat Gaarden\",\"text\":\"Vor "
            .getBytes(StandardCharsets.UTF_8));
    body.write(new byte[] {(byte) 0xC3, ' ', (byte) 0xFF, (byte) 0x80});
    body.write(
        " nach \\u0000 Ende\",\"city\":\"Kiel\",\"land\":\"Schleswig-Holstein\"}"
            .getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r = post(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    assertEquals(201, r.statusCode(), r.body());
    assertEquals(1, server.json("/api/search?q=Gaarden").get("total").getAsInt());
  }

  @Test
  void deeplyNestedJsonIsRefusedOrSkippedWithoutAServerError() throws Exception {
    String nested = "[".repeat(100_000) + "]".repeat(100_000);
    for (String body :
        List.of(
            nested,
            "{\"id\":\"n\",\"title\":\"t\",\"organisations\":" + nested + "}",
            "{\"id\":\"n2\",\"title\":\"Tief\",\"extra\":"
                + "{\"a\":".repeat(50_000)
                + "1"
                + "}".repeat(50_001))) {
      HttpResponse<String> r = post(HttpRequest.BodyPublishers.ofString(body));
      assertTrue(r.statusCode() == 201 || r.statusCode() == 400, r.statusCode() + ": " + r.body());
      assertTrue(r.body().startsWith("{"), r.body());
    }
  }

  @Test
  void aTenThousandCharacterWordIsIndexedAndTheServerKeepsAnswering() throws Exception {
    String word = "Datenplattform".repeat(715); // 10,010 characters without a space
    HttpResponse<String> r =
        post(
            HttpRequest.BodyPublishers.ofString(
                "{\"id\":\"lang\",\"title\":\"Langes Wort\","
                    + "\"text\":\""
                    + word
                    + " Zwischenbericht\",\"city\":\"Kiel\",\"land\":\"Schleswig-Holstein\"}"));
    assertEquals(201, r.statusCode(), r.body());
    assertEquals(1, server.json("/api/search?q=Zwischenbericht").get("total").getAsInt());
  }

  private static HttpResponse<String> post(HttpRequest.BodyPublisher body) throws Exception {
    return server.send(
        HttpRequest.newBuilder(server.uri("/api/documents"))
            .header("Authorization", "Bearer " + TestServer.ADMIN_KEY)
            .header("Content-Type", "application/json")
            .POST(body));
  }
}
