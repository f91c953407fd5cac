package de.smartcitysearch.analysis;

import java.util.function.Function;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Runs the word delimiter filter only on tokens it would change: those with a character that is not a
 * letter or digit ("Smart‧City", "Deutschland.Digital") or with a lower-to-upper case change
 * ("KielRegion"). Most tokens of running text have neither, and the graph filter is costly per token.
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
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (!Character.isLetterOrDigit(c)) {
        return true;
      }
      if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(chars[i - 1])) {
        return true;
      }
    }
    return false;
  }
}
