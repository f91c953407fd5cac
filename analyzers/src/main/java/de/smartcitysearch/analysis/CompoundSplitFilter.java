package de.smartcitysearch.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Keeps every token and adds the parts of a compound right after it, at the same position (position
 * increment 0) and with the offsets of the whole word, so the highlighter marks the whole compound.
 *
 * <p>Expects lowercase input with umlauts intact (the word list contains umlauts): place it after
 * lowercasing and before {@code GermanNormalizationFilter}. Tokens that span several positions (the
 * whole of a hyphenated or CamelCase word) and keyword tokens are passed through unsplit.
 */
public final class CompoundSplitFilter extends TokenFilter {

  /** The token type of a compound part. */
  public static final String PART_TYPE = "<COMPOUND_PART>";

  private final CompoundSplitter splitter;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLen = addAttribute(PositionLengthAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final Deque<String> pendingParts = new ArrayDeque<>();
  private int wholeStart;
  private int wholeEnd;

  public CompoundSplitFilter(TokenStream input, CompoundSplitter splitter) {
    super(input);
    this.splitter = splitter;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pendingParts.isEmpty()) {
      // a fresh token rather than restoreState of the whole (which clones every attribute): a part
      // is
      // its term, the whole word's offsets, increment 0 and its type; other attributes stay default
      clearAttributes();
      term.append(pendingParts.poll());
      offset.setOffset(wholeStart, wholeEnd);
      posInc.setPositionIncrement(0);
      type.setType(PART_TYPE);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword()
        && posLen.getPositionLength() == 1
        && term.length() >= CompoundSplitter.MIN_WORD_LENGTH
        && term.length() <= CompoundSplitter.MAX_WORD_LENGTH
        && GermanVocabulary.isLetters(term.buffer(), term.length())) {
      List<String> parts = splitter.splitPlainWord(term.toString());
      if (!parts.isEmpty()) {
        pendingParts.addAll(parts);
        wholeStart = offset.startOffset();
        wholeEnd = offset.endOffset();
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pendingParts.clear();
  }
}
