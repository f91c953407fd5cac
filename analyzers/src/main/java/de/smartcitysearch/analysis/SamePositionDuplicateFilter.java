package de.smartcitysearch.analysis;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Drops a token whose term already occurred at the same position (e.g. two compound parts that stem
 * alike), like {@link RemoveDuplicatesTokenFilter}, but without its per-token costs.
 *
 * <p>Why not Lucene's filter: it copies every term into a hash set and clears the set at every new
 * position; on the benchmark corpus that was about a seventh of the whole chain's time. Here a
 * token at a new position only has its term copied into a reused buffer, and only tokens stacked on
 * a position (increment 0, rare) are compared, linearly, with the few terms already there.
 */
final class SamePositionDuplicateFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private char[][] seen = new char[4][16];
  private int[] seenLength = new int[4];
  private int seenCount;

  SamePositionDuplicateFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (input.incrementToken()) {
      if (posInc.getPositionIncrement() > 0) {
        seenCount = 0;
      } else if (seenHere()) {
        continue; // its increment is 0, so dropping it moves no position
      }
      remember();
      return true;
    }
    return false;
  }

  private boolean seenHere() {
    for (int i = 0; i < seenCount; i++) {
      if (Arrays.equals(seen[i], 0, seenLength[i], term.buffer(), 0, term.length())) {
        return true;
      }
    }
    return false;
  }

  private void remember() {
    if (seenCount == seen.length) {
      seen = Arrays.copyOf(seen, seenCount * 2);
      seenLength = Arrays.copyOf(seenLength, seenCount * 2);
    }
    if (seen[seenCount] == null || seen[seenCount].length < term.length()) {
      seen[seenCount] = new char[Math.max(16, term.length())];
    }
    System.arraycopy(term.buffer(), 0, seen[seenCount], 0, term.length());
    seenLength[seenCount++] = term.length();
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    seenCount = 0;
  }
}
