package de.smartcitysearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Adding and removing documents: only with the admin key, and visible to search at once. */
class AdminApiTest {

  @TempDir static Path dir;
  @TempDir static Path offDir;
  static TestServer server;
  static TestServer switchedOff;

  @BeforeAll
  static void start() throws IOException {
    server = new TestServer(dir, List.of(), TestServer.ADMIN_KEY);
    switchedOff = new TestServer(offDir, List.of(), null);
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    switchedOff.close();
  }

  static HttpRequest.Builder post(TestServer s, String json, String key) {
    HttpRequest.Builder b = HttpRequest.newBuilder(s.uri("/api/documents")).header("Content-Type",
        "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    return key == null ? b : b.header("Authorization", "Bearer " + key);
  }

  static String code(HttpResponse<String> r) {
    return JsonParser.parseString(r.body()).getAsJsonObject().getAsJsonObject("error").get("code").getAsString();
  }

  @Test
  void aPostedDocumentIsSearchableWhenTheCallReturns() throws Exception {
    String doc = """
        {"id":"rostock-hafen","title":"Hafenforum Rostock","text":"Die Hansestadt diskutiert den Wasserstoffhafen.",
         "start":"2026-09-03","city":"Rostock","land":"Mecklenburg-Vorpommern","topics":["Energie"]}""";
    assertEquals(0, server.json("/api/search?q=Wasserstoffhafen").get("total").getAsInt());
    HttpResponse<String> r = server.send(post(server, doc, TestServer.ADMIN_KEY));
    assertEquals(201, r.statusCode(), r.body());
    JsonObject found = server.json("/api/search?q=Wasserstoffhafen");
    assertEquals(1, found.get("total").getAsInt());
    JsonObject hit = found.getAsJsonArray("hits").get(0).getAsJsonObject();
    assertEquals("rostock-hafen", hit.get("id").getAsString());
    assertEquals("Rostock", hit.get("venue_city").getAsString());
    assertEquals("Mecklenburg-Vorpommern", hit.get("land").getAsString());

    HttpResponse<String> deleted = server.send(HttpRequest.newBuilder(server.uri("/api/documents/rostock-hafen"))
        .header("Authorization", "Bearer " + TestServer.ADMIN_KEY).DELETE());
    assertEquals(200, deleted.statusCode(), deleted.body());
    assertEquals(0, server.json("/api/search?q=Wasserstoffhafen").get("total").getAsInt());
    assertEquals(404, server.get("/api/events/rostock-hafen").statusCode());
  }

  @Test
  void aCityTheIndexKnowsNeedsNoLand() throws Exception {
    HttpResponse<String> r = server.send(post(server,
        "{\"id\":\"kiel-radtag\",\"title\":\"Radtag\",\"city\":\"Kiel\"}", TestServer.ADMIN_KEY));
    assertEquals(201, r.statusCode(), r.body());
    JsonObject hit = server.json("/api/search?q=Radtag").getAsJsonArray("hits").get(0).getAsJsonObject();
    assertEquals("Schleswig-Holstein", hit.get("land").getAsString());
  }

  @Test
  void withoutTheKeyOrWithAWrongOneNothingIsWritten() throws Exception {
    String doc = "{\"id\":\"intruder\",\"title\":\"Eindringling\"}";
    HttpResponse<String> none = server.send(post(server, doc, null));
    assertEquals(401, none.statusCode());
    assertEquals("unauthorized", code(none));
    assertEquals("Bearer", none.headers().firstValue("WWW-Authenticate").orElse(""));
    HttpResponse<String> wrong = server.send(post(server, doc, TestServer.ADMIN_KEY + "x"));
    assertEquals(401, wrong.statusCode());
    HttpResponse<String> delete = server.send(HttpRequest.newBuilder(server.uri("/api/documents/kiel-ostufer"))
        .header("Authorization", "Bearer wrong").DELETE());
    assertEquals(401, delete.statusCode());
    assertEquals(0, server.json("/api/search?q=Eindringling").get("total").getAsInt());
    assertEquals(200, server.get("/api/events/kiel-ostufer").statusCode());
  }

  @Test
  void withoutAConfiguredKeyTheAdminEndpointsAreSwitchedOff() throws Exception {
    HttpResponse<String> r = switchedOff.send(post(switchedOff, "{\"id\":\"x\",\"title\":\"X\"}", "anything"));
    assertEquals(403, r.statusCode());
    assertEquals("admin_disabled", code(r));
    assertTrue(!r.body().contains("anything"));
  }

  @Test
  void badDocumentsAreRefusedWithTheFieldNamed() throws Exception {
    record Case(String json, int status, String code) {}
    for (Case c : List.of(
        new Case("{not json", 400, "invalid_json"),
        new Case("", 400, "invalid_json"),
        new Case("{\"title\":\"Ohne Id\"}", 400, "invalid_parameter"),
        new Case("{\"id\":\"a\"}", 400, "invalid_parameter"),
        new Case("{\"id\":\"a\",\"title\":\"T\",\"start\":\"morgen\"}", 400, "invalid_parameter"),
        new Case("{\"id\":\"a\",\"title\":\"T\",\"city\":\"Atlantis\"}", 400, "invalid_parameter"),
        new Case("{\"id\":\"a\",\"title\":\"T\",\"city\":\"X\",\"land\":\"Narnia\"}", 400, "invalid_parameter"))) {
      HttpResponse<String> r = server.send(post(server, c.json(), TestServer.ADMIN_KEY));
      assertEquals(c.status(), r.statusCode(), c.json() + " -> " + r.body());
      assertEquals(c.code(), code(r), c.json());
    }
    HttpResponse<String> notJson = server.send(HttpRequest.newBuilder(server.uri("/api/documents"))
        .header("Authorization", "Bearer " + TestServer.ADMIN_KEY).header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("hello")));
    assertEquals(415, notJson.statusCode());
  }

  @Test
  void deletingAnUnknownIdIs404() throws Exception {
    HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.uri("/api/documents/nope"))
        .header("Authorization", "Bearer " + TestServer.ADMIN_KEY).DELETE());
    assertEquals(404, r.statusCode());
    assertEquals("not_found", code(r));
  }
}
