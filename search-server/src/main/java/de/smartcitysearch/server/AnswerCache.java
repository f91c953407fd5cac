package de.smartcitysearch.server;

import de.smartcitysearch.analysis.BoundedCache;
import de.smartcitysearch.search.SearchRequest;
import de.smartcitysearch.search.SearchResponse;
import java.time.LocalDate;

/**
 * Recent answers of the search endpoint, each valid for the index version and the day it was computed on: the
 * popular searches and the preset searches of embedded widgets (every visitor of a partner page asks the same
 * first question) are answered without running the query again.
 *
 * <p>A new index version (a document added, a refresh) or a new day (what is upcoming changes) makes every kept
 * answer unreachable; the answers are kept in a {@link BoundedCache}.
 */
final class AnswerCache {

  private record Key(SearchRequest request, long indexVersion, LocalDate day) {}

  private final BoundedCache<Key, SearchResponse> answers;

  /** A cache of at most {@code capacity} answers; 0 keeps none. */
  AnswerCache(int capacity) {
    this.answers = new BoundedCache<>(capacity);
  }

  /** The answer kept for this request on this index version and day, or null. */
  SearchResponse get(SearchRequest request, long indexVersion, LocalDate day) {
    return answers.get(new Key(request, indexVersion, day));
  }

  /** Keeps an answer; a timed-out one is not kept (it may lack what a second try finds). */
  void put(SearchRequest request, long indexVersion, LocalDate day, SearchResponse answer) {
    if (!answer.timedOut()) {
      answers.put(new Key(request, indexVersion, day), answer);
    }
  }
}
