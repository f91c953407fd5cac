package de.smartcitysearch.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * How often German words occur in a large corpus, and whether a word is written with a capital
 * inside a sentence (a noun) or in lower case (a verb, adjective or function word): the evidence
 * the compound splitter weighs.
 *
 * <p>The built-in table ({@value #RESOURCE}, about 157,000 words) is counted by {@code
 * de.smartcitysearch.analysis.tools.CountWordFrequencies} from the federal laws and the
 * OpenSubtitles frequency list; counts are occurrences per hundred million words. It is loaded
 * once, on first use, and shared. The table is a char pool with an open-addressing hash over it, so
 * a lookup of a slice of a word allocates nothing and the whole table takes about 7 MB.
 */
public final class WordFrequencies {

  /**
   * The built-in table, a classpath resource (gzipped, UTF-8, {@code word TAB count [TAB
   * capitalised %]}).
   */
  public static final String RESOURCE =
      "/de/smartcitysearch/analysis/vocabulary/word-frequencies.tsv.gz";

  /** A word capitalised in at most this share of its uses inside a sentence is not a noun. */
  static final int LOWER_CASE_MAX_PERCENT = 10;

  /** A word capitalised in more than this share of its uses inside a sentence is a noun. */
  static final int NOUN_MIN_PERCENT = 50;

  private static final WordFrequencies EMPTY = of(Map.of());
  private static volatile WordFrequencies builtIn;

  private final char[] pool;
  private final int[] starts;
  private final int[] counts;
  private final byte[] capitalisedPercent;
  private final int[] table;
  private final int mask;

  private WordFrequencies(
      char[] pool, int[] starts, int[] counts, byte[] capitalisedPercent, int size) {
    this.pool = pool;
    this.starts = starts;
    this.counts = counts;
    this.capitalisedPercent = capitalisedPercent;
    int capacity = Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1;
    this.table = new int[capacity];
    this.mask = capacity - 1;
    for (int i = 0; i < size; i++) {
      int slot = hash(pool, starts[i], starts[i + 1]) & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = i + 1;
    }
  }

  /** The table counted from the laws and the subtitles, loaded on first use and shared. */
  public static WordFrequencies builtIn() {
    WordFrequencies result = builtIn;
    if (result == null) {
      synchronized (WordFrequencies.class) {
        result = builtIn;
        if (result == null) {
          result = load();
          builtIn = result;
        }
      }
    }
    return result;
  }

  /** No evidence at all: every word has count 0 (the splitter then trusts its word lists alone). */
  public static WordFrequencies empty() {
    return EMPTY;
  }

  /** A table of the given counts, without case evidence (for tests and tools). */
  public static WordFrequencies of(Map<String, Integer> counts) {
    Builder builder = new Builder(counts.size());
    counts.forEach((word, count) -> builder.add(word, count, -1));
    return builder.build();
  }

  /**
   * How often {@code word} (lower case, umlauts kept) occurs per hundred million words; 0 when
   * unknown.
   */
  public int count(CharSequence word) {
    return count(word, 0, word.length());
  }

  /**
   * {@link #count(CharSequence)} of the slice {@code [start, end)} of {@code text}, without copying
   * it.
   */
  public int count(CharSequence text, int start, int end) {
    int i = find(text, start, end);
    return i < 0 ? 0 : counts[i];
  }

  /**
   * True when the corpus shows {@code word} in lower case inside sentences (at most {@value
   * #LOWER_CASE_MAX_PERCENT} % capitalised): a verb form, an adjective or a function word, not a
   * noun. False when it is mostly capitalised or when there is no such evidence.
   */
  public boolean isLowerCaseWord(CharSequence word) {
    int i = find(word, 0, word.length());
    return i >= 0 && capitalisedPercent[i] >= 0 && capitalisedPercent[i] <= LOWER_CASE_MAX_PERCENT;
  }

  /**
   * True when the corpus shows {@code word} capitalised in most of its uses inside sentences: a
   * noun.
   */
  public boolean isNoun(CharSequence word) {
    return isNoun(word, 0, word.length());
  }

  /** {@link #isNoun(CharSequence)} of the slice {@code [start, end)} of {@code text}. */
  public boolean isNoun(CharSequence text, int start, int end) {
    int i = find(text, start, end);
    return i >= 0 && capitalisedPercent[i] > NOUN_MIN_PERCENT;
  }

  /**
   * True when the corpus has enough uses of {@code word} inside sentences to tell a noun from other
   * words.
   */
  public boolean hasCaseEvidence(CharSequence word) {
    int i = find(word, 0, word.length());
    return i >= 0 && capitalisedPercent[i] >= 0;
  }

  /** Number of words in the table. */
  public int size() {
    return counts.length;
  }

  private int find(CharSequence text, int start, int end) {
    int slot = hash(text, start, end) & mask;
    int length = end - start;
    for (int entry = table[slot]; entry != 0; entry = table[slot]) {
      int i = entry - 1;
      int from = starts[i];
      if (starts[i + 1] - from == length && sameChars(text, start, from, length)) {
        return i;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  private boolean sameChars(CharSequence text, int start, int from, int length) {
    for (int k = 0; k < length; k++) {
      if (pool[from + k] != text.charAt(start + k)) {
        return false;
      }
    }
    return true;
  }

  private static int hash(CharSequence text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + text.charAt(i);
    }
    return h ^ (h >>> 16);
  }

  private static int hash(char[] chars, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + chars[i];
    }
    return h ^ (h >>> 16);
  }

  private static WordFrequencies load() {
    try (InputStream raw = WordFrequencies.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException(
            "word frequency table " + RESOURCE + " is missing from the jar");
      }
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8),
              1 << 16);
      Builder builder = new Builder(1 << 17);
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isEmpty() || line.charAt(0) == '#') {
          continue;
        }
        int tab = line.indexOf('\t');
        int secondTab = tab < 0 ? -1 : line.indexOf('\t', tab + 1);
        if (tab <= 0) {
          throw new IllegalStateException(
              RESOURCE + " line " + number + ": expected 'word TAB count', got '" + line + "'");
        }
        int count = Integer.parseInt(line, tab + 1, secondTab < 0 ? line.length() : secondTab, 10);
        int capitalised =
            secondTab < 0 ? -1 : Integer.parseInt(line, secondTab + 1, line.length(), 10);
        builder.add(line.substring(0, tab), count, capitalised);
      }
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the word frequency table " + RESOURCE, e);
    }
  }

  /** Collects words into the pool before the hash is built. */
  private static final class Builder {

    private char[] pool = new char[1 << 20];
    private int poolLength;
    private int[] starts;
    private int[] counts;
    private byte[] capitalised;
    private int size;

    Builder(int expected) {
      starts = new int[Math.max(2, expected + 1)];
      counts = new int[Math.max(1, expected)];
      capitalised = new byte[Math.max(1, expected)];
    }

    void add(String word, int count, int capitalisedPercent) {
      if (size == counts.length) {
        counts = Arrays.copyOf(counts, size * 2);
        capitalised = Arrays.copyOf(capitalised, size * 2);
        starts = Arrays.copyOf(starts, size * 2 + 1);
      }
      if (poolLength + word.length() > pool.length) {
        pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolLength + word.length()));
      }
      word.getChars(0, word.length(), pool, poolLength);
      starts[size] = poolLength;
      poolLength += word.length();
      starts[size + 1] = poolLength;
      counts[size] = count;
      capitalised[size] = (byte) capitalisedPercent;
      size++;
    }

    WordFrequencies build() {
      return new WordFrequencies(
          Arrays.copyOf(pool, poolLength),
          Arrays.copyOf(starts, size + 1),
          Arrays.copyOf(counts, size),
          Arrays.copyOf(capitalised, size),
          size);
    }
  }
}
