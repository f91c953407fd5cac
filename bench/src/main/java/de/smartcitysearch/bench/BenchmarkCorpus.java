package de.smartcitysearch.bench;

import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Real German text for benchmarks: the seed pages plus a slice of the Karlsruhe council texts, read
 * from the shared data folder (system property {@code shared.dir}, default {@code ../shared}).
 */
final class BenchmarkCorpus {

  private BenchmarkCorpus() {}

  static Path sharedDir() {
    Path dir = Path.of(System.getProperty("shared.dir", "../shared"));
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException(
          "shared data folder "
              + dir.toAbsolutePath()
              + " not found; run from the repository root or pass -Dshared.dir=...");
    }
    return dir;
  }

  /** The seed pages, one text per file. */
  static List<String> seeds() {
    try (Stream<Path> files = Files.list(sharedDir().resolve("seeds"))) {
      List<String> texts = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(file, StandardCharsets.UTF_8));
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first council texts of Karlsruhe, up to about {@code maxChars} characters in all. */
  static List<String> karlsruheTexts(int maxChars) {
    Path file = sharedDir().resolve("data/karlsruhe-oparl/file_texts.jsonl.gz");
    List<String> texts = new ArrayList<>();
    long chars = 0;
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      while (chars < maxChars && (line = reader.readLine()) != null) {
        String text = JsonParser.parseString(line).getAsJsonObject().get("text").getAsString();
        texts.add(text);
        chars += text.length();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return texts;
  }
}
