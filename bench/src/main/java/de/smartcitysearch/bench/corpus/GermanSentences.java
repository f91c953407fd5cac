package de.smartcitysearch.bench.corpus;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts German running text (PDF extractions, web pages) into clean prose sentences.
 *
 * <p>PDF text breaks words at line ends ("wün-\nschenswert") and is full of layout: table cells,
 * headers, page numbers. The text is cut into blocks at blank lines, hyphenation breaks are joined,
 * whitespace is collapsed, blocks are split with the JDK's German sentence iterator, and only
 * sentences that look like prose are kept.
 */
final class GermanSentences {

  /** "wün-\nschenswert": a lower-case continuation means the hyphen only broke the word. */
  private static final Pattern SOFT_HYPHEN_BREAK =
      Pattern.compile("(\\p{Ll})-[ \\t]*\\r?\\n[ \\t]*(\\p{Ll})");

  /**
   * "Karl-Weysser-\nStraße": an upper-case continuation keeps the hyphen of a real hyphenated word.
   */
  private static final Pattern HARD_HYPHEN_BREAK =
      Pattern.compile("(\\p{L})-[ \\t]*\\r?\\n[ \\t]*(\\p{Lu})");

  private static final Pattern BLANK_LINE = Pattern.compile("\\r?\\n[ \\t\\u00a0]*\\r?\\n");
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00a0]+");
  private static final Pattern PAGE_MARK = Pattern.compile("Seite \\d+ von \\d+");
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "abs", "nr", "z", "b", "bzw", "ca", "str", "u", "vgl", "s", "dr", "d", "h", "i", "e",
          "st", "ggf", "evtl", "inkl", "gem", "lt", "v", "o", "a", "m", "bspw", "usw");

  static final int MIN_LENGTH = 40;
  static final int MAX_LENGTH = 400;
  private static final int MIN_WORDS = 6;

  private GermanSentences() {}

  /**
   * Joins words broken by hyphenation at line ends and keeps the hyphen of hyphenated compounds.
   */
  static String joinHyphenation(String text) {
    String joined = SOFT_HYPHEN_BREAK.matcher(text).replaceAll("$1$2");
    return HARD_HYPHEN_BREAK.matcher(joined).replaceAll("$1-$2");
  }

  /** The prose sentences of the text, in order, each on one line with single spaces. */
  static List<String> split(String text) {
    List<String> sentences = new ArrayList<>();
    BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.GERMAN);
    for (String block : BLANK_LINE.split(joinHyphenation(text))) {
      String paragraph = WHITESPACE.matcher(block).replaceAll(" ").strip();
      if (paragraph.length() < MIN_LENGTH) {
        continue;
      }
      iterator.setText(paragraph);
      int start = iterator.first();
      for (int end = iterator.next();
          end != BreakIterator.DONE;
          start = end, end = iterator.next()) {
        String sentence = paragraph.substring(start, end).strip();
        if (isProse(sentence)) {
          sentences.add(sentence);
        }
      }
    }
    return sentences;
  }

  /** Whether the sentence reads as running prose rather than layout, a fragment or a table row. */
  static boolean isProse(String sentence) {
    int length = sentence.length();
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      return false;
    }
    char first = sentence.charAt(0);
    char last = sentence.charAt(length - 1);
    if (!Character.isUpperCase(first) && first != '„' && first != '"') {
      return false;
    }
    if (last != '.' && last != '!' && last != '?') {
      return false;
    }
    if (sentence.contains("..")
        || sentence.contains("__")
        || sentence.contains(". .")
        || sentence.contains("http")
        || sentence.contains("@")
        || PAGE_MARK.matcher(sentence).find()) {
      return false;
    }
    int letters = 0;
    int upper = 0;
    int digits = 0;
    int words = 1;
    int wordLength = 0;
    for (int i = 0; i < length; i++) {
      char c = sentence.charAt(i);
      if (c == ' ') {
        words++;
        wordLength = 0;
        continue;
      }
      if (++wordLength > 40) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      } else if (Character.isDigit(c)) {
        digits++;
      }
    }
    return words >= MIN_WORDS
        && letters >= 0.8 * (length - (words - 1)) // spaces count neither for nor against
        && digits <= 0.08 * length
        && upper <= 0.25 * letters
        && !endsWithAbbreviation(sentence);
  }

  /**
   * "Die Regelung nach § 70 Abs." is a fragment: the sentence iterator stopped at an abbreviation.
   */
  private static boolean endsWithAbbreviation(String sentence) {
    int end = sentence.length() - 1;
    int start = sentence.lastIndexOf(' ', end) + 1;
    String lastWord = sentence.substring(start, end).toLowerCase(Locale.ROOT);
    return ABBREVIATIONS.contains(lastWord);
  }
}
