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
 * The {@code when} facet block of a search answer: how many hits "Kommende" and "Vergangene" would show, each the
 * {@code total} of the same search with that preset (drill-sideways: the preset chosen does not narrow its own
 * counts), so a count is exactly what choosing it shows.
 *
 * <p>Reviewable stop-gap: it runs the search twice more (first page of one hit each) on every uncached answer. The
 * query core could count both from the counted tier in one pass; until it does, this keeps the counts true.
 */
final class WhenFacet {

  /** The facet block's name, the same as the request parameter. */
  static final String NAME = "when";

  private WhenFacet() {}

  /** The answer with the {@code when} block added to its facets. */
  static SearchResponse added(SearchBackend backend, SearchRequest request, SearchResponse answer) throws IOException {
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>(answer.facets());
    facets.put(NAME, List.of(
        FacetValue.of("upcoming", count(backend, request, When.UPCOMING, answer)),
        FacetValue.of("past", count(backend, request, When.PAST, answer))));
    return new SearchResponse(answer.query(), answer.interpretation(), answer.total(), answer.more(), answer.tookMs(),
        answer.didYouMean(), answer.fuzzy(), answer.fuzzyWords(), answer.partial(), answer.relaxed(),
        answer.timedOut(), answer.hits(), facets);
  }

  private static long count(SearchBackend backend, SearchRequest r, When when, SearchResponse answer)
      throws IOException {
    SearchResponse preset = r.when() == when ? answer
        : backend.search(new SearchRequest(r.query(), r.filters(), r.from(), r.to(), when, r.sort(), 1, 1, r.kind(),
            r.grouped()));
    return matchesOnly(preset);
  }

  /**
   * The hits that have what was asked: none when the search had to relax (words let go, another month, a place
   * dropped), so that "Vergangene 1" never counts a past event lacking a word while "Alle Termine" leaves it out.
   */
  private static long matchesOnly(SearchResponse answer) {
    return answer.relaxed() == null ? answer.total() : 0;
  }
}
