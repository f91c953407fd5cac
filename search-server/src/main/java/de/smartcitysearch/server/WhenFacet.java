package de.smartcitysearch.server;

import de.smartcitysearch.search.SearchBackend;
import de.smartcitysearch.search.SearchRequest;
import de.smartcitysearch.search.SearchRequest.When;
import de.smartcitysearch.search.SearchResponse;
import de.smartcitysearch.search.SearchResponse.FacetValue;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code when} facet block of a search answer: how many hits "Kommende" and "Vergangene" would
 * show, each the {@code total} of the same search with that preset (drill-sideways: the preset
 * chosen does not narrow its own counts), so a count is exactly what choosing it shows.
 *
 * <p>Reviewable stop-gap: it runs the search twice more (first page of one hit each) on every
 * uncached answer. The query core could count both from the counted tier in one pass; until it
 * does, this keeps the counts true.
 */
final class WhenFacet {

  /** The facet block's name, the same as the request parameter. */
  static final String NAME = "when";

  private WhenFacet() {}

  /**
   * The answer with the {@code when} block added to its facets; its counts are as exact as the
   * presets' totals (above the visitor bound they are that bound, and the answer then says its
   * facets are not exact).
   */
  static SearchResponse added(SearchBackend backend, SearchRequest request, SearchResponse answer)
      throws IOException {
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>(answer.facets());
    SearchResponse upcoming = preset(backend, request, When.UPCOMING, answer);
    SearchResponse past = preset(backend, request, When.PAST, answer);
    facets.put(
        NAME,
        List.of(
            FacetValue.of("upcoming", matchesOnly(upcoming)),
            FacetValue.of("past", matchesOnly(past))));
    return answer.withFacets(
        facets, answer.facetsExact() && upcoming.totalExact() && past.totalExact());
  }

  private static SearchResponse preset(
      SearchBackend backend, SearchRequest r, When when, SearchResponse answer) throws IOException {
    return r.when() == when
        ? answer
        : backend.search(
            new SearchRequest(
                r.query(),
                r.filters(),
                r.from(),
                r.to(),
                when,
                r.sort(),
                1,
                1,
                r.kind(),
                r.grouped()));
  }

  /**
   * The hits that have what was asked: none when the search had to relax (words let go, another
   * month, a place dropped), so that "Vergangene 1" never counts a past event lacking a word while
   * "Alle Termine" leaves it out.
   */
  private static long matchesOnly(SearchResponse answer) {
    return answer.relaxed() == null ? answer.total() : 0;
  }
}
