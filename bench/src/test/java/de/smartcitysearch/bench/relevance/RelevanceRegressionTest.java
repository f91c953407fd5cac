package de.smartcitysearch.bench.relevance;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import de.smartcitysearch.bench.corpus.SharedData;
import de.smartcitysearch.bench.relevance.RelevanceSuite.CollectionResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ranking change that loses relevance fails the build. Runs the quick collections
 * (karlsruhe-papers, karlsruhe-meetings, event-listings, questions) through the product's index
 * command and query core and through stock Lucene, and holds the figures against {@code
 * relevance-pins.properties}: the product may not fall below its pins, stock must equal its pins
 * (if stock moved, the collections changed, and no comparison with the pins means anything).
 *
 * <p>The run's report lands in {@code bench/target/relevance-quick.*}; its {@code -pins.properties}
 * file holds the current figures in the pins' format.
 */
class RelevanceRegressionTest {

  /**
   * How much a product figure may lose before the build fails: about two of a collection's 100–150
   * queries losing their first-rank answer. Less is within what a changed tie-break between equally
   * scored documents moves.
   */
  static final double PRODUCT_TOLERANCE = 0.02;

  /** Stock is deterministic; this only absorbs the pins' rounding to three decimals. */
  static final double STOCK_TOLERANCE = 0.005;

  @TempDir static Path work;
  private static List<CollectionResult> results;
  private static Properties pins;

  @BeforeAll
  static void runQuickCollections() throws IOException {
    results =
        RelevanceSuite.run(
            SharedData.dir().resolve("data"), work, SuiteSize.QUICK, System.out::println);
    RelevanceReport report = new RelevanceReport("quick run in mvn verify", results);
    System.out.println(report.write(Path.of("target", "relevance-quick"), true));
    pins = new Properties();
    try (InputStream in =
        RelevanceRegressionTest.class.getResourceAsStream("/relevance-pins.properties")) {
      pins.load(in);
    }
  }

  @Test
  void everyPinnedCollectionRanAndEveryCollectionIsPinned() {
    Set<String> pinned =
        pins.stringPropertyNames().stream()
            .map(k -> k.substring(0, k.indexOf('.')))
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> ran =
        results.stream()
            .map(r -> r.collection().name())
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(pinned, ran);
  }

  @TestFactory
  Stream<DynamicTest> productDoesNotFallBelowItsPins() {
    return results.stream()
        .map(
            r ->
                dynamicTest(
                    r.collection().name(),
                    () -> {
                      Scores p = r.product();
                      String name = r.collection().name();
                      assertAll(
                          () ->
                              atLeast(
                                  name + " product MRR@10", p.mrr(), pin(name, "product.mrr10")),
                          () ->
                              atLeast(
                                  name + " product Recall@10",
                                  p.recall(),
                                  pin(name, "product.recall10")),
                          () ->
                              assertTrue(
                                  p.zeroShare() <= pin(name, "product.zero") + PRODUCT_TOLERANCE,
                                  name
                                      + " product zero-result share "
                                      + RelevanceReport.f(p.zeroShare())
                                      + " is above its pin "
                                      + pin(name, "product.zero")
                                      + " + "
                                      + PRODUCT_TOLERANCE));
                    }));
  }

  @TestFactory
  Stream<DynamicTest> stockEqualsItsPinsSoTheCollectionsHaveNotDrifted() {
    return results.stream()
        .map(
            r ->
                dynamicTest(
                    r.collection().name(),
                    () -> {
                      Scores s = r.stock();
                      String name = r.collection().name();
                      String drift =
                          name
                              + ": stock moved, so the collection changed (data, sampling or judgement rules);"
                              + " renew all pins of this collection from bench/target/relevance-quick-pins.properties";
                      assertAll(
                          () ->
                              assertEquals(
                                  pin(name, "stock.mrr10"), s.mrr(), STOCK_TOLERANCE, drift),
                          () ->
                              assertEquals(
                                  pin(name, "stock.recall10"), s.recall(), STOCK_TOLERANCE, drift),
                          () ->
                              assertEquals(
                                  pin(name, "stock.zero"), s.zeroShare(), STOCK_TOLERANCE, drift));
                    }));
  }

  private static void atLeast(String what, double value, double pinned) {
    assertTrue(
        value >= pinned - PRODUCT_TOLERANCE,
        what
            + " "
            + RelevanceReport.f(value)
            + " fell below its pin "
            + pinned
            + " - "
            + PRODUCT_TOLERANCE
            + " (see bench/target/relevance-quick.tsv for the queries)");
  }

  private static double pin(String collection, String figure) {
    String value = pins.getProperty(collection + "." + figure);
    if (value == null) {
      throw new AssertionError("relevance-pins.properties has no " + collection + "." + figure);
    }
    return Double.parseDouble(value.strip());
  }
}
