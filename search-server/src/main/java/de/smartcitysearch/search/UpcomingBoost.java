package de.smartcitysearch.search;

import de.smartcitysearch.index.EventSchema;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * The score factor of an event that has not ended yet: {@code boost} when its end day is today or
 * later, 1 otherwise (undated entries included).
 *
 * <p>Reads the end day from doc values of the matching documents only; a range query in its place
 * would walk the points of the whole index on every search.
 */
final class UpcomingBoost extends DoubleValuesSource {

  private final long todayEpochDay;
  private final double boost;

  UpcomingBoost(LocalDate today, double boost) {
    this.todayEpochDay = EventSchema.epochDay(today);
    this.boost = boost;
  }

  @Override
  public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
    NumericDocValues end = DocValues.getNumeric(ctx.reader(), EventSchema.END);
    return new DoubleValues() {
      private double value;

      @Override
      public double doubleValue() {
        return value;
      }

      @Override
      public boolean advanceExact(int doc) throws IOException {
        value = end.advanceExact(doc) && end.longValue() >= todayEpochDay ? boost : 1;
        return true;
      }
    };
  }

  @Override
  public boolean needsScores() {
    return false;
  }

  @Override
  public DoubleValuesSource rewrite(IndexSearcher searcher) {
    return this;
  }

  @Override
  public boolean isCacheable(LeafReaderContext ctx) {
    return DocValues.isCacheable(ctx, EventSchema.END);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UpcomingBoost u && u.todayEpochDay == todayEpochDay && u.boost == boost;
  }

  @Override
  public int hashCode() {
    return Objects.hash(todayEpochDay, boost);
  }

  @Override
  public String toString() {
    return "upcoming(end>=" + todayEpochDay + ")^" + boost;
  }
}
