package de.smartcitysearch.bench.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EventCorpusGeneratorTest {

  private static final int SAMPLE = 10_000;
  private static EventCorpusGenerator generator;
  private static List<Municipality> register;
  private static List<String> lines;
  private static List<JsonObject> events;

  @BeforeAll
  static void generateTenThousandEvents() throws IOException {
    Path shared = SharedData.dir();
    generator =
        EventCorpusGenerator.fromSharedData(shared, 1500, EventCorpusGenerator.DEFAULT_MEAN_BYTES);
    register = MunicipalityRegister.load(shared);
    lines = generate(generator, 42, SAMPLE);
    events = lines.stream().map(line -> JsonParser.parseString(line).getAsJsonObject()).toList();
  }

  private static List<String> generate(EventCorpusGenerator source, long seed, int count)
      throws IOException {
    StringWriter out = new StringWriter();
    source.write(out, seed, count);
    return out.toString().lines().toList();
  }

  @Test
  void theSameSeedGivesAByteIdenticalFileFromTheCommandLine(@TempDir Path dir) throws IOException {
    Path first = dir.resolve("first.jsonl");
    Path second = dir.resolve("second.jsonl");
    assertEquals(
        0,
        runCommand(
            "--shared",
            SharedData.dir().toString(),
            "--count",
            "300",
            "--seed",
            "7",
            "--council-texts",
            "200",
            "--out",
            first.toString()));
    assertEquals(
        0,
        runCommand(
            "--shared",
            SharedData.dir().toString(),
            "--count",
            "300",
            "--seed",
            "7",
            "--council-texts",
            "200",
            "--out",
            second.toString()));
    assertEquals(300, Files.readAllLines(first).size());
    assertEquals(-1, Files.mismatch(first, second), "the two files differ");
  }

  @Test
  void aDifferentSeedGivesADifferentCorpus() throws IOException {
    List<String> seed42 = lines.subList(0, 200);
    List<String> seed43 = generate(generator, 43, 200);
    assertEquals(seed42, generate(generator, 42, 200), "the same seed again");
    int differing = 0;
    for (int i = 0; i < 200; i++) {
      differing += seed42.get(i).equals(seed43.get(i)) ? 0 : 1;
    }
    assertEquals(200, differing);
  }

  @Test
  void everyLineIsAnEventWithIdTitleTextAndIsoDatesInOrder() {
    Set<String> ids = new HashSet<>();
    for (JsonObject event : events) {
      String id = event.get("id").getAsString();
      assertTrue(ids.add(id), "duplicate id " + id);
      assertFalse(event.get("title").getAsString().isBlank(), id);
      String text = event.get("text").getAsString();
      // the details block, then at least one paragraph of running text, no empty paragraph
      assertTrue(text.contains("\n\n"), id + " has no paragraph");
      assertFalse(text.contains("\n\n\n") || text.endsWith("\n"), id + " has an empty paragraph");
      assertFalse(event.get("city").getAsString().isBlank(), id);
      assertFalse(event.getAsJsonArray("topics").isEmpty(), id);
      LocalDateTime start = parseIso(event.get("start").getAsString());
      LocalDateTime end = parseIso(event.get("end").getAsString());
      assertFalse(end.isBefore(start), id + ": end " + end + " before start " + start);
      assertTrue(
          start.getYear() >= 2022 && start.getYear() <= 2028, id + " starts in " + start.getYear());
    }
  }

  /** The two forms the indexer reads: {@code 2026-03-12} and {@code 2026-03-12T10:00:00}. */
  private static LocalDateTime parseIso(String value) {
    return value.length() == 10
        ? LocalDate.parse(value).atStartOfDay()
        : LocalDateTime.parse(value);
  }

  @Test
  void citiesFollowThePopulation() {
    Map<String, Integer> perCity = new HashMap<>();
    events.forEach(e -> perCity.merge(e.get("city").getAsString(), 1, Integer::sum));
    String mostFrequent =
        perCity.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    assertEquals("Berlin", mostFrequent);

    // Berlin has 3,685,265 of 83,577,140 inhabitants: 4.4 % of the events, about 440 of 10,000
    int berlin = perCity.get("Berlin");
    assertTrue(berlin > 350 && berlin < 550, "Berlin " + berlin);

    // a village of fewer than 1,000 inhabitants expects about 0.1 events; names shared only by such
    // villages
    Map<String, Long> largestOfName = new HashMap<>();
    register.forEach(m -> largestOfName.merge(m.name(), m.population(), Math::max));
    int mostForAVillage =
        perCity.entrySet().stream()
            .filter(e -> largestOfName.get(e.getKey()) < 1000)
            .mapToInt(Map.Entry::getValue)
            .max()
            .orElse(0);
    assertTrue(mostForAVillage <= 5, "a village appears " + mostForAVillage + " times");

    // together the municipalities under 1,000 hold 2.2 % of the population
    int inVillages =
        perCity.entrySet().stream()
            .filter(e -> largestOfName.get(e.getKey()) < 1000)
            .mapToInt(Map.Entry::getValue)
            .sum();
    assertTrue(inVillages > 100 && inVillages < 300, "events in villages: " + inVillages);
  }

  @Test
  void theMeanDocumentSizeIsTheConfiguredSize() throws IOException {
    assertEquals(3000, meanBytes(lines), 0.2 * 3000);
    EventCorpusGenerator small =
        new EventCorpusGenerator(
            generator.pool(), register, AgendaItems.load(SharedData.dir()), 1500);
    assertEquals(1500, meanBytes(generate(small, 5, 2000)), 0.2 * 1500);
  }

  private static double meanBytes(List<String> corpus) {
    return corpus.stream()
        .mapToInt(l -> l.getBytes(StandardCharsets.UTF_8).length)
        .average()
        .orElseThrow();
  }

  @Test
  void fewerEventsInHighSummerAndDecember() {
    int[] perMonth = new int[13];
    events.forEach(e -> perMonth[parseIso(e.get("start").getAsString()).getMonthValue()]++);
    double quiet = (perMonth[7] + perMonth[8] + perMonth[12]) / 3.0;
    double busy = (perMonth[3] + perMonth[5] + perMonth[9] + perMonth[10] + perMonth[11]) / 5.0;
    assertTrue(quiet < 0.6 * busy, "quiet months " + quiet + " vs busy months " + busy);
  }

  @Test
  void topicsAndOrganisationsAreSkewed() {
    Map<String, Integer> topics = new HashMap<>();
    Map<String, Integer> organisations = new HashMap<>();
    events.forEach(
        e -> {
          e.getAsJsonArray("topics").forEach(t -> topics.merge(t.getAsString(), 1, Integer::sum));
          e.getAsJsonArray("organisations")
              .forEach(o -> organisations.merge(o.getAsString(), 1, Integer::sum));
        });
    assertEquals(25, topics.size());
    assertTrue(
        topics.get("Digitale Verwaltung") > 5 * topics.get("Kreislaufwirtschaft"),
        topics.toString());
    assertTrue(
        organisations.get("Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen")
            > 10 * organisations.get("Handelsverband Deutschland"),
        organisations.toString());
  }

  @Test
  void councilSessionsAndDialoguesAreTitledWithRealAgendaItems() {
    List<String> agendaItems = AgendaItems.load(SharedData.dir());
    // e.g. "Gemeinderat Mannheim: Vorstellung Projekt Glasfaserausbau ..." after the body and city
    long titledByItem =
        events.stream()
            .map(e -> e.get("title").getAsString())
            .filter(t -> t.contains(": ") && agendaItems.contains(t.substring(t.indexOf(": ") + 2)))
            .count();
    assertTrue(titledByItem > 500, "titles with an agenda item: " + titledByItem);
    assertFalse(agendaItems.contains("Verschiedenes"), "routine items are left out");
  }

  @Test
  void aMissingSharedFolderIsAClearErrorNamingIt(@TempDir Path dir) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream original = System.err;
    int exit;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      exit =
          runCommand(
              "--shared",
              dir.resolve("nowhere").toString(),
              "--count",
              "10",
              "--out",
              dir.resolve("out.jsonl").toString());
    } finally {
      System.setErr(original);
    }
    assertNotEquals(0, exit);
    String message = err.toString(StandardCharsets.UTF_8);
    assertTrue(message.contains("nowhere") && message.contains("not found"), message);
    assertFalse(message.contains("Exception"), message);
  }

  private static int runCommand(String... args) {
    return new CommandLine(new EventCorpusGenerator.GenerateCommand()).execute(args);
  }
}
