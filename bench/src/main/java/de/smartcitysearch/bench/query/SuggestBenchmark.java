package de.smartcitysearch.bench.query;

import de.smartcitysearch.search.Suggestion;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Latency of one suggestion lookup (what the search box asks on every keystroke) through the
 * product's query core. The suggester is built once per reader in the trial setup; each invocation
 * looks up the next typed prefix.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 8, time = 1)
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
public class SuggestBenchmark {

  /** What visitors have typed so far: word starts, a city, a second word begun, an umlaut. */
  static final List<String> TYPED =
      List.of(
          "D",
          "Da",
          "Dat",
          "Daten",
          "Kl",
          "Klima",
          "Smart C",
          "Bürg",
          "Bürgerbet",
          "Kie",
          "Karl",
          "Mob",
          "Digitale V",
          "Glas",
          "Work",
          "Rats",
          "Müns",
          "Energ",
          "Open D",
          "Stadtentw");

  /** Corpus size: the product index {@code data/bench-index-<size>}. */
  @Param({"1m"})
  public String size;

  private ProductSearch product;
  private int next;

  @Setup(Level.Trial)
  public void open() throws IOException {
    product = ProductSearch.open(BenchIndexes.product(size));
    product.searcher().suggest(TYPED.get(0), 10); // builds the suggester of this reader once
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    product.close();
  }

  @Benchmark
  public List<Suggestion> suggest() throws IOException {
    String typed = TYPED.get(next);
    next = (next + 1) % TYPED.size();
    return product.searcher().suggest(typed, 10);
  }
}
