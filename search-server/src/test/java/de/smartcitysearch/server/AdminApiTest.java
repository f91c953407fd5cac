package de.smartcitysearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import de.smartcitysearch.document.DocumentId;
import de.smartcitysearch.document.DocumentLimits;
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
    HttpRequest.Builder b =
        HttpRequest.newBuilder(s.uri("/api/documents"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    return key == null ? b : b.header("Authorization", "Bearer " + key);
  }

  static String code(HttpResponse<String> r) {
    return error(r).get("code").getAsString();
  }

  static JsonObject error(HttpResponse<String> r) {
    return json(r).getAsJsonObject("error");
  }

  static JsonObject json(HttpResponse<String> r) {
    return JsonParser.parseString(r.body()).getAsJsonObject();
  }

  static List<String> warnings(HttpResponse<String> r) {
    return json(r).getAsJsonArray("warnings").asList().stream().map(w -> w.getAsString()).toList();
  }

  private static HttpResponse<String> delete(String escapedId) throws Exception {
    return server.send(
        HttpRequest.newBuilder(server.uri("/api/documents/" + escapedId))
            .header("Authorization", "Bearer " + TestServer.ADMIN_KEY)
            .DELETE());
  }

  @Test
  void aPostedDocumentIsSearchableWhenTheCallReturns() throws Exception {
    String doc =
        """
        {"id":"rostock-hafen","title":"Hafenforum Rostock","text":"Die Hansestadt diskutiert den Wasserstoffhafen.",
         "start":"2026-09-03","city":"Rostock","land":"Mecklenburg-Vorpommern","topics":["Energie"]}""";
    assertEquals(0, server.json("/api/search?q=Wasserstoffhafen").get("total").getAsInt());
    HttpResponse<String> r = server.send(post(server, doc, TestServer.ADMIN_KEY));
    assertEquals(201, r.statusCode(), r.body());
    JsonObject found = server.json("/api/search?q=Wasserstoffhafen");
    assertEquals(1, found.get("total").getAsInt());
    JsonObject hit = found.getAsJsonArray("hits").get(0).getAsJsonObject();
    assertEquals("rostock-hafen", hit.get("id").getAsString());
    assertEquals("Rostock", hit.get("city").getAsString());
    assertEquals("Mecklenburg-Vorpommern", hit.get("land").getAsString());

    HttpResponse<String> deleted =
        server.send(
            HttpRequest.newBuilder(server.uri("/api/documents/rostock-hafen"))
                .header("Authorization", "Bearer " + TestServer.ADMIN_KEY)
                .DELETE());
    assertEquals(200, deleted.statusCode(), deleted.body());
    assertEquals(0, server.json("/api/search?q=Wasserstoffhafen").get("total").getAsInt());
    assertEquals(404, server.get("/api/events/rostock-hafen").statusCode());
  }

  @Test
  void aCityTheGazetteerKnowsNeedsNoLand() throws Exception {
    HttpResponse<String> r =
        server.send(
            post(
                server,
                "{\"id\":\"kiel-radtag\",\"title\":\"Radtag\",\"city\":\"Kiel\"}",
                TestServer.ADMIN_KEY));
    assertEquals(201, r.statusCode(), r.body());
    JsonObject hit =
        server.json("/api/search?q=Radtag").getAsJsonArray("hits").get(0).getAsJsonObject();
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
    HttpResponse<String> delete =
        server.send(
            HttpRequest.newBuilder(server.uri("/api/documents/kiel-ostufer"))
                .header("Authorization", "Bearer wrong")
                .DELETE());
    assertEquals(401, delete.statusCode());
    assertEquals(0, server.json("/api/search?q=Eindringling").get("total").getAsInt());
    assertEquals(200, server.get("/api/events/kiel-ostufer").statusCode());
  }

  @Test
  void withoutAConfiguredKeyTheAdminEndpointsAreSwitchedOff() throws Exception {
    HttpResponse<String> r =
        switchedOff.send(post(switchedOff, "{\"id\":\"x\",\"title\":\"X\"}", "anything"));
    assertEquals(403, r.statusCode());
    assertEquals("admin_disabled", code(r));
    assertTrue(!r.body().contains("anything"));
  }

  @Test
  void badDocumentsAreRefusedWithTheFieldNamed() throws Exception {
    record Case(String json, int status, String code) {}
    for (Case c :
        List.of(
            new Case("{not json", 400, "invalid_json"),
            new Case("", 400, "invalid_json"),
            new Case("{\"title\":\"Ohne Id\"}", 400, "invalid_parameter"),
            new Case("{\"id\":\"a\"}", 400, "invalid_parameter"),
            new Case(
                "{\"id\":\"a\",\"title\":\"T\",\"start\":\"morgen\"}", 400, "invalid_parameter"),
            new Case(
                "{\"id\":\"a\",\"title\":\"T\",\"start_time\":\"25:00\"}",
                400,
                "invalid_parameter"),
            new Case(
                "{\"id\":\"a\",\"title\":\"T\",\"start\":\"2026-05-02\",\"end\":\"2026-05-01\"}",
                400,
                "invalid_parameter"),
            new Case("{\"id\":\"a\",\"title\":\"T\",\"topics\":[1,{}]}", 400, "invalid_parameter"),
            new Case(
                "{\"id\":\"a\",\"title\":\"T\",\"venue_city\":\"Kiel\"}", 400, "invalid_parameter"),
            new Case("{\"id\":\"a\",\"title\":\"T\"} {\"id\":\"b\"}", 400, "invalid_json"),
            new Case("{'id':'a','title':'T'}", 400, "invalid_json"))) {
      HttpResponse<String> r = server.send(post(server, c.json(), TestServer.ADMIN_KEY));
      assertEquals(c.status(), r.statusCode(), c.json() + " -> " + r.body());
      assertEquals(c.code(), code(r), c.json());
    }
    HttpResponse<String> misspelt =
        server.send(
            post(
                server,
                "{\"id\":\"a\",\"title\":\"T\",\"organisation\":[\"KTS\"]}",
                TestServer.ADMIN_KEY));
    assertEquals(
        "organisation",
        error(misspelt).get("parameter").getAsString(),
        "the misspelt field is named");
    HttpResponse<String> notJson =
        server.send(
            HttpRequest.newBuilder(server.uri("/api/documents"))
                .header("Authorization", "Bearer " + TestServer.ADMIN_KEY)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello")));
    assertEquals(415, notJson.statusCode());
  }

  @Test
  void jsonThatIsNotStandardJsonIsRefusedInWordsThatNameNoJavaClass() throws Exception {
    for (String json :
        List.of(
            "{\"id\":\"a\",\"title\":\"T\",\"id\":\"b\"}",
            "{\"id\":\"a\",\"title\":NaN}",
            "{\"id\":\"a\",/* c */\"title\":\"T\"}",
            "{\"id\":\"a\",\"title\":\"\\uD800\"}",
            "{\"id\":",
            "{\"id\":\"a\",\"title\":\"T\",}",
            "\u0000\u00ff")) {
      HttpResponse<String> r = server.send(post(server, json, TestServer.ADMIN_KEY));
      assertEquals(400, r.statusCode(), json + " -> " + r.body());
      assertEquals("invalid_json", code(r), json);
      String message = error(r).get("message").getAsString();
      assertFalse(
          message.matches("(?s).*(Exception|Error\\b|java\\.|com\\.google|JsonReader|https?://).*"),
          json + " -> " + message);
    }
    HttpResponse<String> twice =
        server.send(
            post(server, "{\"id\":\"a\",\"title\":\"T\",\"id\":\"b\"}", TestServer.ADMIN_KEY));
    assertTrue(
        error(twice).get("message").getAsString().contains("'id' is given twice"), twice.body());
    assertEquals(404, server.get("/api/events/b").statusCode(), "neither id was stored");
  }

  @Test
  void refusalsFromParsersLoseTheirJavaClassNames() {
    assertEquals(
        "cannot be parsed (End of input)",
        DocumentIntake.inWords("cannot be parsed (java.io.EOFException: End of input)"));
    assertEquals(
        "cannot be parsed (a parser failure)",
        DocumentIntake.inWords("cannot be parsed (NullPointerException)"));
    assertEquals(
        "not valid JSON (Unterminated string at line 1 column 8 path $.id)",
        DocumentIntake.inWords(
            "not valid JSON (Unterminated string at line 1 column 8 path $.id\nSee "
                + "https://github.com/google/gson/blob/main/Troubleshooting.md#malformed-json)"));
    assertEquals(
        "field 'title' must be a string", DocumentIntake.inWords("field 'title' must be a string"));
  }

  @Test
  void anIdWithATabIsRefusedWith400NamingTheRule() throws Exception {
    HttpResponse<String> r =
        server.send(
            post(server, "{\"id\":\"kiel\\tost\",\"title\":\"Tab\"}", TestServer.ADMIN_KEY));
    assertEquals(400, r.statusCode(), r.body());
    JsonObject error = error(r);
    assertEquals("id", error.get("parameter").getAsString());
    assertTrue(error.get("message").getAsString().contains("kiel\\u0009ost"), error.toString());
    assertTrue(error.get("message").getAsString().contains(DocumentId.RULE), error.toString());
    for (String id : List.of("a%25b", "a\\\\b", "a b", "a/b", "ä", "x".repeat(201))) {
      HttpResponse<String> refused =
          server.send(
              post(server, "{\"id\":\"" + id + "\",\"title\":\"Bad id\"}", TestServer.ADMIN_KEY));
      assertEquals(400, refused.statusCode(), id + " -> " + refused.body());
    }
    assertEquals(0, server.json("/api/search?q=Tab").get("total").getAsInt());
  }

  @Test
  void aUrlGivenAsIdIsStoredInTheSafeFormAndCanBeFetchedAndDeleted() throws Exception {
    HttpResponse<String> r =
        server.send(
            post(
                server,
                "{\"id\":\"https://example.org/termine/42?lang=de\",\"title\":\"Termin mit Link-Id\"}",
                TestServer.ADMIN_KEY));
    assertEquals(201, r.statusCode(), r.body());
    String id = json(r).get("id").getAsString();
    assertTrue(DocumentId.isValid(id), id);
    assertTrue(id.startsWith("example.org:termine:42"), id);
    assertEquals(200, server.get("/api/events/" + id).statusCode());
    assertEquals(200, delete(id).statusCode());
    assertEquals(404, server.get("/api/events/" + id).statusCode());
  }

  @Test
  void aSessionCanBeFetchedAndDeletedByItsIdAndTheEventStays() throws Exception {
    String session = "kiel-digitaltag%23s1"; // "kiel-digitaltag#s1", the # escaped in the path
    assertEquals(200, server.get("/api/events/" + session).statusCode());
    assertEquals(200, delete(session).statusCode());
    assertEquals(404, server.get("/api/events/" + session).statusCode());
    assertEquals(
        200, server.get("/api/events/kiel-digitaltag").statusCode(), "the event keeps its page");
  }

  @Test
  void aDeleteOfAnIdThatBreaksTheRuleIs400NamingTheRule() throws Exception {
    // (Jetty itself refuses %25, %09 and %5C in a path, before any route, with an empty 400: no
    // such id is stored)
    for (String id : List.of("a%20b", "%C3%A4", "a:b,c")) {
      HttpResponse<String> r = delete(id);
      assertEquals(400, r.statusCode(), id + " -> " + r.body());
      assertTrue(r.body().startsWith("{"), id + " -> '" + r.body() + "'");
      assertEquals("id", error(r).get("parameter").getAsString());
      assertTrue(error(r).get("message").getAsString().contains(DocumentId.RULE), r.body());
    }
  }

  @Test
  void postingTheSameIdAgainAnswersReplaced() throws Exception {
    String v1 = "{\"id\":\"luebeck-hafen\",\"title\":\"Hafenforum Lübeck\",\"city\":\"Lübeck\"}";
    String v2 =
        "{\"id\":\"luebeck-hafen\",\"title\":\"Hafenforum Lübeck (verlegt)\",\"city\":\"Lübeck\"}";
    HttpResponse<String> first = server.send(post(server, v1, TestServer.ADMIN_KEY));
    assertEquals(201, first.statusCode(), first.body());
    assertEquals("indexed", json(first).get("status").getAsString());
    HttpResponse<String> second = server.send(post(server, v2, TestServer.ADMIN_KEY));
    assertEquals(200, second.statusCode(), second.body());
    assertEquals("replaced", json(second).get("status").getAsString());
    assertEquals(1, server.json("/api/search?q=Hafenforum%20L%C3%BCbeck").get("total").getAsInt());
  }

  @Test
  void anIdThatAnotherSourceHoldsIsRefusedWith409NamingIt() throws Exception {
    HttpResponse<String> r =
        server.send(
            post(
                server, "{\"id\":\"kiel-ostufer\",\"title\":\"Übernahme\"}", TestServer.ADMIN_KEY));
    assertEquals(409, r.statusCode(), r.body());
    assertEquals("id_taken", code(r));
    assertTrue(error(r).get("message").getAsString().contains("seed:kiel-ostufer"), r.body());
    assertEquals(
        "Stadtwerkstatt Ostufer",
        server.json("/api/events/kiel-ostufer").get("title").getAsString());
  }

  @Test
  void valuesThatCannotBeUsedAreLeftOutWithAWarningAndTheDocumentIsKept() throws Exception {
    HttpResponse<String> atlantis =
        server.send(
            post(
                server,
                "{\"id\":\"atlantis\",\"title\":\"Versunkene Stadt\",\"city\":\"Atlantis\"}",
                TestServer.ADMIN_KEY));
    assertEquals(201, atlantis.statusCode(), atlantis.body());
    assertTrue(
        warnings(atlantis)
            .contains(
                "city 'Atlantis' is no municipality the gazetteer knows and no land was "
                    + "given: the event has no venue"),
        atlantis.body());
    HttpResponse<String> narnia =
        server.send(
            post(
                server,
                "{\"id\":\"narnia\",\"title\":\"Kleiderschrank\",\"city\":\"Kiel\",\"land\":\"Narnia\"}",
                TestServer.ADMIN_KEY));
    assertEquals(201, narnia.statusCode(), narnia.body());
    assertTrue(
        warnings(narnia).contains("land 'Narnia' was not used: it is not one of the 16 Länder"),
        narnia.body());
    JsonObject event = server.json("/api/events/narnia");
    assertEquals("Schleswig-Holstein", event.get("land").getAsString(), "the city alone");
  }

  @Test
  void aCityTheGazetteerLacksIsPlacedByItsLand() throws Exception {
    HttpResponse<String> r =
        server.send(
            post(
                server,
                "{\"id\":\"neudorf\",\"title\":\"Dorffest\",\"city\":\"Neudorf am Deich\",\"land\":\"Niedersachsen\"}",
                TestServer.ADMIN_KEY));
    assertEquals(201, r.statusCode(), r.body());
    assertEquals("[]", json(r).get("warnings").toString());
    JsonObject hit =
        server.json("/api/search?q=Dorffest").getAsJsonArray("hits").get(0).getAsJsonObject();
    assertEquals("Neudorf am Deich", hit.get("city").getAsString());
    assertEquals("Niedersachsen", hit.get("land").getAsString());
  }

  @Test
  void aDocumentDated0202IsKeptWithoutADateAndBrowsingStillAnswers200() throws Exception {
    HttpResponse<String> r =
        server.send(
            post(
                server,
                "{\"id\":\"altes-datum\",\"title\":\"Stadtchronik Speyer\",\"start\":\"0202-05-04\"}",
                TestServer.ADMIN_KEY));
    assertEquals(201, r.statusCode(), r.body());
    assertTrue(
        warnings(r).contains("start 0202-05-04 lies outside the years 1900-2200 and is left out"),
        r.body());
    JsonObject event = server.json("/api/events/altes-datum");
    assertTrue(event.get("start").isJsonNull(), event.toString());
    for (String browse :
        List.of(
            "/api/search?q=",
            "/api/search?q=Stadtchronik",
            "/api/facets/month",
            "/api/coverage?rows=city&cols=month",
            "/api/search?q=&sort=date")) {
      assertEquals(200, server.get(browse).statusCode(), browse);
    }
    assertEquals(1, server.json("/api/search?q=Stadtchronik").get("total").getAsInt());
  }

  @Test
  void oneHundredThousandTopicsAreCutToFiftyWithAWarning() throws Exception {
    StringBuilder topics = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      topics.append(i == 0 ? "" : ",").append("\"Thema ").append(i).append('"');
    }
    HttpResponse<String> r =
        server.send(
            post(
                server,
                "{\"id\":\"themenflut\",\"title\":\"Themenflut\",\"topics\":[" + topics + "]}",
                TestServer.ADMIN_KEY));
    assertEquals(201, r.statusCode(), r.body());
    assertTrue(
        warnings(r)
            .contains(
                "topics: 100000 values, the first " + DocumentLimits.MAX_TOPICS + " are kept"),
        r.body());
    JsonObject event = server.json("/api/events/themenflut");
    assertEquals(DocumentLimits.MAX_TOPICS, event.getAsJsonArray("topics").size());
    assertEquals(
        "Thema 1", event.getAsJsonArray("topics").get(1).getAsString(), "the first ones, in order");
  }

  @Test
  void deletingAnUnknownIdIs404() throws Exception {
    HttpResponse<String> r =
        server.send(
            HttpRequest.newBuilder(server.uri("/api/documents/nope"))
                .header("Authorization", "Bearer " + TestServer.ADMIN_KEY)
                .DELETE());
    assertEquals(404, r.statusCode());
    assertEquals("not_found", code(r));
  }
}
