package de.smartcitysearch.bench.corpus;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Generates a deterministic corpus of realistic German event documents as JSON Lines.
 *
 * <p>The same shared data, seed, count and size give a byte-identical file. Only the sentence pool,
 * the municipality register and the agenda items are held in memory; events are written one by one,
 * so a million documents need no more heap than ten thousand.
 *
 * <pre>
 * java -cp "bench/target/classes:bench/target/lib/*" de.smartcitysearch.bench.corpus.EventCorpusGenerator \
 *     --shared ../shared --count 100000 --seed 42 --out data/corpus-100k.jsonl
 * </pre>
 */
public final class EventCorpusGenerator {

  /**
   * Default mean document size in bytes (one JSON line): the indexing target is stated for about 3
   * KB.
   */
  public static final int DEFAULT_MEAN_BYTES = 3000;

  /** Default number of council texts the sentence pool is read from. */
  public static final int DEFAULT_COUNCIL_TEXTS = 3000;

  /**
   * Smallest mean document size: below it the event details block alone would exceed the target.
   */
  public static final int MIN_MEAN_BYTES = 500;

  private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

  private final SentencePool pool;
  private final EventComposer composer;

  /** A generator over already loaded material. */
  public EventCorpusGenerator(
      SentencePool pool, List<Municipality> register, List<String> agendaItems, int meanBytes) {
    if (meanBytes < MIN_MEAN_BYTES) {
      throw new IllegalArgumentException(
          "mean document size must be at least " + MIN_MEAN_BYTES + " bytes, got " + meanBytes);
    }
    this.pool = pool;
    this.composer = new EventComposer(register, agendaItems, pool, meanBytes);
  }

  /** Reads the sentence pool, the register and the agenda items from the shared folder. */
  public static EventCorpusGenerator fromSharedData(
      Path sharedDir, int councilTexts, int meanBytes) {
    if (!Files.isDirectory(sharedDir)) {
      throw new SharedDataException(sharedDir, "shared data folder not found");
    }
    return new EventCorpusGenerator(
        SentencePool.load(sharedDir, councilTexts),
        MunicipalityRegister.load(sharedDir),
        AgendaItems.load(sharedDir),
        meanBytes);
  }

  /** The sentences the texts are composed from. */
  public SentencePool pool() {
    return pool;
  }

  /**
   * Writes {@code count} events, one JSON object per line, drawn from a generator seeded with
   * {@code seed}.
   */
  public void write(Writer out, long seed, int count) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    for (int number = 1; number <= count; number++) {
      GSON.toJson(composer.compose(number, random), out);
      out.write('\n');
    }
  }

  /** Runs the command line; see {@code --help}. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new GenerateCommand()).execute(args));
  }

  /** The command line: options, validation and a one-line summary of what was written. */
  @Command(
      name = "generate-corpus",
      mixinStandardHelpOptions = true,
      description =
          "Writes N realistic German event documents as JSON Lines, the same for the same seed.")
  static final class GenerateCommand implements Callable<Integer> {

    @Option(
        names = "--shared",
        defaultValue = "../shared",
        description = "the shared data folder (default: ${DEFAULT-VALUE})")
    Path shared;

    @Option(names = "--count", required = true, description = "number of events")
    int count;

    @Option(
        names = "--seed",
        defaultValue = "42",
        description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", required = true, description = "the JSONL file to write")
    Path out;

    @Option(
        names = "--size",
        defaultValue = "" + DEFAULT_MEAN_BYTES,
        description = "mean document size in bytes per JSON line (default: ${DEFAULT-VALUE})")
    int meanBytes;

    @Option(
        names = "--council-texts",
        defaultValue = "" + DEFAULT_COUNCIL_TEXTS,
        description = "council texts to read sentences from (default: ${DEFAULT-VALUE})")
    int councilTexts;

    @Override
    public Integer call() {
      if (count < 1) {
        return usageError("--count must be at least 1, got " + count);
      }
      if (meanBytes < MIN_MEAN_BYTES) {
        return usageError("--size must be at least " + MIN_MEAN_BYTES + " bytes, got " + meanBytes);
      }
      if (councilTexts < 1) {
        return usageError("--council-texts must be at least 1, got " + councilTexts);
      }
      long started = System.nanoTime();
      EventCorpusGenerator generator;
      try {
        generator = fromSharedData(shared, councilTexts, meanBytes);
      } catch (SharedDataException e) {
        System.err.println("error: " + e.getMessage());
        return 2;
      }
      double loadSeconds = (System.nanoTime() - started) / 1e9;
      long bytes;
      try {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
          generator.write(writer, seed, count);
        }
        bytes = Files.size(out);
      } catch (IOException e) {
        System.err.println("error: " + out + ": cannot write: " + e);
        return 1;
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "wrote %,d events (%,d bytes) to %s in %.1f s (%.1f s loading %,d sentences)%n",
          count,
          bytes,
          out,
          seconds,
          loadSeconds,
          generator.pool().size());
      return 0;
    }

    private static int usageError(String message) {
      System.err.println("error: " + message);
      return 2;
    }
  }
}
