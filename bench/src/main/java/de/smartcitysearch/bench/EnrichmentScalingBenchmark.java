package de.smartcitysearch.bench;

import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.enrich.EventEnricher;
import de.smartcitysearch.extract.ExtractedPage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to enrich one page whose text is a single line of 100,000 to 400,000 characters full of city
 * mentions: linear enrichment takes about four times as long for four times the text, quadratic
 * sixteen.
 *
 * <p>The line repeats three program lines of the 2025 convention page (seed 000) to the length,
 * each naming two or three cities in a list ("Einblicke aus Jena, Bamberg"), about one city per 40
 * characters, as a hostile or careless upload (a program exported without line breaks) would bring
 * it. A text file of one line is all headline to the page reader, so {@code placement=title} is
 * what an upload of such a file costs; {@code placement=body} is the same line as a page's running
 * text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
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
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class EnrichmentScalingBenchmark {

  private static final String ROUND =
      "3 Kommunen, 3 Ansätze zur Verstetigung urbaner Datenplattformen – "
          + "Einblicke aus Freiburg, Oberhausen, Würzburg. Datenplattform CIVITAS CORE: Interkommunale "
          + "Softwareentwicklung zum Nach- und Mitmachen – Einblicke aus Jena, Bamberg. Smart City & Mobilität – "
          + "die Stadt interaktiv erleben – Einblicke aus Kiel, Gelsenkirchen. ";

  @Param({"100000", "200000", "400000"})
  public int chars;

  @Param({"title", "body"})
  public String placement;

  private EventEnricher enricher;
  private ExtractedPage page;

  @Setup
  public void buildPage() {
    StringBuilder line = new StringBuilder(chars + ROUND.length());
    while (line.length() < chars) {
      line.append(ROUND);
    }
    line.setLength(chars);
    String title = placement.equals("title") ? line.toString() : "Kongress der Modellprojekte";
    String body = placement.equals("title") ? "" : line.toString();
    page =
        new ExtractedPage(
            "one-line", "one-line.txt", "", title, "", body, Map.of(), List.of(), null);
    enricher = EventEnricher.withDefaults();
  }

  @Benchmark
  public List<EventDocument> enrichOneLinePage() {
    return enricher.enrich(page);
  }
}
