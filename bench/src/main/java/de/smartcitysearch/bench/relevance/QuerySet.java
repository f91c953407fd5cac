package de.smartcitysearch.bench.relevance;

import de.smartcitysearch.search.SearchRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the judged queries of a collection as its writer offers candidates: each text once, a
 * quota per kind, only queries with between 1 and {@link #MAX_RELEVANT} relevant documents, and
 * none longer than the product accepts (a visitor cannot ask it; a law's title alone can take 300
 * characters).
 */
final class QuerySet {

  /**
   * Recall@10 can only reach 1 when at most 10 documents are relevant, and a query that 200
   * meetings answer equally ("Mündliche Ortschaftsrat Durlach") says nothing about ranking; such
   * candidates are passed over.
   */
  static final int MAX_RELEVANT = Scores.CUTOFF;

  private final int quotaPerKind;
  private final Map<String, Integer> taken = new HashMap<>();
  private final Set<String> texts = new HashSet<>();
  private final List<JudgedQuery> queries = new ArrayList<>();

  QuerySet(int quotaPerKind) {
    this.quotaPerKind = quotaPerKind;
  }

  /**
   * Takes the candidate if its kind still has room, its text is new and its relevant set fits; says
   * whether.
   */
  boolean offer(String kind, String text, Set<String> relevant) {
    String normalized = text.strip().replaceAll("\\s+", " ");
    if (full(kind)
        || relevant.isEmpty()
        || relevant.size() > MAX_RELEVANT
        || normalized.length() > SearchRequest.MAX_QUERY_LENGTH
        || !texts.add(normalized)) {
      return false;
    }
    queries.add(JudgedQuery.of(kind, normalized, relevant));
    taken.merge(kind, 1, Integer::sum);
    return true;
  }

  boolean full(String kind) {
    return taken.getOrDefault(kind, 0) >= quotaPerKind;
  }

  List<JudgedQuery> queries() {
    return List.copyOf(queries);
  }
}
