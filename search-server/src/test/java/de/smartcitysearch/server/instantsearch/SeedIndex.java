package de.smartcitysearch.server.instantsearch;

import de.smartcitysearch.analysis.GermanAnalysis;
import de.smartcitysearch.enrich.EventEnricher;
import de.smartcitysearch.extract.InputOptions;
import de.smartcitysearch.index.EventIndexer;
import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.index.IndexProgress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The five seed pages indexed by the real pipeline (Tika, enrichment, compound splitting) into a
 * folder on disk, once per test JVM: the product's default corpus, which the demo page shows after
 * {@code ./smartcity-search serve}.
 */
final class SeedIndex {

  static final EventSchema SCHEMA = new EventSchema(GermanAnalysis.defaults());
  private static final Path SEEDS =
      Path.of(System.getProperty("project.root", "..")).resolve("seeds");
  private static Path folder;

  private SeedIndex() {}

  /** The index folder, built on first use and removed when the JVM ends. */
  static synchronized Path folder() {
    if (folder == null) {
      try {
        Path dir = Files.createTempDirectory("seed-index");
        new EventIndexer(dir, SCHEMA, InputOptions.DEFAULTS)
            .index(List.of(SEEDS), EventEnricher.withDefaults(), false, IndexProgress.NONE);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        folder = dir;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return folder;
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
