package de.smartcitysearch.cli;

import de.smartcitysearch.enrich.CityGazetteer;
import de.smartcitysearch.extract.FilePageReader;
import de.smartcitysearch.extract.TikaExtractor;
import de.smartcitysearch.search.SearchBackend;
import de.smartcitysearch.search.SearchRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Starts building, in the background, the parts of {@code serve} that do not depend on what the
 * main thread does meanwhile: the municipality register and, when the input folder has a file only
 * Tika reads, Tika's parser while the German analysis loads; the query path while the HTTP server
 * starts.
 *
 * <p>Each part is built once per process and whoever needs it first waits for it ({@link
 * CityGazetteer#builtIn()} is synchronised), so starting early changes when, never what. Text dumps
 * in UTF-8 (the seeds) are read without Tika; building its parser for them would take a core from
 * the start-up for a second and give nothing.
 */
final class StartupWarmUp {

  private StartupWarmUp() {}

  /** Starts the background work for serving this input folder (which may not exist). */
  static void begin(Path input) {
    Thread register = new Thread(CityGazetteer::builtIn, "register-warm-up");
    register.setDaemon(true);
    register.start();
    if (hasFileForTika(input)) {
      TikaExtractor.warmUp();
    }
  }

  /**
   * Runs one search in the background while the HTTP server starts: the first visitor's query would
   * otherwise pay for loading the query path (query building, facets, highlighting) and for the
   * facet state of the new index reader, which the backend keeps per reader. The search has no
   * effect a visitor sees (the answer cache and the list of searches without hits belong to the
   * HTTP layer); a failure here is left for the first real query to meet and report.
   */
  static void firstSearch(SearchBackend backend) {
    Thread t =
        new Thread(
            () -> {
              try {
                backend.search(SearchRequest.of("Smart City Kongress"));
              } catch (IOException | RuntimeException e) {
                // nothing to report yet: a real query meets the same problem and answers it
              }
            },
            "query-warm-up");
    t.setDaemon(true);
    t.start();
  }

  /** Whether the folder holds a file of a kind only Tika reads (HTML, PDF, DOCX, ODT). */
  static boolean hasFileForTika(Path input) {
    if (!Files.isDirectory(input)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(input)) {
      return files.anyMatch(
          f -> {
            String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
            return FilePageReader.handles(name) && !name.endsWith(".txt") && Files.isRegularFile(f);
          });
    } catch (IOException | UncheckedIOException e) {
      return true; // the indexer will name the problem; Tika may be needed
    }
  }
}
