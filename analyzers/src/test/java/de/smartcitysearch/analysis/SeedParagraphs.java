package de.smartcitysearch.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The paragraphs of the seed pages (split at blank lines), read from the repository or ../shared.
 */
final class SeedParagraphs {

  private SeedParagraphs() {}

  static Path seedDir() {
    for (String candidate :
        new String[] {
          System.getProperty("project.root", "..") + "/seeds",
          System.getProperty("shared.dir", "../../shared") + "/seeds"
        }) {
      Path dir = Path.of(candidate);
      if (Files.isDirectory(dir)) {
        return dir;
      }
    }
    throw new IllegalStateException("no seeds folder found under project.root or shared.dir");
  }

  static List<String> read() {
    List<String> paragraphs = new ArrayList<>();
    try (Stream<Path> files = Files.list(seedDir())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        for (String paragraph :
            Files.readString(file, StandardCharsets.UTF_8).split("\\n\\s*\\n")) {
          if (!paragraph.isBlank()) {
            paragraphs.add(paragraph.strip());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return paragraphs;
  }
}
