package de.smartcitysearch.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * One token as the index sees it: term, character offsets in the text, position and token type.
 *
 * @param term the indexed term
 * @param start offset of the first character in the analysed text
 * @param end offset after the last character
 * @param position the token's position (parts of a compound share the whole word's position)
 * @param type the token type, e.g. {@code <ALPHANUM>} or {@value CompoundSplitFilter#PART_TYPE}
 */
public record AnalyzedToken(String term, int start, int end, int position, String type) {

  /** Just the terms {@code analyzer} makes of {@code text}, in order. */
  public static List<String> terms(Analyzer analyzer, String text) {
    return of(analyzer, text).stream().map(AnalyzedToken::term).toList();
  }

  /** All tokens {@code analyzer} makes of {@code text}, in order. */
  public static List<AnalyzedToken> of(Analyzer analyzer, String text) {
    List<AnalyzedToken> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute posInc = stream.addAttribute(PositionIncrementAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += posInc.getPositionIncrement();
        tokens.add(
            new AnalyzedToken(
                term.toString(), offset.startOffset(), offset.endOffset(), position, type.type()));
      }
      stream.end();
    } catch (IOException e) {
      // analysing a String never does I/O; this would be a bug in a filter
      throw new UncheckedIOException(e);
    }
    return tokens;
  }
}
