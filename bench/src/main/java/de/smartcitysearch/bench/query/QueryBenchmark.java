package de.smartcitysearch.bench.query;

import de.smartcitysearch.search.SearchResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.search.IndexSearcher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of one visitor search (text, all facet dimensions, month histogram, top 10, highlighting)
 * through the product's query core against the stock-Lucene baseline on the same documents.
 *
 * <p>Each invocation runs the next query of {@link VisitorQuery#MIX}, so the sampled latencies are
 * those of the mix. The indexes are built once before the run (see bench/README.md); the trial
 * setup only opens them. Lucene's query cache is off: a benchmark cycling through 20 queries would
 * otherwise measure cache hits.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {
      "-Xms2g",
      "-Xmx2g",
      "--enable-native-access=ALL-UNNAMED",
      "--add-modules",
      "jdk.incubator.vector"
    })
@Threads(1)
public class QueryBenchmark {

  /**
   * Corpus size: the index folders are {@code data/bench-index-<size>} and {@code
   * data/bench-baseline-<size>}.
   */
  @Param({"100k", "1m"})
  public String size;

  private ProductSearch product;
  private BaselineSearch baseline;
  private List<VisitorQuery> mix;
  private int next;

  @Setup(Level.Trial)
  public void open() throws IOException {
    IndexSearcher.setDefaultQueryCache(null);
    product = ProductSearch.open(BenchIndexes.product(size));
    baseline = BaselineSearch.open(BenchIndexes.baseline(size));
    mix = VisitorQuery.MIX;
    // per-reader state (facet state, city lexicon) is built on the first query, once per reader:
    // not per query
    product.searcher().search(mix.get(0).request());
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    product.close();
    baseline.close();
  }

  private VisitorQuery nextQuery() {
    VisitorQuery q = mix.get(next);
    next = (next + 1) % mix.size();
    return q;
  }

  /**
   * The product: compound-aware German analysis, query understanding, drill-sideways facets,
   * snippets.
   */
  @Benchmark
  public SearchResponse smartcity() throws IOException {
    return product.searcher().search(nextQuery().request());
  }

  /** Stock Lucene: GermanAnalyzer, classic QueryParser, the same facets, UnifiedHighlighter. */
  @Benchmark
  public BaselineSearch.Result baseline() throws IOException {
    return baseline.search(nextQuery());
  }
}
