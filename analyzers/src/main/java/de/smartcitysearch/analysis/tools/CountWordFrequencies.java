package de.smartcitysearch.analysis.tools;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Counts how often each German word occurs in the federal laws and the OpenSubtitles frequency list
 * and writes the combined table the compound splitter ships ({@code word-frequencies.tsv.gz}).
 *
 * <p>Both corpora may ship derived counts: the laws are official works without copyright (§ 5
 * UrhG), the subtitle list is CC BY-SA 4.0 ("FrequencyWords by Hermit Dave, from OpenSubtitles
 * 2018"). A written corpus and a spoken one are combined because each alone is lopsided: the laws
 * never say "Knoblauch", the subtitles rarely say "Erzeugung". Each corpus is scaled to occurrences
 * per hundred million words and the two are averaged, so neither dominates by its size. Words seen
 * fewer than {@code --min-count} times in the laws and absent from the subtitle list (which starts
 * at 62 occurrences) are left out: single occurrences are mostly typos and rare inflections, and
 * leaving them out keeps the resource small.
 *
 * <p>Usage (from the repository root, after {@code mvn -q -pl analyzers compile}):
 *
 * <pre>
 * java -cp analyzers/target/classes de.smartcitysearch.analysis.tools.CountWordFrequencies \
 *   --laws ../shared/data/gesetze-bund/gesetze_bund_2022-03-26.jsonl.gz \
 *   --subtitles ../shared/data/word-frequencies-de/de_50k.txt \
 *   --out analyzers/src/main/resources/de/smartcitysearch/analysis/vocabulary/word-frequencies.tsv.gz
 * </pre>
 *
 * Exit codes: 0 written, 2 bad arguments or unreadable input (the file and the reason are printed).
 */
public final class CountWordFrequencies {

  /** The unit of the shipped counts: occurrences per this many words of each corpus. */
  static final double PER_WORDS = 100_000_000d;

  private static final int DEFAULT_MIN_COUNT = 3;

  /** Fewer uses inside a sentence than this say nothing about whether a word is a noun. */
  static final int MIN_CASE_EVIDENCE = 3;

  private CountWordFrequencies() {}

  public static void main(String[] args) {
    Map<String, String> options;
    try {
      options = options(args, List.of("--laws", "--subtitles", "--out"), List.of("--min-count"));
    } catch (IllegalArgumentException e) {
      System.err.println("count-word-frequencies: " + e.getMessage());
      System.err.println(
          "usage: CountWordFrequencies --laws LAWS.jsonl.gz --subtitles de_50k.txt --out word-frequencies.tsv.gz [--min-count N]");
      System.exit(2);
      return;
    }
    try {
      int minCount =
          Integer.parseInt(options.getOrDefault("--min-count", String.valueOf(DEFAULT_MIN_COUNT)));
      Counts laws = countLaws(Path.of(options.get("--laws")));
      Counts subtitles = readSubtitleList(Path.of(options.get("--subtitles")));
      Map<String, Entry> combined = combine(laws, subtitles, minCount);
      Path out = Path.of(options.get("--out"));
      write(combined, out, laws, subtitles, minCount);
      System.out.printf(
          Locale.ROOT,
          "laws: %,d words, %,d distinct; subtitles: %,d words, %,d distinct; written: %,d words to %s (%,d bytes)%n",
          laws.total,
          laws.counts.size(),
          subtitles.total,
          subtitles.counts.size(),
          combined.size(),
          out,
          Files.size(out));
    } catch (NumberFormatException e) {
      System.err.println(
          "count-word-frequencies: --min-count must be a whole number: " + e.getMessage());
      System.exit(2);
    } catch (NoSuchFileException e) {
      System.err.println("count-word-frequencies: " + e.getFile() + ": no such file");
      System.exit(2);
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      System.err.println("count-word-frequencies: " + e.getMessage());
      System.exit(2);
    }
  }

  /**
   * Word counts of one corpus and the number of words it has in all; for the laws also, per word,
   * how often it stood inside a sentence ({@code inside}) and how often it was capitalised there
   * ({@code capitalised}), which tells nouns from verbs and adjectives (the subtitle list is lower
   * case only).
   */
  record Counts(
      Map<String, Integer> counts,
      long total,
      Map<String, Integer> inside,
      Map<String, Integer> capitalised) {

    Counts(Map<String, Integer> counts, long total) {
      this(counts, total, Map.of(), Map.of());
    }
  }

  /** Every word of the {@code markdown} field of each law (one JSON object per line, gzipped). */
  static Counts countLaws(Path file) throws IOException {
    Map<String, Integer> counts = new HashMap<>(1 << 20);
    Map<String, Integer> inside = new HashMap<>(1 << 20);
    Map<String, Integer> capitalised = new HashMap<>(1 << 19);
    long total = 0;
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      int lineNumber = 0;
      while ((line = in.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        String markdown = JsonStringField.read(line, "markdown");
        if (markdown == null) {
          throw new IllegalArgumentException(
              file + " line " + lineNumber + ": no \"markdown\" field");
        }
        total += countWords(markdown, counts, inside, capitalised);
      }
    }
    return new Counts(counts, total, inside, capitalised);
  }

  /**
   * Adds every word of letters in {@code text}, lower-cased, to {@code counts}; a word that follows
   * a letter, a comma or a semicolon stands inside a sentence and is also counted in {@code
   * inside}, and in {@code capitalised} when it starts with a capital there. Returns how many words
   * the text has.
   */
  static long countWords(
      String text,
      Map<String, Integer> counts,
      Map<String, Integer> inside,
      Map<String, Integer> capitalised) {
    long words = 0;
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        String word = text.substring(start, i).toLowerCase(Locale.GERMAN);
        counts.merge(word, 1, Integer::sum);
        if (insideSentence(text, start)) {
          inside.merge(word, 1, Integer::sum);
          if (Character.isUpperCase(text.charAt(start))) {
            capitalised.merge(word, 1, Integer::sum);
          }
        }
        words++;
        start = -1;
      }
    }
    return words;
  }

  private static boolean insideSentence(String text, int wordStart) {
    int i = wordStart - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    if (i < 0) {
      return false;
    }
    char before = text.charAt(i);
    return Character.isLetter(before) || before == ',' || before == ';';
  }

  /** The FrequencyWords list: {@code word count} per line. */
  static Counts readSubtitleList(Path file) throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    long total = 0;
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String[] fields = lines.get(i).strip().split(" ");
      if (fields.length != 2) {
        throw new IllegalArgumentException(
            file + " line " + (i + 1) + ": expected 'word count', got '" + lines.get(i) + "'");
      }
      int count = Integer.parseInt(fields[1]);
      counts.merge(fields[0].toLowerCase(Locale.GERMAN), count, Integer::sum);
      total += count;
    }
    return new Counts(counts, total);
  }

  /**
   * The average of both corpora in occurrences per {@link #PER_WORDS} words, at least 1, for the
   * words of letters that occur at least {@code minCount} times in the laws or are on the subtitle
   * list.
   */
  static Map<String, Entry> combine(Counts laws, Counts subtitles, int minCount) {
    Map<String, Entry> combined = new TreeMap<>();
    Map<String, Integer> candidates = new HashMap<>(subtitles.counts);
    laws.counts.forEach(
        (word, count) -> {
          if (count >= minCount) {
            candidates.putIfAbsent(word, 0);
          }
        });
    for (String word : candidates.keySet()) {
      if (!isLetters(word)) {
        continue;
      }
      double law = laws.counts.getOrDefault(word, 0) * PER_WORDS / laws.total;
      double spoken = subtitles.counts.getOrDefault(word, 0) * PER_WORDS / subtitles.total;
      int count = (int) Math.max(1, Math.round((law + spoken) / 2));
      int inside = laws.inside.getOrDefault(word, 0);
      int capitalisedPercent =
          inside < MIN_CASE_EVIDENCE
              ? -1
              : (int) Math.round(100d * laws.capitalised.getOrDefault(word, 0) / inside);
      combined.put(word, new Entry(count, capitalisedPercent));
    }
    return combined;
  }

  /**
   * One line of the table: the frequency and the share of capitalised uses inside a sentence (-1
   * unknown).
   */
  record Entry(int count, int capitalisedPercent) {}

  private static boolean isLetters(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLetter(word.charAt(i))) {
        return false;
      }
    }
    return !word.isEmpty();
  }

  private static void write(
      Map<String, Entry> combined, Path out, Counts laws, Counts subtitles, int minCount)
      throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer w =
        new BufferedWriter(
            new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8))) {
      w.write(
          "# German word frequencies. Line: word TAB occurrences per "
              + (long) PER_WORDS
              + " words (the mean of two corpora)\n");
      w.write(
          "# [TAB percent of its uses inside a sentence of the laws that were capitalised, when it had at least "
              + MIN_CASE_EVIDENCE
              + "]. Built by\n");
      w.write(
          "# de.smartcitysearch.analysis.tools.CountWordFrequencies (--min-count "
              + minCount
              + ").\n");
      w.write(
          "# Federal laws of 2022-03-26 (github.com/bundestag/gesetze, official works without copyright, § 5 UrhG): "
              + laws.total
              + " words.\n");
      w.write(
          "# FrequencyWords by Hermit Dave, from OpenSubtitles 2018 (de_50k, CC BY-SA 4.0): "
              + subtitles.total
              + " words.\n");
      w.write(
          "# This table is licensed CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).\n");
      for (Map.Entry<String, Entry> e : combined.entrySet()) {
        w.write(e.getKey());
        w.write('\t');
        w.write(Integer.toString(e.getValue().count()));
        if (e.getValue().capitalisedPercent() >= 0) {
          w.write('\t');
          w.write(Integer.toString(e.getValue().capitalisedPercent()));
        }
        w.write('\n');
      }
    }
  }

  static Map<String, String> options(String[] args, List<String> required, List<String> optional) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (!required.contains(name) && !optional.contains(name)) {
        throw new IllegalArgumentException("unknown option '" + name + "'");
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(name + " needs a value");
      }
      options.put(name, args[++i]);
    }
    List<String> missing = new ArrayList<>();
    for (String name : required) {
      if (!options.containsKey(name)) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("missing " + String.join(", ", missing));
    }
    return options;
  }

  /**
   * Reads one string field from a one-line JSON object, without a JSON library (the tool needs only
   * this).
   */
  static final class JsonStringField {

    private JsonStringField() {}

    /**
     * The decoded value of the top-level string field {@code name}, or null when the line has none.
     */
    static String read(String json, String name) {
      String key = "\"" + name + "\"";
      int at = json.indexOf(key);
      while (at >= 0) {
        int i = at + key.length();
        while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
          i++;
        }
        if (i < json.length() && json.charAt(i) == ':') {
          i++;
          while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
            i++;
          }
          if (i < json.length() && json.charAt(i) == '"') {
            return decode(json, i + 1);
          }
        }
        at = json.indexOf(key, at + 1);
      }
      return null;
    }

    private static String decode(String json, int from) {
      StringBuilder value = new StringBuilder();
      for (int i = from; i < json.length(); i++) {
        char c = json.charAt(i);
        if (c == '"') {
          return value.toString();
        }
        if (c != '\\') {
          value.append(c);
          continue;
        }
        if (++i >= json.length()) {
          break;
        }
        char escaped = json.charAt(i);
        switch (escaped) {
          case 'n', 'r', 't', 'b', 'f' -> value.append(' ');
          case 'u' -> {
            if (i + 4 >= json.length()) {
              throw new IllegalArgumentException("broken \\u escape in JSON string");
            }
            value.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
            i += 4;
          }
          default -> value.append(escaped);
        }
      }
      throw new IllegalArgumentException("unterminated JSON string");
    }
  }
}
