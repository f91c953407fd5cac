package de.smartcitysearch.server.instantsearch;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Whether a facet value matches what a visitor typed into a facet's search box, and the value with
 * the match marked: a word of the value must start with the typed text, ignoring case and accents
 * ("mob" finds "Mobilität", "burger" finds "Bürgerbeteiligung", "daten" finds "Urbane
 * Datenplattformen").
 */
final class FacetValueMatch {

  private FacetValueMatch() {}

  /**
   * The value with the matched start of a word between the tags, or null when no word starts with
   * {@code typed}.
   */
  static String highlighted(String value, String typed, HighlightTags tags) {
    String wanted = fold(typed.strip());
    if (wanted.isEmpty()) {
      return value;
    }
    for (int start = 0; start < value.length(); start++) {
      if (start > 0 && Character.isLetterOrDigit(value.charAt(start - 1))) {
        continue; // not the start of a word
      }
      int end = matchEnd(value, start, wanted);
      if (end > 0) {
        return value.substring(0, start)
            + tags.pre()
            + value.substring(start, end)
            + tags.post()
            + value.substring(end);
      }
    }
    return null;
  }

  /** Where the match of {@code wanted} starting at {@code start} ends in {@code value}, or -1. */
  private static int matchEnd(String value, int start, String wanted) {
    StringBuilder folded = new StringBuilder();
    for (int i = start; i < value.length(); i++) {
      folded.append(fold(String.valueOf(value.charAt(i))));
      if (folded.length() >= wanted.length()) {
        return folded.toString().startsWith(wanted) ? i + 1 : -1;
      }
      if (!wanted.startsWith(folded.toString())) {
        return -1;
      }
    }
    return -1;
  }

  /** Lower case without accents; ß as ss. */
  static String fold(String s) {
    String decomposed = Normalizer.normalize(s.toLowerCase(Locale.GERMAN), Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "").replace("ß", "ss");
  }
}
