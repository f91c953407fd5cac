package de.smartcitysearch.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Keeps the final "st" of nouns such as "Dienst", "Kunst", "Herbst", which {@link
 * GermanLightStemFilter} cuts as if it were the verb ending of "du komm-st": without this, "Dienst"
 * and "dienen" share the term "dien", "Herbst" and "herb" the term "herb", and every part "Dienst"
 * of a compound matches the verb.
 *
 * <p>A token is such a noun, or one of its forms ("Dienste", "Diensten", "Dienstes", "Künste"),
 * when without an inflection ending it ends in "st" after a letter the stemmer cuts there (b, d, f,
 * g, h, k, l, m, n, t) and the corpus writes it capitalised ({@link WordFrequencies#isNoun}; a
 * plural may add an umlaut: "Künste" is "Kunst"). The token becomes that noun, marked as a keyword,
 * so the stemmer leaves it alone. Runs before umlaut folding, since the corpus has umlauts.
 */
final class NounStemGuardFilter extends TokenFilter {

  /** Shorter words are left to the stemmer ("Ost", "Rast"). */
  static final int MIN_NOUN_LENGTH = 5;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final WordFrequencies frequencies;

  NounStemGuardFilter(TokenStream input, WordFrequencies frequencies) {
    super(input);
    this.frequencies = frequencies;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword()) {
      guard();
    }
    return true;
  }

  private void guard() {
    char[] chars = term.buffer();
    int length = term.length();
    // the noun without its inflection ending: the whole token, or without "e", "s", "n", "en", "es"
    for (int base = length; base >= length - 2 && base >= MIN_NOUN_LENGTH; base--) {
      if (!endsInCutSt(chars, base) || !isEnding(chars, base, length)) {
        continue;
      }
      if (frequencies.isNoun(term, 0, base)) {
        keep(base, null);
        return;
      }
      String withoutUmlaut = withoutUmlaut(chars, base);
      if (withoutUmlaut != null && frequencies.isNoun(withoutUmlaut)) {
        keep(base, withoutUmlaut);
        return;
      }
    }
  }

  private void keep(int base, String replacement) {
    if (replacement == null) {
      term.setLength(base);
    } else {
      term.setEmpty().append(replacement);
    }
    keyword.setKeyword(true);
  }

  /** The light stemmer's condition for cutting "st": one of b d f g h k l m n t before it. */
  private static boolean endsInCutSt(char[] chars, int base) {
    if (chars[base - 2] != 's' || chars[base - 1] != 't') {
      return false;
    }
    return switch (chars[base - 3]) {
      case 'b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 't' -> true;
      default -> false;
    };
  }

  /** True when {@code chars[base, length)} is "", "e", "s", "n", "en" or "es". */
  private static boolean isEnding(char[] chars, int base, int length) {
    return switch (length - base) {
      case 0 -> true;
      case 1 -> chars[base] == 'e' || chars[base] == 's' || chars[base] == 'n';
      default -> chars[base] == 'e' && (chars[base + 1] == 'n' || chars[base + 1] == 's');
    };
  }

  /** The first {@code base} chars with ä ö ü as a o u, or null when they have none. */
  private static String withoutUmlaut(char[] chars, int base) {
    StringBuilder result = null;
    for (int i = 0; i < base; i++) {
      char c = chars[i];
      char plain = c == 'ä' ? 'a' : c == 'ö' ? 'o' : c == 'ü' ? 'u' : c;
      if (plain != c && result == null) {
        result = new StringBuilder(base).append(chars, 0, i);
      }
      if (result != null) {
        result.append(plain);
      }
    }
    return result == null ? null : result.toString();
  }
}
