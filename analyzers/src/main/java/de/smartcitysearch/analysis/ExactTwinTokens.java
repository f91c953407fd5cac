package de.smartcitysearch.analysis;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The tokens of the exact analyzer, taken from a pass of the index analyzer over the same text
 * instead of a second pass over it.
 *
 * <p>Why this is the same: the two chains differ only in the compound splitting, which adds the
 * parts of a word right after it at the same position (type {@value
 * CompoundSplitFilter#PART_TYPE}); every other filter treats each token alone, and no token of the
 * exact chain follows a part at the same position, so the duplicate filter drops the same tokens in
 * both. The index chain's tokens without the parts are therefore the exact chain's tokens, with the
 * same terms, positions and offsets ({@code ExactTwinTokensTest} checks it on the seed texts).
 * Skipping the exact chain's second pass (tokenizing, lowercasing, stemming ...) took the analysis
 * inside the index writer from 26 % to 17 % of the indexing profile's samples.
 *
 * <p>Use: {@link #record} wraps the index analyzer's stream of a text; once that stream is consumed
 * (to its {@code end()}), {@link #replay} gives the exact twin's stream. One instance per text and
 * thread; it may be recorded again, which forgets the previous text.
 */
public final class ExactTwinTokens {

  private char[] chars = new char[1024];
  private int[] termEnds = new int[128];
  private int[] positionIncrements = new int[128];
  private int[] startOffsets = new int[128];
  private int[] endOffsets = new int[128];
  private int count;
  private int finalOffset;
  private int finalPositionIncrement;
  private boolean recorded;

  /**
   * The index analyzer's stream, unchanged; consuming it to its end records the exact twin's
   * tokens.
   */
  public TokenStream record(TokenStream indexTokens) {
    return new Recorder(indexTokens);
  }

  /**
   * The exact analyzer's stream of the recorded text.
   *
   * @throws IllegalStateException when the recorded stream has not been consumed to its end
   */
  public TokenStream replay() {
    if (!recorded) {
      throw new IllegalStateException(
          "the index analyzer's stream must be consumed before its exact twin");
    }
    return new Replay();
  }

  private void add(CharTermAttribute term, int positionIncrement, int start, int end) {
    int from = count == 0 ? 0 : termEnds[count - 1];
    if (from + term.length() > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, from + term.length()));
    }
    System.arraycopy(term.buffer(), 0, chars, from, term.length());
    if (count == termEnds.length) {
      int size = count * 2;
      termEnds = Arrays.copyOf(termEnds, size);
      positionIncrements = Arrays.copyOf(positionIncrements, size);
      startOffsets = Arrays.copyOf(startOffsets, size);
      endOffsets = Arrays.copyOf(endOffsets, size);
    }
    termEnds[count] = from + term.length();
    positionIncrements[count] = positionIncrement;
    startOffsets[count] = start;
    endOffsets[count] = end;
    count++;
  }

  /** Passes the index chain's tokens on and records all but the compound parts. */
  private final class Recorder extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc =
        addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    /**
     * Increments of dropped parts (always 0 today), carried to the next token as a filter would.
     */
    private int carried;

    Recorder(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      if (CompoundSplitFilter.PART_TYPE.equals(type.type())) {
        carried += posInc.getPositionIncrement();
      } else {
        add(
            term,
            posInc.getPositionIncrement() + carried,
            offset.startOffset(),
            offset.endOffset());
        carried = 0;
      }
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      finalOffset = offset.endOffset();
      finalPositionIncrement = posInc.getPositionIncrement() + carried;
      recorded = true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      count = 0;
      carried = 0;
      recorded = false;
    }
  }

  /** The recorded tokens as a stream. */
  private final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc =
        addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private int next;

    @Override
    public boolean incrementToken() {
      if (next == count) {
        return false;
      }
      clearAttributes();
      int from = next == 0 ? 0 : termEnds[next - 1];
      term.copyBuffer(chars, from, termEnds[next] - from);
      posInc.setPositionIncrement(positionIncrements[next]);
      offset.setOffset(startOffsets[next], endOffsets[next]);
      next++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(finalOffset, finalOffset);
      posInc.setPositionIncrement(finalPositionIncrement);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}
