package de.smartcitysearch.enrich;

import java.util.List;

/**
 * Cheap tests whether a text can match a case-insensitive pattern at all, run before the pattern
 * itself.
 *
 * <p>Why: Java's {@code (?i)} patterns try every position of the text, and most pages contain none
 * of the words such a pattern looks for. A pattern compiled with {@code (?i)} but without {@code
 * (?u)} ignores the case of ASCII letters only, so a text whose ASCII letters are lowered contains
 * every literal word of any match, lowered: when none of a pattern's words is in it, the pattern
 * cannot match.
 */
final class Cues {

  private Cues() {}

  /** The text with A-Z lowered and every other character as it is (same length). */
  static String lowerAscii(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = (char) (c + ('a' - 'A'));
      }
    }
    return chars == null ? text : new String(chars);
  }

  /** Whether the lowered text contains one of the (lowercase) words. */
  static boolean containsAny(String lowered, List<String> words) {
    for (String w : words) {
      if (lowered.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
