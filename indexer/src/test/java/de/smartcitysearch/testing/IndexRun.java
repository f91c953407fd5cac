package de.smartcitysearch.testing;

import de.smartcitysearch.analysis.GermanAnalysis;
import de.smartcitysearch.enrich.EventEnricher;
import de.smartcitysearch.extract.ExtractionLimits;
import de.smartcitysearch.extract.InputOptions;
import de.smartcitysearch.index.EventIndexer;
import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.index.IndexProgress;
import de.smartcitysearch.index.IndexRunSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One indexing run as its own process, for tests that need a memory bound (-Xmx) or a process they
 * can kill: {@code IndexRun INDEX_DIR TIMEOUT_SECONDS INPUT...}. Prints the run's summary; exit 0
 * when the run completed.
 */
public final class IndexRun {

  /** Printed before the summary so a test can find it among other output. */
  public static final String SUMMARY = "SUMMARY ";

  private IndexRun() {}

  public static void main(String[] args) throws IOException {
    Path index = Path.of(args[0]);
    Duration timeout = Duration.ofSeconds(Long.parseLong(args[1]));
    List<Path> inputs = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      inputs.add(Path.of(args[i]));
    }
    InputOptions options =
        new InputOptions(
            new ExtractionLimits(
                ExtractionLimits.DEFAULTS.maxFileBytes(),
                ExtractionLimits.DEFAULTS.maxChars(),
                timeout),
            null);
    IndexRunSummary summary =
        new EventIndexer(index, new EventSchema(GermanAnalysis.defaults()), options)
            .index(inputs, EventEnricher.withDefaults(), false, IndexProgress.NONE);
    System.out.println(SUMMARY + summary.report(Integer.MAX_VALUE).replace("\n", "\n" + SUMMARY));
    System.exit(0); // an abandoned parse thread must not keep the process alive
  }

  /**
   * The command line that runs this class in a child JVM with the test's classpath and this heap.
   */
  public static List<String> command(
      String maxHeap, Path index, int timeoutSeconds, Path... inputs) {
    List<String> command =
        new ArrayList<>(
            List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx" + maxHeap,
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                System.getProperty("java.class.path"),
                IndexRun.class.getName(),
                index.toString(),
                Integer.toString(timeoutSeconds)));
    for (Path input : inputs) {
      command.add(input.toString());
    }
    return command;
  }
}
