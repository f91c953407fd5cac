package de.smartcitysearch.bench.relevance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;

/**
 * The word rules of the judgements and of query writing: what a word is, when two words are the
 * same (case and umlauts aside), and which words carry content.
 *
 * <p>Judgements compare folded words exactly, on purpose without stemming or compound splitting: a
 * judgement must not depend on the analysis of either system under test.
 */
final class Words {

  /**
   * A word: letters and digits, joined by nothing else (so "Grezzo-/Fröbel-" gives "Grezzo",
   * "Fröbel").
   */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private static final Pattern HAS_LETTER = Pattern.compile(".*\\p{L}.*");

  /**
   * Lucene's German stop words (the Snowball list): the same notion of filler as the stock
   * baseline.
   */
  private static final CharArraySet STOP_WORDS = GermanAnalyzer.getDefaultStopSet();

  /**
   * Shorter words are mostly abbreviations and fragments ("Nr", "TOP", "gem"), not what a visitor
   * searches for.
   */
  private static final int MIN_CONTENT_LENGTH = 3;

  private Words() {}

  /** The words of a text as written. */
  static List<String> of(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /**
   * The content words of a text as written, in order, each once: no stop word, no number, no
   * fragment.
   */
  static List<String> content(String text) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> out = new ArrayList<>();
    for (String w : of(text)) {
      if (isContent(w) && seen.add(fold(w))) {
        out.add(w);
      }
    }
    return out;
  }

  static boolean isContent(String word) {
    return word.length() >= MIN_CONTENT_LENGTH
        && HAS_LETTER.matcher(word).matches()
        && !STOP_WORDS.contains(word.toLowerCase(Locale.GERMAN));
  }

  /**
   * A word as judgements compare it: lower case, umlauts and ß folded ("Grötzingen" =
   * "grotzingen").
   */
  static String fold(String word) {
    return word.toLowerCase(Locale.GERMAN)
        .replace("ä", "a")
        .replace("ö", "o")
        .replace("ü", "u")
        .replace("ß", "ss");
  }

  /** The folded words of a text, for containment tests. */
  static Set<String> foldedSet(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : of(text)) {
      out.add(fold(w));
    }
    return out;
  }

  /**
   * Whether every one of {@code words} occurs as a word among {@code folded} (a {@link
   * #foldedSet}).
   */
  static boolean containsAll(Set<String> folded, List<String> words) {
    for (String w : words) {
      if (!folded.contains(fold(w))) {
        return false;
      }
    }
    return true;
  }
}
