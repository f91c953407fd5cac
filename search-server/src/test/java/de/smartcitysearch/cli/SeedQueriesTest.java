package de.smartcitysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import de.smartcitysearch.index.EventSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * What a visitor finds when typing into the search box of the product as shipped: the five seed
 * pages, indexed by the real pipeline (Tika, page structure, enrichment, compound splitting),
 * served by the real server on a loopback port. Expected results were decided by reading the pages:
 * 000 = Smart Country Convention 2025 (Berlin), 001 = 7. MPSC-Kongress in Kiel, 002 = Smart Country
 * Convention 2022 (Berlin), 003 = MPSC-Kongress in Berlin (April 2026), 004 = Regionalkonferenz
 * Konstanz.
 */
class SeedQueriesTest {

  @TempDir static Path index;
  private static SeedServer seeds;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void indexTheSeedsAndServe() throws Exception {
    seeds = SeedServer.start(index);
  }

  @AfterAll
  static void stop() throws Exception {
    seeds.close();
  }

  /** The queries and the seeds they rank first, shared with the cluster's parity test. */
  public static final String QUERIES = "/seed-queries.csv";

  /** The typo queries, shared with the cluster's parity test. */
  static final String TYPOS = "/seed-typos.csv";

  @ParameterizedTest(name = "\"{0}\" ranks seed {1} first")
  @CsvFileSource(resources = QUERIES, delimiter = '|', quoteCharacter = '\'')
  void visitorQueryFindsThePageAReaderWouldExpect(String query, String seed, String why)
      throws Exception {
    JsonObject answer = search("q", query, "kind", "event");
    assertTrue(answer.get("total").getAsInt() > 0, query + " finds something");
    assertEquals(seed, seedOf(firstHit(answer)), query + " -> " + why + "; got " + sources(answer));
  }

  @Test
  void aPersonOnTwoPagesFindsBoth() throws Exception {
    // Sabine Poschmann, Parlamentarische Staatssekretärin, spoke at the 2025 convention and at the
    // Kiel congress
    List<String> found = sources(search("q", "Staatssekretärin Poschmann", "kind", "event"));
    assertEquals(List.of("000", "001"), found.stream().sorted().toList());
  }

  @Test
  void aSessionHitNamesItsEvent() throws Exception {
    JsonObject answer = search("q", "CIVITAS CORE");
    JsonObject first = firstHit(answer);
    assertEquals("session", first.get("kind").getAsString());
    assertTrue(
        first
            .getAsJsonObject("highlight")
            .get("title")
            .getAsString()
            .contains("<mark>CIVITAS</mark>"),
        first.toString());
    assertEquals("000", seedOf(first));
    assertTrue(
        first
            .getAsJsonObject("event")
            .get("title")
            .getAsString()
            .contains("Smart Country Convention 2025"));
  }

  @Test
  void theAcronymSccOnFindsBothConventions() throws Exception {
    List<String> top = sources(search("q", "SCCON", "kind", "event")).subList(0, 2);
    assertEquals(
        List.of("000", "002"), top.stream().sorted().toList(), "SCCON = Smart Country Convention");
  }

  @Test
  void kiFindsKuenstlicheIntelligenzAndTheKiPages() throws Exception {
    List<String> found = sources(search("q", "Künstliche Intelligenz", "kind", "event"));
    assertTrue(found.contains("000"), "000 says \"Künstliche Intelligenz\": " + found);
    assertTrue(found.contains("001"), "001 speaks of \"KI-Lösungen\": " + found);
  }

  @Test
  void wissenstransferDoesNotMatchEveryPageWithATransferstelle() throws Exception {
    List<String> found = sources(search("q", "Wissenstransfer", "kind", "event"));
    assertTrue(found.containsAll(List.of("000", "004")), found.toString());
    assertFalse(
        found.contains("001"), "001 only names the Koordinierungs- und Transferstelle: " + found);
    assertFalse(
        found.contains("003"), "003 only names the Koordinierungs- und Transferstelle: " + found);
  }

  @Test
  void hyphenatedCompoundsMatchAsAWhole() throws Exception {
    List<String> found = sources(search("q", "Smart-City-Lösungen", "kind", "event"));
    assertTrue(
        found.containsAll(List.of("000", "003", "004")),
        "all three pages write Smart-City-Lösungen: " + found);
  }

  @Test
  void exclusionRemovesTheKielCongress() throws Exception {
    List<String> found = sources(search("q", "Kongress -Kiel", "kind", "event"));
    assertEquals("003", found.get(0));
    assertFalse(found.contains("001"), found.toString());
  }

  @Test
  void kielwasserIsNotKiel() throws Exception {
    assertEquals(0, search("q", "Kielwasser", "kind", "event").get("total").getAsInt());
  }

  @Test
  void aTypoIsForgivenAndCorrected() throws Exception {
    JsonObject answer = typo("datenplatform");
    assertTrue(answer.get("fuzzy").getAsBoolean(), answer.toString());
    assertTrue(sources(answer).contains("000"), "000 has twelve Datenplattform mentions");

    JsonObject konstanz = typo("konstnaz");
    assertEquals("004", seedOf(firstHit(konstanz)));
    assertEquals(
        "regionalkonferenz konstanz", konstanz.get("did_you_mean").getAsString().toLowerCase());
  }

  @Test
  void aCorrectionIsWrittenAsThePagesWriteIt() throws Exception {
    // the seeds write only "Bürgerbeteiligungen" (000); the index holds the analysed, umlaut-folded
    // stem
    assertEquals(
        "Bürgerbeteiligungen", typo("buergerbeteilgung").get("did_you_mean").getAsString());
    assertEquals(
        "Regionalkonferenz Konstanz", typo("konstnaz-all").get("did_you_mean").getAsString());
  }

  @Test
  void aRealWordTheSeedsLackIsNotRespelledIntoAnUnrelatedOne() throws Exception {
    // the seeds' vocabulary has "schau" but no "Schulen": two edits in a five-letter stem is no
    // typo
    JsonObject answer = typo("schulen");
    assertTrue(answer.get("did_you_mean").isJsonNull(), answer.get("did_you_mean").toString());
  }

  /** The answer to the shared typo query of this name. */
  private static JsonObject typo(String name) throws Exception {
    try (var in = SeedQueriesTest.class.getResourceAsStream(TYPOS)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] cells = line.split("\\|", -1);
        if (!line.startsWith("#") && cells.length == 3 && cells[0].strip().equals(name)) {
          String kind = cells[2].strip();
          return kind.isEmpty()
              ? search("q", cells[1].strip())
              : search("q", cells[1].strip(), "kind", kind);
        }
      }
    }
    throw new AssertionError("no typo query " + name + " in " + TYPOS);
  }

  @Test
  void whenNoPageHasEveryWordTheBestPartialMatchesAreShown() throws Exception {
    JsonObject answer = search("q", "Regionalkonferenz Konstanz Quantencomputer", "kind", "event");
    assertTrue(answer.get("partial").getAsBoolean(), answer.toString());
    assertEquals("004", seedOf(firstHit(answer)));
  }

  @Test
  void aCityInTheQueryIsOfferedAsAFilter() throws Exception {
    JsonObject interpretation =
        search("q", "Datenplattform Kieler").getAsJsonObject("interpretation");
    assertEquals("Kiel", interpretation.get("city").getAsString());
    assertEquals("Schleswig-Holstein", interpretation.get("land").getAsString());
  }

  @Test
  void facetsCountWhatThePagesSay() throws Exception {
    JsonObject facets = search("kind", "event").getAsJsonObject("facets");
    // venues: both conventions and the 2026 congress in Berlin, the 2025 congress in Kiel, the
    // conference in Konstanz
    assertEquals(Map.of("Berlin", 3L, "Kiel", 1L, "Konstanz", 1L), counts(facets, "city"));
    assertEquals(
        Map.of("Berlin", 3L, "Schleswig-Holstein", 1L, "Baden-Württemberg", 1L),
        counts(facets, "land"));
    for (JsonElement city : facets.getAsJsonArray("city")) {
      String name = city.getAsJsonObject().get("value").getAsString();
      String land = city.getAsJsonObject().get("land").getAsString();
      assertEquals(
          Map.of("Berlin", "Berlin", "Kiel", "Schleswig-Holstein", "Konstanz", "Baden-Württemberg")
              .get(name),
          land,
          "a city facet value names its Land");
    }
    Map<String, Long> types = counts(facets, "type");
    assertEquals(2L, types.get("Kongress"), "the two MPSC congresses");
    assertEquals(1L, types.get("Regionalkonferenz"));
    Map<String, Long> months = counts(facets, "month");
    assertEquals(
        2L,
        months.get("2025-09"),
        "the 2025 convention starts 30.09, the Konstanz conference is 24.09");
    assertEquals(1L, months.get("2025-10"), "the 2025 convention runs to 02.10");
    assertEquals(1L, months.get("2025-11"));
    assertEquals(1L, months.get("2022-10"));
    assertEquals(1L, months.get("2026-04"));
    // every page names the ministry (BMWSB) and the programme's transfer office (KTS)
    Map<String, Long> organisations = counts(facets, "organisation");
    assertEquals(
        5L,
        organisations.get("Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen (BMWSB)"));
    assertEquals(
        5L,
        organisations.get("Koordinierungs- und Transferstelle Modellprojekte Smart Cities (KTS)"));
  }

  @Test
  void selectingKielKeepsTheOtherCitiesCountsVisible() throws Exception {
    JsonObject answer = search("kind", "event", "city", "Kiel");
    assertEquals(1, answer.get("total").getAsInt());
    assertEquals(
        Map.of("Berlin", 3L, "Kiel", 1L, "Konstanz", 1L),
        counts(answer.getAsJsonObject("facets"), "city"));
  }

  @Test
  void groupedResultsShowTheEventWithTheSessionThatMatchesInside() throws Exception {
    JsonObject answer = search("q", "CIVITAS CORE", "group", "event");
    JsonObject first = firstHit(answer);
    assertEquals("event", first.get("kind").getAsString());
    assertEquals(
        "000", seedOf(first), "the 2025 convention, whose program has the CIVITAS CORE session");
    JsonObject session = first.getAsJsonArray("sessions").get(0).getAsJsonObject();
    assertEquals("session", session.get("kind").getAsString());
    assertTrue(
        session
            .getAsJsonObject("highlight")
            .get("title")
            .getAsString()
            .contains("<mark>CIVITAS</mark>"),
        session.toString());
    assertEquals(first.get("id"), session.getAsJsonObject("event").get("id"));
  }

  @Test
  void groupedResultsPageAndCountEventsNotSessions() throws Exception {
    JsonObject all = search("q", "Datenplattform", "group", "event");
    JsonObject events = search("q", "Datenplattform", "kind", "event");
    assertEquals(events.get("total"), all.get("total"), "the total counts events");
    List<String> pageOne = ids(search("q", "Datenplattform", "group", "event", "size", "2"));
    List<String> pageTwo =
        ids(search("q", "Datenplattform", "group", "event", "size", "2", "page", "2"));
    assertEquals(2, pageOne.size());
    assertTrue(
        pageTwo.stream().noneMatch(pageOne::contains),
        "an event is on one page only: " + pageOne + pageTwo);
    for (JsonElement hit : all.getAsJsonArray("hits")) {
      assertEquals("event", hit.getAsJsonObject().get("kind").getAsString());
      for (JsonElement session : hit.getAsJsonObject().getAsJsonArray("sessions")) {
        assertEquals(
            hit.getAsJsonObject().get("id"),
            session.getAsJsonObject().getAsJsonObject("event").get("id"),
            "a session sits inside its own event");
      }
    }
  }

  private static List<String> ids(JsonObject answer) {
    List<String> out = new ArrayList<>();
    for (JsonElement hit : answer.getAsJsonArray("hits")) {
      out.add(hit.getAsJsonObject().get("id").getAsString());
    }
    return out;
  }

  private static JsonObject search(String... params) throws Exception {
    StringBuilder query = new StringBuilder("/api/search?");
    for (int i = 0; i < params.length; i += 2) {
      query
          .append(i == 0 ? "" : "&")
          .append(params[i])
          .append('=')
          .append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
    }
    HttpResponse<String> response =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(seeds.baseUrl() + query)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return JsonParser.parseString(response.body()).getAsJsonObject();
  }

  private static JsonObject firstHit(JsonObject answer) {
    return answer.getAsJsonArray("hits").get(0).getAsJsonObject();
  }

  /**
   * "000" for a hit of seeds/000_f0230e23ebc5b8c3.txt (or one of its sessions): the API does not
   * show where a page came from, so the test reads the source of the hit's event from the index it
   * built.
   */
  private static String seedOf(JsonObject hit) {
    String id =
        hit.get("event").isJsonNull()
            ? hit.get("id").getAsString()
            : hit.getAsJsonObject("event").get("id").getAsString();
    try {
      IndexSearcher searcher = seeds.served().manager().acquire();
      try {
        TopDocs found = searcher.search(new TermQuery(new Term(EventSchema.ID, id)), 1);
        String source =
            searcher.storedFields().document(found.scoreDocs[0].doc).get(EventSchema.SOURCE);
        return source.substring(source.lastIndexOf('/') + 1, source.lastIndexOf('/') + 4);
      } finally {
        seeds.served().manager().release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> sources(JsonObject answer) {
    List<String> out = new ArrayList<>();
    for (JsonElement hit : answer.getAsJsonArray("hits")) {
      out.add(seedOf(hit.getAsJsonObject()));
    }
    return out;
  }

  private static Map<String, Long> counts(JsonObject facets, String dimension) {
    Map<String, Long> out = new LinkedHashMap<>();
    JsonArray values = facets.getAsJsonArray(dimension);
    for (JsonElement v : values) {
      JsonObject o = v.getAsJsonObject();
      if (o.get("count").getAsLong() > 0) {
        out.put(o.get("value").getAsString(), o.get("count").getAsLong());
      }
    }
    return out;
  }
}
