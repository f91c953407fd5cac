package de.smartcitysearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import de.smartcitysearch.extract.InputOptions;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An admin uploads a file instead of JSON: it is parsed with Tika and enriched exactly like an
 * indexed file.
 */
class FileUploadTest {

  private static final Path SEEDS =
      Path.of(System.getProperty("project.root", "..")).resolve("seeds");

  @TempDir static Path dir;
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server =
        new TestServer(
            dir,
            new ServerConfig("127.0.0.1", 0, List.of(), TestServer.ADMIN_KEY)
                .withRateLimit(ServerConfig.RateLimit.OFF),
            InputOptions.DEFAULTS);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void anUploadedSeedPageIsSearchableWithWhatEnrichmentReadsOffIt() throws Exception {
    byte[] page = Files.readAllBytes(SEEDS.resolve("004_86252e8fe78fb156.txt"));
    HttpResponse<String> created = upload("Regionalkonferenz Konstanz.txt", "text/plain", page);
    assertEquals(201, created.statusCode(), created.body());

    JsonObject hit =
        server.json("/api/search?q=Bodenseeregion").getAsJsonArray("hits").get(0).getAsJsonObject();
    assertEquals(
        "Gemeinsam voraus: Kooperation als Erfolgsfaktor für eine Smart City",
        hit.get("title").getAsString(),
        "the page's headline, not its first line");
    assertEquals("Konstanz", hit.get("city").getAsString(), "the venue read from the page");
    assertEquals("2025-09-24", hit.get("start").getAsString());
    assertEquals(
        "upload/Regionalkonferenz Konstanz.txt", json(created).get("source").getAsString());
    assertEquals(json(created).get("id"), hit.get("id"));

    HttpResponse<String> again = upload("Regionalkonferenz Konstanz.txt", "text/plain", page);
    assertEquals(200, again.statusCode());
    assertEquals(
        "replaced",
        json(again).get("status").getAsString(),
        "the answer says the upload replaced one");
    assertEquals(json(created).get("id"), json(again).get("id"));
    assertEquals(
        1,
        server.json("/api/search?q=Bodenseeregion").get("total").getAsInt(),
        "uploading the same file again replaces it");
  }

  @Test
  void twoUploadsNamedKielProgrammAndHamburgProgrammGetDifferentIds() throws Exception {
    HttpResponse<String> kiel =
        upload(
            "kiel/programm.txt",
            "text/plain",
            "Programm Kiel\n\nDer Digitaltag an der Förde mit Hafenrundgang."
                .getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> hamburg =
        upload(
            "hamburg/programm.txt",
            "text/plain",
            "Programm Hamburg\n\nDie Quartierswerkstatt an der Elbe mit Stadtrundgang."
                .getBytes(StandardCharsets.UTF_8));
    assertEquals(201, kiel.statusCode(), kiel.body());
    assertEquals(
        201,
        hamburg.statusCode(),
        "a file of the same name in another folder is another document: " + hamburg.body());
    String kielId = json(kiel).get("id").getAsString();
    String hamburgId = json(hamburg).get("id").getAsString();
    assertTrue(!kielId.equals(hamburgId), kielId);
    assertEquals("upload/kiel/programm.txt", json(kiel).get("source").getAsString());
    assertEquals("upload/hamburg/programm.txt", json(hamburg).get("source").getAsString());
    assertEquals("Programm Kiel", server.json("/api/events/" + kielId).get("title").getAsString());
    assertEquals(
        "Programm Hamburg", server.json("/api/events/" + hamburgId).get("title").getAsString());
    assertEquals(
        1,
        server.json("/api/search?q=Hafenrundgang").get("total").getAsInt(),
        "the first is still there");
  }

  @Test
  void aBrokenFileIsRefusedWithItsNameAndReason() throws Exception {
    byte[] truncated =
        Arrays.copyOf(
            "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII), 30);
    HttpResponse<String> answer = upload("programm.pdf", "application/pdf", truncated);
    assertEquals(422, answer.statusCode(), answer.body());
    JsonObject error =
        JsonParser.parseString(answer.body()).getAsJsonObject().getAsJsonObject("error");
    assertEquals("unreadable_file", error.get("code").getAsString());
    assertTrue(error.get("message").getAsString().startsWith("programm.pdf: "), error.toString());
  }

  @Test
  void onlyKnownFileTypesAndNamedFilesAreTaken() throws Exception {
    assertEquals(
        415, upload("tabelle.xlsx", "application/octet-stream", new byte[] {1, 2, 3}).statusCode());
    HttpResponse<String> unnamed =
        server.send(
            HttpRequest.newBuilder(server.uri("/api/documents"))
                .header("Authorization", "Bearer " + TestServer.ADMIN_KEY)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("Ein Text ohne Namen")));
    assertEquals(415, unnamed.statusCode(), unnamed.body());
    assertTrue(unnamed.body().contains("?filename="), unnamed.body());
  }

  @Test
  void aPathInTheFileNameIsANameNeverAPlaceOnDisk() throws Exception {
    byte[] page =
        "Workshop Datenplattform in Jena\n\nEin Workshop zur urbanen Datenplattform."
            .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> answer = upload("../../etc/jena.txt", "text/plain", page);
    assertEquals(201, answer.statusCode());
    assertEquals(
        "upload/etc/jena.txt",
        json(answer).get("source").getAsString(),
        "'..' and '.' parts are dropped");
  }

  private static JsonObject json(HttpResponse<String> answer) {
    return JsonParser.parseString(answer.body()).getAsJsonObject();
  }

  private static HttpResponse<String> upload(String fileName, String type, byte[] body)
      throws Exception {
    return server.send(
        HttpRequest.newBuilder(
                server.uri(
                    "/api/documents?filename="
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8)))
            .header("Authorization", "Bearer " + TestServer.ADMIN_KEY)
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }
}
