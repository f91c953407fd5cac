package de.smartcitysearch.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the real data and seed pages (never copied into the repository). */
final class SharedData {

  private SharedData() {}

  static Path dir() {
    String dir = System.getProperty("shared.dir");
    if (dir == null) {
      throw new IllegalStateException(
          "system property shared.dir is not set (Surefire sets it to ../shared)");
    }
    return Path.of(dir);
  }

  static Path gv100ad() {
    return dir().resolve("data/gazetteer-de/municipalities/raw/GV100AD_30112025.txt");
  }

  /** The full text of one seed page, by the start of its file name ("000"). */
  static String seed(String number) {
    try (var files = Files.list(dir().resolve("seeds"))) {
      Path file =
          files
              .filter(p -> p.getFileName().toString().startsWith(number + "_"))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no seed " + number));
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text of a seed page from the start of one passage up to (not including) another, as read on
   * the page.
   */
  static String passage(String number, String from, String to) {
    String page = seed(number);
    int start = page.indexOf(from);
    int end = to == null ? page.length() : page.indexOf(to, start);
    if (start < 0 || end < 0) {
      throw new IllegalStateException(
          "seed " + number + " has no passage from '" + from + "' to '" + to + "'");
    }
    return page.substring(start, end).strip();
  }
}
