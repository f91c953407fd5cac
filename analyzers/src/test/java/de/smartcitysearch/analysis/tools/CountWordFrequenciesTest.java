package de.smartcitysearch.analysis.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tool that counts the shipped frequency table from the laws and the subtitle list. */
class CountWordFrequenciesTest {

  @TempDir Path dir;

  @Test
  void wordsOfTheMarkdownFieldAreCountedLowerCasedWithTheirCapitalsInsideSentences()
      throws IOException {
    Path laws = dir.resolve("laws.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(laws))) {
      out.write(
          ("{\"path\": \"a/index.md\", \"title\": \"Gesetz\", \"markdown\": \"Die Energie wird erzeugt, die "
                  + "Erzeugung der Energie.\\nEnergie \\u00fcber alles\"}\n"
                  + "{\"title\": \"Zweites\", \"markdown\": \"Die Erzeugung\"}\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    CountWordFrequencies.Counts counts = CountWordFrequencies.countLaws(laws);
    assertEquals(3, counts.counts().get("energie"));
    assertEquals(2, counts.counts().get("erzeugung"));
    assertEquals(1, counts.counts().get("über"), "JSON escapes are decoded");
    assertNull(counts.counts().get("gesetz"), "only the markdown field counts, not the title");
    assertEquals(13, counts.total());
    assertEquals(
        2, counts.inside().get("energie"), "after 'Die' and after 'der'; not at the line start");
    assertEquals(2, counts.capitalised().get("energie"));
    assertEquals(1, counts.inside().get("erzeugt"));
    assertNull(counts.capitalised().get("erzeugt"));
  }

  @Test
  void bothCorporaAreScaledToTheSameSizeAndAveraged() {
    var laws =
        new CountWordFrequencies.Counts(
            Map.of("energie", 10, "selten", 1, "häufig", 5),
            100,
            Map.of("energie", 10, "häufig", 5),
            Map.of("energie", 10));
    var subtitles = new CountWordFrequencies.Counts(Map.of("energie", 100, "hallo", 900), 1000);
    Map<String, CountWordFrequencies.Entry> table =
        CountWordFrequencies.combine(laws, subtitles, 3);
    double perWords = CountWordFrequencies.PER_WORDS;
    assertEquals(
        Math.round((10 * perWords / 100 + 100 * perWords / 1000) / 2),
        table.get("energie").count());
    assertEquals(100, table.get("energie").capitalisedPercent());
    assertEquals(
        0, table.get("häufig").capitalisedPercent(), "inside sentences, never capitalised");
    assertEquals(
        -1, table.get("hallo").capitalisedPercent(), "no case evidence for subtitle words");
    assertFalse(
        table.containsKey("selten"), "below the minimum count and not on the subtitle list");
  }

  @Test
  void theSubtitleListIsReadAndABrokenLineIsNamed() throws IOException {
    Path list = dir.resolve("de_50k.txt");
    Files.writeString(list, "ich 500\nKnoblauch 3\n");
    CountWordFrequencies.Counts counts = CountWordFrequencies.readSubtitleList(list);
    assertEquals(3, counts.counts().get("knoblauch"));
    assertEquals(503, counts.total());
    Files.writeString(list, "ich 500\nkaputt\n");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> CountWordFrequencies.readSubtitleList(list));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }

  @Test
  void optionsAreCheckedAtTheBoundary() {
    List<String> required = List.of("--laws");
    assertThrows(
        IllegalArgumentException.class,
        () -> CountWordFrequencies.options(new String[] {"--law", "x"}, required, List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> CountWordFrequencies.options(new String[] {"--laws"}, required, List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> CountWordFrequencies.options(new String[] {}, required, List.of()));
    assertEquals(
        new HashMap<>(Map.of("--laws", "x")),
        CountWordFrequencies.options(new String[] {"--laws", "x"}, required, List.of()));
  }
}
