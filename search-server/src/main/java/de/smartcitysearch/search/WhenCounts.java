package de.smartcitysearch.search;

import de.smartcitysearch.search.SearchRequest.When;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.search.ConjunctionUtils;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * How many matches of a search each date preset ("Kommende", "Vergangene") would show: exact up to
 * a bound, that bound above it (as a search's total is), counted from matches already collected.
 *
 * @param upcoming matches that have not ended by today, at most the bound
 * @param past matches that ended before today, at most the bound
 * @param exact false when a count reached beyond the bound and is that bound
 */
record WhenCounts(long upcoming, long past, boolean exact) {

  /** No matches (a search whose strict tier found nothing, or an index without facets). */
  static final WhenCounts NONE = new WhenCounts(0, 0, true);

  /** The count of one preset. */
  long of(When preset) {
    return preset == When.UPCOMING ? upcoming : past;
  }

  /**
   * Counts the presets among every match a collector saw (all of them, also where its facet counts
   * come from a sample), each preset being the filter a search with it chosen runs.
   */
  static WhenCounts among(
      IndexSearcher searcher, FacetsCollector matches, LocalDate today, int bound)
      throws IOException {
    List<MatchingDocs> docs =
        matches instanceof RandomSamplingFacetsCollector sample
            ? sample.getOriginalMatchingDocs()
            : matches.getMatchingDocs();
    long upcoming = count(searcher, docs, QueryComposer.when(When.UPCOMING, today));
    long past = count(searcher, docs, QueryComposer.when(When.PAST, today));
    return new WhenCounts(
        Math.min(upcoming, bound), Math.min(past, bound), upcoming <= bound && past <= bound);
  }

  private static long count(IndexSearcher searcher, List<MatchingDocs> docs, Query preset)
      throws IOException {
    Weight weight =
        searcher.createWeight(searcher.rewrite(preset), ScoreMode.COMPLETE_NO_SCORES, 1f);
    long n = 0;
    for (MatchingDocs m : docs) {
      if (m.totalHits() == 0 || m.bits() == null) {
        continue;
      }
      ScorerSupplier supplier = weight.scorerSupplier(m.context());
      DocIdSetIterator matched = m.bits().iterator();
      if (supplier == null || matched == null) {
        continue;
      }
      // led by the matches: the preset is checked on them (by doc values when they are few)
      Scorer scorer = supplier.get(m.totalHits());
      DocIdSetIterator both =
          ConjunctionUtils.intersectIterators(List.of(matched, scorer.iterator()));
      for (int d = both.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = both.nextDoc()) {
        n++;
      }
    }
    return n;
  }
}
