package de.smartcitysearch.bench;

import de.smartcitysearch.analysis.GermanAnalysis;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the index-time German chain (with compound splitting) against Lucene's stock {@link
 * GermanAnalyzer}, on the same real text: the seed pages plus about 2 MB of Karlsruhe council
 * texts. One operation analyses the whole corpus and returns the number of tokens.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(
    value = 1,
    jvmArgsAppend = {
      "-Xms1g",
      "-Xmx1g",
      "--enable-native-access=ALL-UNNAMED",
      "--add-modules",
      "jdk.incubator.vector"
    })
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class AnalysisBenchmark {

  static final int KARLSRUHE_CHARS = 2_000_000;

  private List<String> corpus;
  private Analyzer smartCityChain;
  private Analyzer stockGerman;

  @Setup
  public void readCorpus() {
    corpus = new ArrayList<>(BenchmarkCorpus.seeds());
    corpus.addAll(BenchmarkCorpus.karlsruheTexts(KARLSRUHE_CHARS));
    long chars = corpus.stream().mapToLong(String::length).sum();
    System.out.printf("%ncorpus: %d texts, %d characters%n", corpus.size(), chars);
    smartCityChain = GermanAnalysis.defaults().indexAnalyzer();
    stockGerman = new GermanAnalyzer();
  }

  @TearDown
  public void close() {
    stockGerman.close();
  }

  @Benchmark
  public long smartCityChain() throws IOException {
    return analyseAll(smartCityChain);
  }

  @Benchmark
  public long stockGermanAnalyzer() throws IOException {
    return analyseAll(stockGerman);
  }

  private long analyseAll(Analyzer analyzer) throws IOException {
    long tokens = 0;
    for (String text : corpus) {
      try (TokenStream stream = analyzer.tokenStream("body", text)) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
          tokens += term.length() > 0 ? 1 : 0;
        }
        stream.end();
      }
    }
    return tokens;
  }
}
