package de.smartcitysearch.bench.query;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the benchmarks find the indexes built once before a run: {@code <data>/bench-index-<size>}
 * (built by the {@code index} command) and {@code <data>/bench-baseline-<size>} (built from it by
 * {@link BaselineIndexBuilder}).
 *
 * <p>The data folder is the system property {@code bench.data}, default {@code data} (relative to
 * the repository root, where the benchmarks are started).
 */
public final class BenchIndexes {

  /** The system property naming the folder that holds the benchmark indexes. */
  public static final String DATA_PROPERTY = "bench.data";

  private BenchIndexes() {}

  /** The product index of this corpus size (e.g. "100k"). */
  public static Path product(String size) {
    return existing(
        data().resolve("bench-index-" + size),
        "./smartcity-search index --input /tmp/corpus-"
            + size
            + ".jsonl --index "
            + data().resolve("bench-index-" + size)
            + " --quiet");
  }

  /** The stock-GermanAnalyzer baseline index of this corpus size. */
  public static Path baseline(String size) {
    return existing(
        data().resolve("bench-baseline-" + size), "bench/run.sh baseline-index " + size);
  }

  private static Path data() {
    return Path.of(System.getProperty(DATA_PROPERTY, "data"));
  }

  private static Path existing(Path dir, String howToBuild) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException(
          "benchmark index "
              + dir.toAbsolutePath()
              + " does not exist; build it with: "
              + howToBuild);
    }
    return dir;
  }
}
