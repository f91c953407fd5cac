package de.smartcitysearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an embedded widget learns about its presets before searching (GET /api/widget/presets), and
 * what the curator console learns about the widgets that got them wrong (GET /api/widget/problems).
 */
class WidgetPresetsTest {

  private static final String PARTNER = "https://www.kiel.example";

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

  @Test
  void presetsInAnyCaseComeBackInTheIndexSpelling() throws Exception {
    JsonObject r =
        server.json(
            "/api/widget/presets?city=kiel&land=BAYERN&topic=open%20data&format=pr%C3%A4senz");
    assertEquals(List.of(), problems(r));
    assertEquals(
        Map.of(
            "city",
            List.of("Kiel"),
            "land",
            List.of("Bayern"),
            "topic",
            List.of("Open Data"),
            "format",
            List.of("Präsenz")),
        presets(r));
    // and the search finds with them what it finds with the index's own spelling
    assertEquals(
        server.json("/api/search?city=Kiel").get("total"),
        server.json("/api/search?city=" + presets(r).get("city").get(0)).get("total"));
  }

  @Test
  void aLandOfTheReferenceListIsKnownAlthoughNoEventIsThere() throws Exception {
    JsonObject r = server.json("/api/widget/presets?land=bremen");
    assertEquals(List.of(), problems(r));
    assertEquals(Map.of("land", List.of("Bremen")), presets(r));
  }

  @Test
  void anUnknownValueIsAGermanSentenceWithTheNearestKnownValues() throws Exception {
    JsonObject r = server.json("/api/widget/presets?city=Keil&topic=Mobilit%C3%A4t");
    JsonObject problem = onlyProblem(r);
    assertEquals("city", problem.get("attribute").getAsString());
    assertEquals("Keil", problem.get("value").getAsString());
    assertEquals(
        "Stadt „Keil“ kommt in keiner Veranstaltung vor. Meinten Sie „Kiel“?",
        problem.get("message").getAsString());
    assertEquals(List.of("Kiel"), strings(problem.getAsJsonArray("suggestions")));
    assertEquals(
        List.of("Mobilität"), presets(r).get("topic"), "the good preset is still given back");

    JsonObject far = onlyProblem(server.json("/api/widget/presets?city=Atlantis"));
    assertEquals(
        "Stadt „Atlantis“ kommt in keiner Veranstaltung vor.", far.get("message").getAsString());
    assertEquals(List.of(), strings(far.getAsJsonArray("suggestions")));
  }

  @Test
  void datesOrdersAndTimePresetsAreCheckedWithGermanSentences() throws Exception {
    JsonObject fine =
        server.json("/api/widget/presets?from=2026-01-01&to=2026-12-31&when=UPCOMING&sort=Date");
    assertEquals(List.of(), problems(fine));
    assertEquals(
        Map.of(
            "from",
            List.of("2026-01-01"),
            "to",
            List.of("2026-12-31"),
            "when",
            List.of("upcoming"),
            "sort",
            List.of("date")),
        presets(fine));

    assertEquals(
        "„18.04.2026“ ist kein Datum wie 2026-04-18 (zwischen 1900 und 2200).",
        onlyProblem(server.json("/api/widget/presets?from=18.04.2026"))
            .get("message")
            .getAsString());
    assertEquals(
        "„to“ (2026-01-01) liegt vor „from“ (2026-06-01).",
        onlyProblem(server.json("/api/widget/presets?from=2026-06-01&to=2026-01-01"))
            .get("message")
            .getAsString());
    assertEquals(
        "„soon“ ist für „when“ nicht vorgesehen; möglich: „upcoming“, „past“.",
        onlyProblem(server.json("/api/widget/presets?when=soon")).get("message").getAsString());
    assertEquals(
        "„when“ nimmt nur einen Wert, nicht 2.",
        onlyProblem(server.json("/api/widget/presets?when=upcoming&when=past"))
            .get("message")
            .getAsString());
  }

  @Test
  void theConsoleLearnsWhichPartnerSiteHasAWrongPresetButNotAboutTheDemoPage() throws Exception {
    server.get("/api/widget/presets?city=Lübek", "Origin", PARTNER);
    server.get("/api/widget/presets?city=Lübek", "Origin", PARTNER);
    server.get(
        "/api/widget/presets?topic=Quantenkryptografie",
        "Referer",
        server.uri("/widget-demo.html").toString());
    server.get(
        "/api/widget/presets?city=kiel", "Origin", PARTNER); // a fine preset is nothing to report

    JsonArray logged = server.json("/api/widget/problems").getAsJsonArray("problems");
    List<JsonObject> fromPartner =
        logged.asList().stream()
            .map(JsonElement::getAsJsonObject)
            .filter(p -> p.get("value").getAsString().equals("Lübek"))
            .toList();
    assertEquals(1, fromPartner.size(), logged.toString());
    JsonObject entry = fromPartner.get(0);
    assertEquals(PARTNER, entry.get("site").getAsString());
    assertEquals("city", entry.get("attribute").getAsString());
    assertEquals(2, entry.get("count").getAsInt());
    assertEquals(
        "Stadt „Lübek“ kommt in keiner Veranstaltung vor.",
        entry.get("message").getAsString(),
        "Lübeck is only mentioned, never a venue, so there is nothing near to suggest");
    assertTrue(
        logged.asList().stream()
            .noneMatch(
                p -> p.getAsJsonObject().get("value").getAsString().equals("Quantenkryptografie")),
        "a value tried on the search host's own demo page is not a partner's");
    assertEquals(
        "no-store",
        server.get("/api/widget/problems").headers().firstValue("Cache-Control").orElse(""));
  }

  @Test
  void theWidgetSendsExactlyThePresetsTheServerChecks() throws Exception {
    String widget;
    try (InputStream in = WidgetPresetsTest.class.getResourceAsStream("/public/widget.js")) {
      widget = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher filters = Pattern.compile("const FILTERS = \\[([^\\]]*)]").matcher(widget);
    assertTrue(filters.find(), "widget.js declares its FILTERS");
    List<String> names =
        Arrays.stream(filters.group(1).split(",")).map(s -> s.strip().replace("'", "")).toList();
    assertEquals(List.copyOf(WidgetPresets.attributes()), names);
  }

  private static JsonObject onlyProblem(JsonObject answer) {
    JsonArray problems = answer.getAsJsonArray("problems");
    assertEquals(1, problems.size(), answer.toString());
    return problems.get(0).getAsJsonObject();
  }

  private static List<String> problems(JsonObject answer) {
    return answer.getAsJsonArray("problems").asList().stream().map(JsonElement::toString).toList();
  }

  private static Map<String, List<String>> presets(JsonObject answer) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    answer
        .getAsJsonObject("presets")
        .entrySet()
        .forEach(e -> out.put(e.getKey(), strings(e.getValue().getAsJsonArray())));
    return out;
  }

  private static List<String> strings(JsonArray array) {
    return array.asList().stream().map(JsonElement::getAsString).toList();
  }
}
