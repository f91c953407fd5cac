package de.smartcitysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code index} and {@code search} commands as a user runs them, on a real index on disk. */
class IndexAndSearchCommandTest {

  private static final Path SEEDS =
      Path.of(System.getProperty("project.root", "..")).resolve("seeds");

  @TempDir Path tmp;
  private Path input;
  private Path index;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream stdout;
  private PrintStream stderr;

  @BeforeEach
  void setUp() throws Exception {
    input = Files.createDirectories(tmp.resolve("in"));
    index = tmp.resolve("index");
    Files.copy(SEEDS.resolve("000_f0230e23ebc5b8c3.txt"), input.resolve("sccon.txt"));
    Files.writeString(
        input.resolve("events.jsonl"),
        String.join(
            "\n",
            "{\"id\":\"late\",\"title\":\"Datentag Ulm\",\"text\":\"Offene Daten in Ulm.\",\"start\":\"2026-09-01\",\"end\":\"2026-09-02\","
                + "\"organisations\":[\"Stadt Ulm\"],\"topics\":[\"Open Data\"],\"url\":\"https://example.org/late\"}",
            "{\"id\":\"early\",\"title\":\"Werkstatt Jena\",\"text\":\"Eine urbane Datenplattform.\",\"start\":\"2026-03-10\"}",
            "{\"id\":\"broken\",\"text\":\"Ohne Titel\"}"));
    stdout = System.out;
    stderr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(stdout);
    System.setErr(stderr);
  }

  private int run(String... args) {
    out.reset();
    err.reset();
    return SmartCitySearchCli.run(args);
  }

  private JsonObject search(String... args) {
    List<String> all = new ArrayList<>(List.of("search", "--index", index.toString()));
    all.addAll(List.of(args));
    assertEquals(0, run(all.toArray(String[]::new)), err.toString(StandardCharsets.UTF_8));
    return JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
  }

  @Test
  void indexPrintsASummaryNamingTheFailedRecord() {
    assertEquals(
        0, run("index", "--input", input.toString(), "--index", index.toString(), "--quiet"));
    String summary = out.toString(StandardCharsets.UTF_8);
    assertTrue(
        summary.startsWith("added 3, updated 0, unchanged 0, removed 0, failed 1"), summary + err);
    assertTrue(summary.contains("failed: events.jsonl:3: missing field 'title'"), summary);

    assertEquals(
        0, run("index", "--input", input.toString(), "--index", index.toString(), "--quiet"));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("added 0, updated 0, unchanged 3"));
  }

  @Test
  void emptyQueryListsAllEventsByStartDate() {
    run("index", "--input", input.toString(), "--index", index.toString(), "--quiet");
    JsonObject result = search();
    assertEquals(
        3, result.get("total").getAsInt(), "three events; sessions are not listed without --type");
    JsonArray hits = result.getAsJsonArray("hits");
    // the convention page's dates are read from its text: 30.09.–02.10.2025, before both declared
    // events
    JsonObject convention = hits.get(0).getAsJsonObject();
    assertTrue(
        convention.get("title").getAsString().contains("Smart Country Convention"),
        convention.toString());
    assertEquals("2025-09-30", convention.get("start").getAsString());
    assertEquals("early", hits.get(1).getAsJsonObject().get("id").getAsString());
    JsonObject late = hits.get(2).getAsJsonObject();
    assertEquals("late", late.get("id").getAsString());
    assertEquals("2026-09-01", late.get("start").getAsString());
    assertEquals("2026-09-02", late.get("end").getAsString());
    assertEquals("event", late.get("kind").getAsString());
    assertFalse(late.has("source"), "where a page came from is not shown");
    assertEquals("https://example.org/late", late.get("url").getAsString());
    assertEquals("Stadt Ulm", late.getAsJsonArray("organisations").get(0).getAsString());
    assertEquals("Open Data", late.getAsJsonArray("topics").get(0).getAsString());
    for (String key : List.of("city", "cities", "land", "format", "title", "highlight")) {
      assertTrue(late.has(key), key);
    }
  }

  @Test
  void queryFindsSessionsInsideTheProgram() {
    run("index", "--input", input.toString(), "--index", index.toString(), "--quiet");
    JsonObject sessions = search("--type", "session", "--size", "50", "CIVITAS");
    assertEquals(1, sessions.get("total").getAsInt());
    JsonObject hit = sessions.getAsJsonArray("hits").get(0).getAsJsonObject();
    assertEquals("session", hit.get("kind").getAsString());
    assertEquals(
        "Datenplattform <mark>CIVITAS</mark> CORE",
        hit.getAsJsonObject("highlight").get("title").getAsString().substring(0, 40),
        "the session's own title, the matched word marked");
    assertTrue(
        hit.getAsJsonObject("event")
            .get("title")
            .getAsString()
            .endsWith("Das war die Smart Country Convention 2025"));

    JsonObject events = search("--type", "event", "Ulm");
    assertEquals(
        List.of("late", "sccon"),
        ids(events).stream().map(id -> id.equals("late") ? "late" : "sccon").toList(),
        "the Ulm event (title) ranks above the page that names Ulm in its body");
    assertEquals(
        2,
        search("--size", "1", "--type", "event", "Ulm").get("total").getAsInt(),
        "total counts beyond --size");
  }

  @Test
  void errorsAreNamedNotStackTraces() throws Exception {
    assertEquals(2, run("search", "--index", tmp.resolve("nothing").toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("no index at"));

    assertEquals(
        2,
        run(
            "index",
            "--input",
            tmp.resolve("typo").toString(),
            "--index",
            index.toString(),
            "--quiet"));
    assertTrue(
        err.toString(StandardCharsets.UTF_8).contains("does not exist; nothing was changed"));

    run("index", "--input", input.toString(), "--index", index.toString(), "--quiet");
    assertEquals(2, run("search", "--index", index.toString(), "--type", "workshop"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--type must be event or session"));

    try (Directory directory = FSDirectory.open(index);
        IndexWriter other = new IndexWriter(directory, new IndexWriterConfig())) {
      assertEquals(
          1, run("index", "--input", input.toString(), "--index", index.toString(), "--quiet"));
      assertEquals(
          "index: index " + index + " is in use by another indexer",
          err.toString(StandardCharsets.UTF_8).strip());
    }
  }

  private static List<String> ids(JsonObject result) {
    List<String> ids = new ArrayList<>();
    result
        .getAsJsonArray("hits")
        .forEach(h -> ids.add(h.getAsJsonObject().get("id").getAsString()));
    return ids;
  }
}
