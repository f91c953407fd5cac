package de.smartcitysearch.analysis.tools;

import de.smartcitysearch.analysis.CompoundSplitter;
import de.smartcitysearch.analysis.GermanAnalysis;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures the compound splitter on a list of compounds with gold parts and a list of words that
 * must stay whole: split recall (the gold boundary between modifier and head is among the
 * splitter's boundaries) and wrong-split rate (share of the words that must stay whole but get
 * parts).
 *
 * <p>The compound list is in the format of the GermaNet compound list ({@code compound TAB modifier
 * TAB head}, e.g. {@code split_compounds_from_GermaNet18.0.txt} from the University of Tübingen);
 * GermaNet gives the immediate constituents, so a splitter that also cuts the head further
 * ("Abfall|wirtschafts|betrieb") still finds the gold boundary. Only compounds written in letters
 * (no hyphen, digit or space) count. GermaNet's licence does not let the list ship with this
 * project, which is why this is a command and not a test:
 *
 * <pre>
 * java -cp "analyzers/target/classes:bench/target/lib/*" de.smartcitysearch.analysis.tools.EvaluateCompoundSplits \
 *   --compounds split_compounds_from_GermaNet18.0.txt --windows odd [--non-compounds words.txt] [--show 50]
 * </pre>
 *
 * {@code --windows even|odd|fresh|all} draws the samples of the measurements in the README from the
 * full list (GermaNet 18.0): windows of the first {@value #WINDOW_LINES} letter-only compounds
 * after the first line break at an offset. {@value #WINDOWS} windows every {@value #WINDOW_STEP}
 * characters: the even ones are the tuning part, the odd ones the first held-out part; six more
 * windows ({@code fresh}, offsets {@link #FRESH_OFFSETS}) are the second held-out part, drawn after
 * the first had been looked at. Without {@code --windows} every line of the file counts.
 */
public final class EvaluateCompoundSplits {

  static final int WINDOWS = 20;
  static final int WINDOW_STEP = 180_000;
  static final int WINDOW_LINES = 150;
  static final List<Integer> FRESH_OFFSETS =
      List.of(90_000, 450_000, 1_350_000, 2_070_000, 2_790_000, 3_510_000);

  private EvaluateCompoundSplits() {}

  /** A compound with the lower-case position where its head starts. */
  record GoldCompound(String word, int headStart) {}

  /** What the splitter did on the lists. */
  record Result(
      int compounds,
      int found,
      int exact,
      List<String> misses,
      int wholeWords,
      List<String> wrongSplits) {

    double recall() {
      return compounds == 0 ? 0 : 100.0 * found / compounds;
    }

    double wrongSplitRate() {
      return wholeWords == 0 ? 0 : 100.0 * wrongSplits.size() / wholeWords;
    }
  }

  public static void main(String[] args) {
    Map<String, String> options;
    try {
      options =
          CountWordFrequencies.options(
              args, List.of(), List.of("--compounds", "--windows", "--non-compounds", "--show"));
      if (!options.containsKey("--compounds") && !options.containsKey("--non-compounds")) {
        throw new IllegalArgumentException("give --compounds or --non-compounds");
      }
    } catch (IllegalArgumentException e) {
      System.err.println("evaluate-compound-splits: " + e.getMessage());
      System.err.println(
          "usage: EvaluateCompoundSplits [--compounds GERMANET.txt [--windows even|odd|all]] [--non-compounds WORDS.txt] [--show N]");
      System.exit(2);
      return;
    }
    try {
      List<GoldCompound> compounds = List.of();
      if (options.containsKey("--compounds")) {
        String text = Files.readString(Path.of(options.get("--compounds")), StandardCharsets.UTF_8);
        String windows = options.get("--windows");
        compounds =
            readCompounds(windows == null ? text.lines().toList() : windowLines(text, windows));
      }
      List<String> wholeWords =
          options.containsKey("--non-compounds")
              ? readWords(Path.of(options.get("--non-compounds")))
              : List.of();
      int show = Integer.parseInt(options.getOrDefault("--show", "0"));
      Result result = evaluate(GermanAnalysis.defaults().splitter(), compounds, wholeWords);
      System.out.printf(
          Locale.ROOT,
          "compounds: %d, gold boundary found: %d (%.1f %%), exactly the gold cut: %d (%.1f %%)%n",
          result.compounds(),
          result.found(),
          result.recall(),
          result.exact(),
          100.0 * result.exact() / Math.max(1, result.compounds()));
      System.out.printf(
          Locale.ROOT,
          "words that must stay whole: %d, split anyway: %d (%.2f %%)%n",
          result.wholeWords(),
          result.wrongSplits().size(),
          result.wrongSplitRate());
      result.misses().stream().limit(show).forEach(m -> System.out.println("  miss: " + m));
      result.wrongSplits().stream()
          .limit(show)
          .forEach(m -> System.out.println("  wrong split: " + m));
    } catch (NoSuchFileException e) {
      System.err.println("evaluate-compound-splits: " + e.getFile() + ": no such file");
      System.exit(2);
    } catch (IOException | IllegalArgumentException e) {
      System.err.println("evaluate-compound-splits: " + e.getMessage());
      System.exit(2);
    }
  }

  static Result evaluate(
      CompoundSplitter splitter, List<GoldCompound> compounds, List<String> wholeWords) {
    int found = 0;
    int exact = 0;
    List<String> misses = new ArrayList<>();
    for (GoldCompound gold : compounds) {
      List<String> parts = splitter.split(gold.word());
      List<Integer> boundaries = boundaries(gold.word(), parts);
      if (boundaries.contains(gold.headStart())) {
        found++;
        if (boundaries.size() == 1) {
          exact++;
        }
      } else {
        misses.add(gold.word() + " -> " + parts + " (head at " + gold.headStart() + ")");
      }
    }
    List<String> wrongSplits = new ArrayList<>();
    for (String word : wholeWords) {
      List<String> parts = splitter.split(word);
      if (!parts.isEmpty()) {
        wrongSplits.add(word + " -> " + parts);
      }
    }
    return new Result(compounds.size(), found, exact, misses, wholeWords.size(), wrongSplits);
  }

  /**
   * Where the parts after the first start in {@code word}: each is looked up after the previous
   * one, as written or without the final "e" a modifier may lose ("Schul|buch" has the part
   * "schule").
   */
  static List<Integer> boundaries(String word, List<String> parts) {
    List<Integer> result = new ArrayList<>();
    int from = 1;
    for (int i = 1; i < parts.size(); i++) {
      String part = parts.get(i);
      int at = word.indexOf(part, from);
      if (at < 0 && part.endsWith("e") && i < parts.size() - 1) {
        at = word.indexOf(part.substring(0, part.length() - 1), from);
      }
      if (at < 0) {
        break;
      }
      result.add(at);
      from = at + 1;
    }
    return result;
  }

  /**
   * The letter-only compounds of GermaNet-format lines whose head ends the word; header lines are
   * skipped.
   */
  static List<GoldCompound> readCompounds(List<String> lines) {
    List<GoldCompound> result = new ArrayList<>();
    for (String line : lines) {
      String[] fields = line.split("\t");
      if (fields.length != 3 || !isLetters(fields[0])) {
        continue;
      }
      String word = fields[0].toLowerCase(Locale.GERMAN);
      String head = fields[2].strip().toLowerCase(Locale.GERMAN);
      if (!head.isEmpty() && head.length() < word.length() && word.endsWith(head)) {
        result.add(new GoldCompound(word, word.length() - head.length()));
      }
    }
    return result;
  }

  /**
   * The lines of the sample windows ({@code even}, {@code odd}, {@code fresh} or {@code all}) of
   * the full list.
   */
  static List<String> windowLines(String text, String which) {
    List<Integer> offsets = new ArrayList<>();
    switch (which) {
      case "even", "odd", "all" -> {
        for (int w = 0; w < WINDOWS; w++) {
          if (which.equals("all") || (w % 2 == 0) == which.equals("even")) {
            offsets.add(w * WINDOW_STEP);
          }
        }
      }
      case "fresh" -> offsets.addAll(FRESH_OFFSETS);
      default ->
          throw new IllegalArgumentException(
              "--windows must be even, odd, fresh or all, got '" + which + "'");
    }
    List<String> result = new ArrayList<>();
    for (int offset : offsets) {
      int start = text.indexOf('\n', offset);
      if (start < 0) {
        break;
      }
      int taken = 0;
      for (String line : text.substring(start + 1).lines().toList()) {
        if (taken == WINDOW_LINES) {
          break;
        }
        String[] fields = line.split("\t");
        if (fields.length == 3 && isLetters(fields[0])) {
          result.add(line);
          taken++;
        }
      }
    }
    return result;
  }

  static List<String> readWords(Path file) throws IOException {
    List<String> words = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String word = line.replaceFirst("#.*", "").strip();
      if (!word.isEmpty()) {
        words.add(word.toLowerCase(Locale.GERMAN));
      }
    }
    return words;
  }

  private static boolean isLetters(String s) {
    return !s.isEmpty() && s.chars().allMatch(Character::isLetter);
  }
}
