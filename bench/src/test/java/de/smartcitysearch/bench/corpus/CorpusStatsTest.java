package de.smartcitysearch.bench.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusStatsTest {

  private static final String KIEL =
      """
      {"id":"a","title":"T","text":"x","start":"2026-03-12","end":"2026-03-14","city":"Kiel",\
      "organisations":["Umweltbundesamt"],"topics":["Klimaanpassung","Energie"]}""";
  private static final String BERLIN =
      """
      {"id":"b","title":"T","text":"yy","start":"2025-07-01T10:00:00","end":"2025-07-01T12:00:00","city":"Berlin",\
      "organisations":[],"topics":["Klimaanpassung"]}""";

  @Test
  void countsCitiesSizesDatesAndLabels(@TempDir Path dir) throws IOException {
    Path corpus = dir.resolve("c.jsonl");
    Files.writeString(corpus, KIEL + "\n" + BERLIN + "\n" + KIEL + "\n");
    CorpusStats stats = CorpusStats.measure(corpus);
    assertEquals(3, stats.documents());
    assertEquals(Map.of("Kiel", 2, "Berlin", 1), stats.cities());
    double expectedMean =
        (2.0 * KIEL.getBytes(StandardCharsets.UTF_8).length
                + BERLIN.getBytes(StandardCharsets.UTF_8).length)
            / 3;
    assertEquals(expectedMean, stats.meanBytes(), 1e-9);

    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    stats.print(
        new PrintStream(printed, true, StandardCharsets.UTF_8),
        List.of(
            new Municipality("Berlin", "Berlin", 3_685_265),
            new Municipality("Kiel", "Schleswig-Holstein", 252_668)));
    String report = printed.toString(StandardCharsets.UTF_8);
    assertTrue(report.contains("days: 1=1 (33.3 %) 3=2 (66.7 %)"), report);
    assertTrue(report.contains("Klimaanpassung 3 (100.0 %)"), report);
    assertTrue(report.contains("start month: 3=2 (66.7 %) 7=1 (33.3 %)"), report);
  }

  @Test
  void aLineThatIsNoEventNamesTheFileAndLine(@TempDir Path dir) throws IOException {
    Path corpus = dir.resolve("broken.jsonl");
    Files.writeString(corpus, KIEL + "\n{\"id\":\"c\"\n");
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> CorpusStats.measure(corpus));
    assertTrue(error.getMessage().contains("broken.jsonl: line 2"), error.getMessage());
  }
}
