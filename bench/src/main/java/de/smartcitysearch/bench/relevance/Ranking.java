package de.smartcitysearch.bench.relevance;

import java.util.List;

/**
 * What a system answered to one query.
 *
 * @param ids the first {@value Scores#CUTOFF} distinct documents, best first
 * @param total how many documents match in all (0: the visitor sees nothing)
 * @param error why the search failed (the visitor saw an error, so nothing), or null
 */
record Ranking(List<String> ids, long total, String error) {

  Ranking {
    ids = List.copyOf(ids);
  }

  static Ranking of(List<String> ids, long total) {
    return new Ranking(ids, total, null);
  }

  /** A search that threw: scored like an empty answer, and counted as an error. */
  static Ranking failed(String error) {
    return new Ranking(List.of(), 0, error);
  }
}
