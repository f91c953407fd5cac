package de.smartcitysearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A UTF-8 text file read without Tika gives exactly the text Tika gives. */
class Utf8TextTest {

  private static final Path SEEDS =
      Path.of(System.getProperty("project.root", "..")).resolve("seeds");

  @TempDir Path dir;

  /** What Tika's own parser makes of the file. */
  private static String tika(Path file, int maxChars) throws Exception {
    return new TikaExtractor(maxChars).extractInPlace(file, file.getFileName().toString()).text();
  }

  @Test
  void theSeedPagesReadAsTikaReadsThem() throws Exception {
    List<Path> seeds;
    try (Stream<Path> files = Files.list(SEEDS)) {
      seeds = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    assertEquals(5, seeds.size());
    TikaExtractor extractor = new TikaExtractor(ExtractionLimits.DEFAULT_MAX_CHARS);
    for (Path seed : seeds) {
      byte[] bytes = Files.readAllBytes(seed);
      assertEquals(
          tika(seed, ExtractionLimits.DEFAULT_MAX_CHARS),
          extractor.extract(bytes, seed.getFileName().toString()).text(),
          seed.toString());
    }
  }

  @Test
  void byteOrderMarkLineEndsAndControlCharactersAsTikaHasThem() throws Exception {
    Path file = dir.resolve("odd.txt");
    Files.write(
        file,
        ("\uFEFFZeile eins\r\nZeile\tzwei\r\n\r\n\fSeite zwei\u0000 Ende \u2028 und \uFFFE")
            .getBytes(StandardCharsets.UTF_8));
    assertEquals(
        tika(file, 1000),
        new TikaExtractor(1000).extract(Files.readAllBytes(file), "odd.txt").text());
  }

  @Test
  void aTextLongerThanTheLimitIsCutWhereTikaCutsIt() throws Exception {
    Path file = dir.resolve("long.txt");
    Files.writeString(file, "Wort ".repeat(100), StandardCharsets.UTF_8);
    for (int limit : new int[] {499, 500, 501, 40}) {
      assertEquals(
          tika(file, limit),
          new TikaExtractor(limit).extract(Files.readAllBytes(file), "long.txt").text(),
          "limit " + limit);
    }
  }

  @Test
  void textInAnotherEncodingIsLeftToTika() throws Exception {
    byte[] latin1 =
        ("Die Stadtverwaltung lädt zur Bürgerversammlung über die Straße in Gießen ein. "
                + "Grüße aus dem Rathaus, wir freuen uns über Ihre Fragen zur Planung.")
            .getBytes(StandardCharsets.ISO_8859_1);
    assertTrue(Utf8Text.decode(latin1, 1000).isEmpty());
    String text =
        new TikaExtractor(ExtractionLimits.DEFAULT_MAX_CHARS).extract(latin1, "a.txt").text();
    assertTrue(text.contains("Straße in Gießen ein. Grüße"), text);
  }
}
