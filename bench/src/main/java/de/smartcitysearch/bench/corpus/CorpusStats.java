package de.smartcitysearch.bench.corpus;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures the distributions of a generated corpus: sizes, cities by population class, dates,
 * topics, organisations; with the register it also prints the share each population class has in
 * the population.
 *
 * <pre>
 * java -cp "bench/target/classes:bench/target/lib/*" de.smartcitysearch.bench.corpus.CorpusStats \
 *     --corpus /tmp/corpus-10k.jsonl --shared ../shared
 * </pre>
 */
public final class CorpusStats {

  /** Lower bounds of the population classes, largest first. */
  static final long[] CLASS_BOUNDS = {1_000_000, 500_000, 100_000, 20_000, 5_000, 1_000, 0};

  private int documents;
  private long bytes;
  private long textChars;
  private int withUrl;
  private int timed;
  private final List<Integer> sizes = new ArrayList<>();
  private final Map<String, Integer> cities = new HashMap<>();
  private final Map<Integer, Integer> years = new TreeMap<>();
  private final Map<Integer, Integer> months = new TreeMap<>();
  private final Map<Long, Integer> durations = new TreeMap<>();
  private final Map<String, Integer> topics = new HashMap<>();
  private final Map<Integer, Integer> topicsPerDocument = new TreeMap<>();
  private final Map<String, Integer> organisations = new HashMap<>();
  private final Map<Integer, Integer> organisationsPerDocument = new TreeMap<>();

  private CorpusStats() {}

  /** Reads the corpus line by line; a line that is not an event names the file and line. */
  public static CorpusStats measure(Path corpus) throws IOException {
    CorpusStats stats = new CorpusStats();
    try (BufferedReader reader = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      String line;
      int lineNumber = 0;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        try {
          stats.add(line, JsonParser.parseString(line).getAsJsonObject());
        } catch (JsonParseException | IllegalStateException | NullPointerException e) {
          throw new IllegalArgumentException(
              corpus + ": line " + lineNumber + " is not an event: " + e.getMessage(), e);
        }
      }
    }
    return stats;
  }

  private void add(String line, JsonObject event) {
    documents++;
    int size = line.getBytes(StandardCharsets.UTF_8).length;
    bytes += size;
    sizes.add(size);
    textChars += event.get("text").getAsString().length();
    if (event.has("url")) {
      withUrl++;
    }
    cities.merge(event.get("city").getAsString(), 1, Integer::sum);
    String start = event.get("start").getAsString();
    String end = event.get("end").getAsString();
    if (start.length() > 10) {
      timed++;
    }
    LocalDate startDay = LocalDate.parse(start.substring(0, 10));
    years.merge(startDay.getYear(), 1, Integer::sum);
    months.merge(startDay.getMonthValue(), 1, Integer::sum);
    durations.merge(
        ChronoUnit.DAYS.between(startDay, LocalDate.parse(end.substring(0, 10))) + 1,
        1,
        Integer::sum);
    topicsPerDocument.merge(count(event.getAsJsonArray("topics"), topics), 1, Integer::sum);
    organisationsPerDocument.merge(
        count(event.getAsJsonArray("organisations"), organisations), 1, Integer::sum);
  }

  private static int count(JsonArray values, Map<String, Integer> counts) {
    for (JsonElement value : values) {
      counts.merge(value.getAsString(), 1, Integer::sum);
    }
    return values.size();
  }

  /** Number of documents read. */
  public int documents() {
    return documents;
  }

  /** Mean JSON line size in bytes (UTF-8, without the line break). */
  public double meanBytes() {
    return documents == 0 ? 0 : (double) bytes / documents;
  }

  /** Documents per city name. */
  public Map<String, Integer> cities() {
    return Map.copyOf(cities);
  }

  /** Prints the figures; with a register, cities are also grouped by population class. */
  public void print(PrintStream out, List<Municipality> register) {
    int[] sorted = sizes.stream().mapToInt(Integer::intValue).sorted().toArray();
    out.printf(
        Locale.ROOT,
        "documents %,d, %,d bytes; line bytes mean %.0f, p10 %d, p50 %d, p90 %d, p99 %d, max %d;"
            + " text chars mean %.0f%n",
        documents,
        bytes,
        meanBytes(),
        pct(sorted, 10),
        pct(sorted, 50),
        pct(sorted, 90),
        pct(sorted, 99),
        sorted.length == 0 ? 0 : sorted[sorted.length - 1],
        (double) textChars / documents);
    out.printf(Locale.ROOT, "with url %s, with hours %s%n", share(withUrl), share(timed));
    out.printf(Locale.ROOT, "distinct cities %,d; top 10:%s%n", cities.size(), top(cities, 10));
    if (register != null) {
      printPopulationClasses(out, register);
    }
    out.println("start year:" + histogram(years));
    out.println("start month:" + histogram(months));
    out.println("days:" + histogram(durations));
    out.println("topics per document:" + histogram(topicsPerDocument));
    out.printf(
        Locale.ROOT,
        "topics (%d, share of documents):%s%n",
        topics.size(),
        top(topics, topics.size()));
    out.println("organisations per document:" + histogram(organisationsPerDocument));
    out.printf(
        Locale.ROOT,
        "organisations (%d distinct); top 10:%s%n",
        organisations.size(),
        top(organisations, 10));
  }

  /**
   * Documents per population class next to the class's share of the population. A city name shared
   * by several municipalities counts in the class of the largest of them.
   */
  private void printPopulationClasses(PrintStream out, List<Municipality> register) {
    Map<String, Long> largest = new HashMap<>();
    long[] population = new long[CLASS_BOUNDS.length];
    long total = 0;
    for (Municipality m : register) {
      largest.merge(m.name(), m.population(), Math::max);
      population[populationClass(m.population())] += m.population();
      total += m.population();
    }
    int[] observed = new int[CLASS_BOUNDS.length];
    cities.forEach((name, n) -> observed[populationClass(largest.getOrDefault(name, 0L))] += n);
    out.println("population class: documents (share) vs share of the population");
    for (int c = 0; c < CLASS_BOUNDS.length; c++) {
      String label =
          c == 0
              ? ">= 1,000,000"
              : String.format(Locale.ROOT, "%,d - %,d", CLASS_BOUNDS[c], CLASS_BOUNDS[c - 1] - 1);
      out.printf(
          Locale.ROOT,
          "  %-21s %,7d (%5.2f %%)  vs %5.2f %%%n",
          label,
          observed[c],
          100.0 * observed[c] / documents,
          100.0 * population[c] / total);
    }
  }

  static int populationClass(long population) {
    for (int c = 0; c < CLASS_BOUNDS.length; c++) {
      if (population >= CLASS_BOUNDS[c]) {
        return c;
      }
    }
    return CLASS_BOUNDS.length - 1;
  }

  private String top(Map<String, Integer> counts, int limit) {
    StringBuilder line = new StringBuilder();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .forEach(
            e ->
                line.append("\n  ")
                    .append(e.getKey())
                    .append(' ')
                    .append(e.getValue())
                    .append(" (")
                    .append(share(e.getValue()))
                    .append(')'));
    return line.toString();
  }

  private <K extends Comparable<K>> String histogram(Map<K, Integer> counts) {
    StringBuilder line = new StringBuilder();
    counts.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
        .forEach(
            e ->
                line.append(' ')
                    .append(e.getKey())
                    .append('=')
                    .append(e.getValue())
                    .append(" (")
                    .append(share(e.getValue()))
                    .append(')'));
    return line.toString();
  }

  private String share(int count) {
    return String.format(Locale.ROOT, "%.1f %%", 100.0 * count / documents);
  }

  private static int pct(int[] sorted, int percentile) {
    return sorted.length == 0
        ? 0
        : sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)];
  }

  /** Runs the command line; see {@code --help}. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new StatsCommand()).execute(args));
  }

  /** The command line of the statistics. */
  @Command(
      name = "corpus-stats",
      mixinStandardHelpOptions = true,
      description = "Prints the measured distributions of a generated event corpus.")
  static final class StatsCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, description = "the JSONL corpus")
    Path corpus;

    @Option(
        names = "--shared",
        description = "the shared data folder, to compare cities with the population")
    Path shared;

    @Override
    public Integer call() throws IOException {
      if (!Files.isRegularFile(corpus)) {
        System.err.println("error: " + corpus + ": corpus file not found");
        return 2;
      }
      try {
        List<Municipality> register = shared == null ? null : MunicipalityRegister.load(shared);
        measure(corpus).print(System.out, register);
        return 0;
      } catch (SharedDataException | IllegalArgumentException e) {
        System.err.println("error: " + e.getMessage());
        return 2;
      }
    }
  }
}
