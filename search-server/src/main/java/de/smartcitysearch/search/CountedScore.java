package de.smartcitysearch.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * The score of one query word in the graded query: {@link #PER_WORD} for having the word, plus its
 * text score times a factor (the upcoming boost), so that summed over the words a document with
 * more of them always scores higher, and among documents with as many words the text score decides.
 */
public final class CountedScore extends DoubleValuesSource {

  /**
   * What having one word is worth. It must exceed the text scores of all words of a query together
   * (BM25 in Lucene stays below the term's idf, about 14 at a million documents, per field and
   * alternative): at 10,000 a query of 20 words scoring in three fields with two alternatives each,
   * times the upcoming boost, stays below it.
   */
  public static final float PER_WORD = 10_000f;

  private final DoubleValuesSource factor;

  CountedScore(DoubleValuesSource factor) {
    this.factor = Objects.requireNonNull(factor);
  }

  /** How many words a document with this graded score has. */
  static int words(float score) {
    return (int) (score / PER_WORD);
  }

  @Override
  public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
    DoubleValues f = factor.getValues(ctx, scores);
    return new DoubleValues() {
      private double value;

      @Override
      public double doubleValue() {
        return value;
      }

      @Override
      public boolean advanceExact(int doc) throws IOException {
        double times = f.advanceExact(doc) ? f.doubleValue() : 1;
        value = PER_WORD + scores.doubleValue() * times;
        return true;
      }
    };
  }

  @Override
  public boolean needsScores() {
    return true;
  }

  @Override
  public DoubleValuesSource rewrite(IndexSearcher searcher) throws IOException {
    DoubleValuesSource rewritten = factor.rewrite(searcher);
    return rewritten == factor ? this : new CountedScore(rewritten);
  }

  @Override
  public boolean isCacheable(LeafReaderContext ctx) {
    return false;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CountedScore c && c.factor.equals(factor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(CountedScore.class, factor);
  }

  @Override
  public String toString() {
    return "counted(" + factor + ")";
  }
}
