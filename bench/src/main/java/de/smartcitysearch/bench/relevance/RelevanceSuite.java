package de.smartcitysearch.bench.relevance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs the collections: writes each one's documents and judged queries, indexes the documents with
 * the product and with stock Lucene, asks every query of both, and scores the answers against the
 * judgements.
 */
final class RelevanceSuite {

  /**
   * The day the product searches on. It ranks upcoming events first and reads a bare month name as
   * the next such month, so the figures depend on it; this is the day of the measurements in
   * DESIGN.md 6a and issue 11.
   */
  static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

  /**
   * Seed of every random choice; each collection starts from it afresh, so one collection's change
   * moves no other.
   */
  static final long SEED = 20261205L;

  /** Where in a collection's folder the product's index is. */
  static final String PRODUCT_INDEX = "product-index";

  /** Writes one collection. */
  @FunctionalInterface
  interface Writer {
    RelevanceCollection write(Path data, Path work, SuiteSize size, Random random)
        throws IOException;
  }

  /** One system's way to answer a query. */
  @FunctionalInterface
  interface Search {
    Ranking search(String query) throws IOException;
  }

  /**
   * One query with both answers.
   *
   * @param sharesWord whether a word of the query occurs in the index (see {@link
   *     StockEngine#sharesWordWithIndex})
   * @param productTop the title of the product's first hit, "" when there is none
   * @param stockTop the title of stock's first hit
   */
  record QueryResult(
      JudgedQuery query,
      Ranking product,
      Ranking stock,
      boolean sharesWord,
      String productTop,
      String stockTop) {}

  /**
   * Wall-clock seconds of the steps of one collection, and the CPU seconds of the whole process
   * over all of them (on a shared machine the wall clock measures the neighbours too).
   */
  record Seconds(
      double write,
      double productIndex,
      double stockIndex,
      double productSearch,
      double stockSearch,
      double cpu) {}

  /** The outcome of one collection. */
  record CollectionResult(
      RelevanceCollection collection, List<QueryResult> queries, Seconds seconds) {

    Scores product() {
      return score(queries, true);
    }

    Scores stock() {
      return score(queries, false);
    }

    /** The scores of one system over the queries of one kind. */
    Scores byKind(String kind, boolean product) {
      return score(queries.stream().filter(q -> q.query().kind().equals(kind)).toList(), product);
    }

    List<String> kinds() {
      return queries.stream().map(q -> q.query().kind()).distinct().toList();
    }

    private static Scores score(List<QueryResult> results, boolean product) {
      return Scores.of(
          results.stream()
              .map(
                  r ->
                      new Scores.Judged(
                          r.query().relevant(), product ? r.product() : r.stock(), r.sharesWord()))
              .toList());
    }
  }

  private RelevanceSuite() {}

  /** The product index in a collection's folder, or null when there is none (yet). */
  static Path productIndexOf(Path collectionFolder) {
    Path index = collectionFolder.resolve(PRODUCT_INDEX);
    return Files.isDirectory(index) ? index : null;
  }

  /**
   * The collections of a run by name, in report order; law-questions only when the size asks for
   * law sections.
   */
  static Map<String, Writer> writers(SuiteSize size) {
    Map<String, Writer> writers = new LinkedHashMap<>();
    writers.put(PaperCollection.NAME, PaperCollection::build);
    writers.put(
        MeetingCollection.NAME,
        (data, work, s, random) -> MeetingCollection.build(data, s, random));
    writers.put(ListingCollection.NAME, ListingCollection::build);
    writers.put(QuestionCollection.NAME, QuestionCollection::build);
    if (size.lawSections() > 0) {
      writers.put(LawQuestionCollection.NAME, LawQuestionCollection::build);
    }
    return writers;
  }

  /**
   * Runs every collection of the size. {@code work} is emptied first (the product's indexer is
   * incremental) and keeps each collection's inputs and both indexes in a folder named after it,
   * for studying failures later.
   */
  static List<CollectionResult> run(Path data, Path work, SuiteSize size, Consumer<String> log)
      throws IOException {
    return run(data, work, size, writers(size).keySet(), log);
  }

  /**
   * Runs the named collections of the size only (to study one quickly); unknown names are an error.
   */
  static List<CollectionResult> run(
      Path data, Path work, SuiteSize size, Collection<String> names, Consumer<String> log)
      throws IOException {
    Map<String, Writer> writers = writers(size);
    if (!writers.keySet().containsAll(names)) {
      throw new IllegalArgumentException(
          "collections of a " + size.name() + " run: " + writers.keySet());
    }
    deleteRecursively(work);
    List<CollectionResult> results = new ArrayList<>();
    for (Map.Entry<String, Writer> w : writers.entrySet()) {
      if (names.contains(w.getKey())) {
        results.add(run(w.getValue(), data, work.resolve(w.getKey()), size, log));
      }
    }
    return results;
  }

  private static CollectionResult run(
      Writer writer, Path data, Path work, SuiteSize size, Consumer<String> log)
      throws IOException {
    Files.createDirectories(work);
    long cpu0 = processCpuNanos();
    long t0 = System.nanoTime();
    RelevanceCollection c = writer.write(data, work, size, new Random(SEED));
    long t1 = System.nanoTime();
    log.accept(c.name() + ": " + c.documents() + "; " + c.queries().size() + " queries");
    try (ProductEngine product = ProductEngine.index(c, work.resolve(PRODUCT_INDEX), TODAY)) {
      long t2 = System.nanoTime();
      try (StockEngine stock =
          StockEngine.build(work.resolve(PRODUCT_INDEX), work.resolve("stock-index"))) {
        long t3 = System.nanoTime();
        if (stock.documents() != c.documentCount()) {
          throw new IllegalStateException(
              c.name()
                  + ": the product indexed "
                  + stock.documents()
                  + " of "
                  + c.documentCount()
                  + " documents (the index command's report above names the failures)");
        }
        List<Ranking> productAnswers = answers(c, product::search);
        long t4 = System.nanoTime();
        List<String> errors =
            productAnswers.stream().map(Ranking::error).filter(e -> e != null).toList();
        if (!errors.isEmpty()) {
          log.accept(
              c.name()
                  + ": "
                  + errors.size()
                  + " product searches threw, the first: "
                  + errors.getFirst());
        }
        List<Ranking> stockAnswers = answers(c, stock::search);
        long t5 = System.nanoTime();
        List<QueryResult> results = new ArrayList<>();
        for (int i = 0; i < c.queries().size(); i++) {
          String text = c.queries().get(i).text();
          results.add(
              new QueryResult(
                  c.queries().get(i),
                  productAnswers.get(i),
                  stockAnswers.get(i),
                  stock.sharesWordWithIndex(text),
                  topTitle(productAnswers.get(i), stock),
                  topTitle(stockAnswers.get(i), stock)));
        }
        Seconds seconds =
            new Seconds(
                s(t0, t1), s(t1, t2), s(t2, t3), s(t3, t4), s(t4, t5), s(cpu0, processCpuNanos()));
        log.accept(
            ("%s: written in %.1f s, product index %.1f s, stock index %.1f s, searches product %.1f s, stock"
                    + " %.1f s; process CPU %.1f s")
                .formatted(
                    c.name(),
                    seconds.write(),
                    seconds.productIndex(),
                    seconds.stockIndex(),
                    seconds.productSearch(),
                    seconds.stockSearch(),
                    seconds.cpu()));
        return new CollectionResult(c, results, seconds);
      }
    }
  }

  private static List<Ranking> answers(RelevanceCollection c, Search system) throws IOException {
    List<Ranking> answers = new ArrayList<>(c.queries().size());
    for (JudgedQuery q : c.queries()) {
      answers.add(system.search(q.text()));
    }
    return answers;
  }

  private static String topTitle(Ranking ranking, StockEngine stock) {
    return ranking.ids().isEmpty() ? "" : stock.title(ranking.ids().getFirst());
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double s(long from, long to) {
    return (to - from) / 1e9;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
