package de.smartcitysearch.bench.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.analysis.GermanAnalysis;
import de.smartcitysearch.bench.corpus.EventCorpusGenerator;
import de.smartcitysearch.enrich.CityGazetteer;
import de.smartcitysearch.enrich.EventEnricher;
import de.smartcitysearch.extract.InputOptions;
import de.smartcitysearch.index.EventIndexer;
import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.index.IndexProgress;
import de.smartcitysearch.index.IndexRunSummary;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The CI smoke run of the query and suggestion benchmarks: a 1,000-event corpus from the shared
 * data, indexed by the real pipeline into a temporary folder, its baseline index, then each
 * benchmark for one short iteration in this JVM. Proves that they start and measure something; the
 * figures themselves mean nothing here.
 */
class BenchmarksSmokeTest {

  private static final String SIZE = "1k";

  @TempDir static Path data;
  private static String previousData;

  @BeforeAll
  static void tinyIndexes() throws IOException {
    Path shared = Path.of(System.getProperty("shared.dir", "../shared"));
    Path corpus = data.resolve("corpus-1k.jsonl");
    try (Writer out = Files.newBufferedWriter(corpus)) {
      EventCorpusGenerator.fromSharedData(shared, 200, EventCorpusGenerator.DEFAULT_MEAN_BYTES)
          .write(out, 42, 1000);
    }
    GermanAnalysis analysis = GermanAnalysis.defaults();
    IndexRunSummary summary =
        new EventIndexer(
                data.resolve("bench-index-" + SIZE),
                new EventSchema(analysis),
                InputOptions.DEFAULTS)
            .index(
                List.of(corpus),
                new EventEnricher(CityGazetteer.builtIn(), analysis),
                false,
                IndexProgress.NONE);
    assertEquals(1000, summary.added(), summary.report(5));
    assertEquals(
        1000,
        BaselineIndexBuilder.build(
            data.resolve("bench-index-" + SIZE), data.resolve("bench-baseline-" + SIZE)));
    previousData = System.setProperty(BenchIndexes.DATA_PROPERTY, data.toString());
  }

  @AfterAll
  static void restore() {
    if (previousData == null) {
      System.clearProperty(BenchIndexes.DATA_PROPERTY);
    } else {
      System.setProperty(BenchIndexes.DATA_PROPERTY, previousData);
    }
  }

  @Test
  void theQueryBenchmarkMeasuresBothTheProductAndTheBaseline() throws RunnerException {
    Map<String, Double> scores = smokeRun(QueryBenchmark.class);
    assertEquals(java.util.Set.of("smartcity", "baseline"), scores.keySet());
    scores.forEach((name, ms) -> assertTrue(ms > 0 && Double.isFinite(ms), name + ": " + ms));
  }

  @Test
  void theSuggestBenchmarkMeasuresLookups() throws RunnerException {
    Map<String, Double> scores = smokeRun(SuggestBenchmark.class);
    assertEquals(java.util.Set.of("suggest"), scores.keySet());
    assertTrue(
        scores.get("suggest") > 0 && Double.isFinite(scores.get("suggest")), scores.toString());
  }

  @Test
  void theBaselineFindsWhatTheProductFindsForAPlainWord() throws IOException {
    try (ProductSearch product = ProductSearch.open(BenchIndexes.product(SIZE));
        BaselineSearch baseline = BaselineSearch.open(BenchIndexes.baseline(SIZE))) {
      // "Workshop" is one of the generator's event types: both sides must find events, the same
      // order of magnitude
      VisitorQuery workshop = new VisitorQuery("Workshop", null, null, null);
      long ours = product.searcher().search(workshop.request()).total();
      long theirs = baseline.search(workshop).total();
      assertTrue(theirs > 0, "baseline total " + theirs);
      assertTrue(
          ours >= theirs,
          "the product matches at least what the stock analyzer matches: " + ours + " < " + theirs);
    }
  }

  /**
   * One 200 ms iteration of each method of the benchmark class, no warm-up, no fork; score per
   * method name.
   */
  private static Map<String, Double> smokeRun(Class<?> benchmark) throws RunnerException {
    // JMH keeps one benchmark per machine with /tmp/jmh.lock; a smoke run measures nothing, so it
    // runs beside a real one
    System.setProperty("jmh.ignoreLock", "true");
    Collection<RunResult> results =
        new Runner(
                new OptionsBuilder()
                    .include(benchmark.getName() + "\\.")
                    .param("size", SIZE)
                    .warmupIterations(0)
                    .measurementIterations(1)
                    .measurementTime(TimeValue.milliseconds(200))
                    .forks(0)
                    .shouldFailOnError(true)
                    .build())
            .run();
    return results.stream()
        .collect(
            Collectors.toMap(
                r -> r.getParams().getBenchmark().substring(benchmark.getName().length() + 1),
                r -> r.getPrimaryResult().getScore()));
  }
}
