package de.smartcitysearch.bench.relevance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line of the relevance suite ({@code bench/run.sh relevance [quick]}): runs it and
 * writes {@code relevance-<UTC time>.md}, {@code .json}, {@code .tsv} (and for a whole quick run
 * {@code -pins.properties}) to the results folder.
 */
@Command(
    name = "relevance",
    mixinStandardHelpOptions = true,
    description =
        "Product vs stock Lucene on relevance collections from the shared data: MRR@10, Recall@10, "
            + "zero-result share.")
public final class RelevanceRun implements Callable<Integer> {

  @Parameters(
      index = "0",
      defaultValue = "full",
      paramLabel = "quick|full",
      description =
          "quick: collections a-d at CI size; full: larger samples and the law questions (default)")
  String size;

  @Option(
      names = "--shared",
      defaultValue = "../shared",
      description = "the shared folder (default: ${DEFAULT-VALUE})")
  Path shared;

  @Option(
      names = "--out",
      defaultValue = "bench/results",
      description = "results folder (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(
      names = "--work",
      defaultValue = "data/relevance",
      description =
          "folder for inputs and indexes, emptied first and kept after (default: ${DEFAULT-VALUE})")
  Path work;

  @Option(
      names = "--collection",
      paramLabel = "NAME",
      description = "run only this collection (repeatable; default: all of the run size)")
  List<String> only;

  public static void main(String[] args) {
    System.exit(new CommandLine(new RelevanceRun()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    SuiteSize suiteSize;
    try {
      suiteSize = SuiteSize.named(size);
    } catch (IllegalArgumentException e) {
      System.err.println("relevance: " + e.getMessage());
      return 2;
    }
    Path data = shared.resolve("data");
    if (!Files.isDirectory(data)) {
      System.err.println(
          "relevance: no shared data folder at " + data.toAbsolutePath() + " (give --shared)");
      return 2;
    }
    ZonedDateTime started = ZonedDateTime.now(ZoneOffset.UTC);
    long t0 = System.nanoTime();
    List<RelevanceSuite.CollectionResult> results;
    try {
      results =
          RelevanceSuite.run(
              data,
              work,
              suiteSize,
              only == null ? RelevanceSuite.writers(suiteSize).keySet() : only,
              System.err::println);
    } catch (IllegalArgumentException e) {
      System.err.println("relevance: " + e.getMessage());
      return 2;
    }
    String title =
        "%s run, %s, %.0f s, %d cores"
            .formatted(
                suiteSize.name(),
                started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
                (System.nanoTime() - t0) / 1e9,
                Runtime.getRuntime().availableProcessors());
    Path base =
        out.resolve(
            "relevance-" + started.format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")));
    boolean pinnable = suiteSize == SuiteSize.QUICK && only == null;
    System.out.println(new RelevanceReport(title, results).write(base, pinnable));
    System.out.println(
        "written: "
            + base
            + ".{md,json,tsv}"
            + (pinnable ? " and " + base + "-pins.properties" : ""));
    return 0;
  }
}
