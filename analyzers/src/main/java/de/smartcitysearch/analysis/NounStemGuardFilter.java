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

  private static final String[] ENDINGS = {"", "e", "en", "es", "s", "n"};

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
    int length = term.length();
    for (String ending : ENDINGS) {
      int base = length - ending.length();
      if (base < MIN_NOUN_LENGTH || !endsWith(ending, length) || !endsInCutSt(base)) {
        continue;
      }
      if (frequencies.isNoun(term, 0, base)) {
        keep(base, null);
        return;
      }
      String withoutUmlaut = withoutUmlaut(base);
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

  private boolean endsWith(String ending, int length) {
    int from = length - ending.length();
    for (int i = 0; i < ending.length(); i++) {
      if (term.charAt(from + i) != ending.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The light stemmer's condition for cutting "st": one of b d f g h k l m n t before it. */
  private boolean endsInCutSt(int base) {
    if (term.charAt(base - 2) != 's' || term.charAt(base - 1) != 't') {
      return false;
    }
    return switch (term.charAt(base - 3)) {
      case 'b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 't' -> true;
      default -> false;
    };
  }

  /** The first {@code base} chars with ä ö ü as a o u, or null when they have none. */
  private String withoutUmlaut(int base) {
    StringBuilder result = null;
    for (int i = 0; i < base; i++) {
      char c = term.charAt(i);
      char plain = c == 'ä' ? 'a' : c == 'ö' ? 'o' : c == 'ü' ? 'u' : c;
      if (plain != c && result == null) {
        result = new StringBuilder(base).append(term, 0, i);
      }
      if (result != null) {
        result.append(plain);
      }
    }
    return result == null ? null : result.toString();
  }
}
