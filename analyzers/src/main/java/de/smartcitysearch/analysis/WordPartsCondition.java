package de.smartcitysearch.analysis;

import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Runs the word delimiter filter only on tokens it would change: those with a character that is not
 * a letter or digit ("Smart‧City", "Deutschland.Digital") or with a lower-to-upper case change
 * ("KielRegion"). Most tokens of running text have neither, and the graph filter is costly per
 * token.
 */
final class WordPartsCondition extends ConditionalTokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  WordPartsCondition(TokenStream input, Function<TokenStream, TokenStream> wordParts) {
    super(input, wordParts);
  }

  @Override
  protected boolean shouldFilter() {
    char[] chars = term.buffer();
    int length = term.length();
    boolean previousLower = false;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      boolean upper;
      if (c < 128) { // fast path for ASCII, the bulk of German text
        boolean lower = c >= 'a' && c <= 'z';
        upper = c >= 'A' && c <= 'Z';
        if (!lower && !upper && (c < '0' || c > '9')) {
          return true;
        }
        if (upper && previousLower) {
          return true;
        }
        previousLower = lower;
      } else {
        if (!Character.isLetterOrDigit(c)) {
          return true;
        }
        upper = Character.isUpperCase(c);
        if (upper && previousLower) {
          return true;
        }
        previousLower = Character.isLowerCase(c);
      }
    }
    return false;
  }
}
