package de.smartcitysearch.search;

import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.search.SearchRequest.When;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * How many matches of a search each date preset ("Kommende", "Vergangene") would show: exact up to
 * a bound, that bound above it (as a search's total is). The embedded index counts them from
 * matches already collected ({@link #among}); a cluster counts them as it counts facets.
 *
 * @param upcoming matches that have not ended by today, at most the bound
 * @param past matches that ended before today, at most the bound
 * @param exact false when a count reached beyond the bound and is that bound
 */
public record WhenCounts(long upcoming, long past, boolean exact) {

  /** No matches (a search whose strict tier found nothing, or an index without facets). */
  public static final WhenCounts NONE = new WhenCounts(0, 0, true);

  /** The count of one preset. */
  public long of(When preset) {
    return preset == When.UPCOMING ? upcoming : past;
  }

  /**
   * Counts the presets among every match a collector saw (all of them, also where its facet counts
   * come from a sample), by the last day each preset's filter asks for: one doc-values read per
   * match.
   */
  static WhenCounts among(FacetsCollector matches, LocalDate today, int bound) throws IOException {
    List<MatchingDocs> docs =
        matches instanceof RandomSamplingFacetsCollector sample
            ? sample.getOriginalMatchingDocs()
            : matches.getMatchingDocs();
    long[] upcomingEnds = QueryComposer.presetEnds(When.UPCOMING, today);
    long[] pastEnds = QueryComposer.presetEnds(When.PAST, today);
    long upcoming = 0;
    long past = 0;
    for (MatchingDocs m : docs) {
      DocIdSetIterator matched = m.totalHits() == 0 ? null : m.bits().iterator();
      if (matched == null) {
        continue;
      }
      NumericDocValues ends = DocValues.getNumeric(m.context().reader(), EventSchema.END);
      for (int d = matched.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = matched.nextDoc()) {
        if (ends.advanceExact(d)) {
          long end = ends.longValue();
          if (within(end, upcomingEnds)) {
            upcoming++;
          } else if (within(end, pastEnds)) {
            past++;
          }
        }
      }
    }
    return bounded(upcoming, past, bound);
  }

  /** Counts known exactly, each cut to the bound as a search's total is. */
  public static WhenCounts bounded(long upcoming, long past, long bound) {
    return new WhenCounts(
        Math.min(upcoming, bound), Math.min(past, bound), upcoming <= bound && past <= bound);
  }

  private static boolean within(long day, long[] range) {
    return day >= range[0] && day <= range[1];
  }
}
