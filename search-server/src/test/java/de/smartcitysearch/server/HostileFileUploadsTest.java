package de.smartcitysearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import de.smartcitysearch.extract.ExtractionLimits;
import de.smartcitysearch.extract.InputOptions;
import de.smartcitysearch.testing.HostileFiles;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The indexer's hostile file set, uploaded one by one through {@code POST /api/documents}: each
 * file is indexed or refused with a JSON error that names it, no answer is a 5xx, none holds the
 * server past the parse time limit, and the index keeps answering searches.
 */
class HostileFileUploadsTest {

  /** The time limit of reading and enriching one file. */
  private static final Duration PARSE_LIMIT = Duration.ofSeconds(5);

  /**
   * The limit plus receiving the body and writing; an answer later than this means the limit
   * failed.
   */
  private static final Duration ANSWER_LIMIT = PARSE_LIMIT.plusSeconds(15);

  @TempDir static Path dir;
  @TempDir static Path files;
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    HostileFiles.writeSet(files);
    server =
        new TestServer(
            dir,
            new ServerConfig("127.0.0.1", 0, List.of(), TestServer.ADMIN_KEY)
                .withRateLimit(ServerConfig.RateLimit.OFF),
            new InputOptions(new ExtractionLimits(50L << 20, 2_000_000, PARSE_LIMIT), null));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void everyHostileFileIsIndexedOrRefusedByNameAndTheIndexKeepsAnswering() throws Exception {
    Map<String, Integer> status = new TreeMap<>();
    Map<String, String> ids = new TreeMap<>();
    try (Stream<Path> all = Files.list(files)) {
      for (Path file : all.sorted().toList()) {
        String name = file.getFileName().toString();
        long start = System.nanoTime();
        HttpResponse<String> answer =
            server.send(
                HttpRequest.newBuilder(
                        server.uri(
                            "/api/documents?filename="
                                + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                    .header("Authorization", "Bearer " + TestServer.ADMIN_KEY)
                    .header("Content-Type", "application/octet-stream")
                    // as curl does for large bodies: the server may refuse (413) before the body is
                    // sent
                    .expectContinue(true)
                    .POST(HttpRequest.BodyPublishers.ofFile(file)));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        status.put(name, answer.statusCode());
        if (answer.statusCode() == 201) {
          ids.put(
              name,
              JsonParser.parseString(answer.body()).getAsJsonObject().get("id").getAsString());
        }
        assertTrue(took.compareTo(ANSWER_LIMIT) < 0, name + " held the server for " + took);
        assertTrue(
            answer.statusCode() == 201 || (answer.statusCode() >= 400 && answer.statusCode() < 500),
            name + " -> " + answer.statusCode() + " " + answer.body());
        if (answer.statusCode() == 422) {
          JsonObject error =
              JsonParser.parseString(answer.body()).getAsJsonObject().getAsJsonObject("error");
          assertTrue(error.get("message").getAsString().startsWith(name + ": "), error.toString());
        }
      }
    }
    assertEquals(201, status.get("ok.txt"), status.toString());
    assertEquals(
        201,
        status.get("Tag der offenen Tür .. Köln..txt"),
        "an odd name is only a name: " + status);
    assertEquals(413, status.get("huge.txt"), "100 MB is over the 5 MB body limit: " + status);
    assertEquals(422, status.get("encrypted.pdf"), status.toString());
    assertEquals(422, status.get("truncated.pdf"), status.toString());
    assertEquals(422, status.get("empty.txt"), status.toString());

    JsonObject jena = server.json("/api/search?q=Werkstatt%20Jena");
    assertEquals(
        ids.get("ok.txt"),
        jena.getAsJsonArray("hits").get(0).getAsJsonObject().get("id").getAsString());
    assertEquals(200, server.get("/health").statusCode());
  }
}
