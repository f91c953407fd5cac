package de.smartcitysearch.bench.relevance;

import java.util.List;
import java.util.Set;

/**
 * The figures of one system over a set of queries, by their standard definitions cut at rank
 * {@value #CUTOFF}.
 *
 * @param mrr mean reciprocal rank of the first relevant document in the top {@value #CUTOFF} (0
 *     when none is there)
 * @param recall mean share of a query's relevant documents found in the top {@value #CUTOFF}
 * @param zeroShare share of the queries with no result at all
 * @param zeroShareSharingWord the same among the queries sharing at least one word with the index
 *     (stock analysis), NaN when there are none
 * @param queries number of queries
 * @param queriesSharingWord number of queries sharing at least one word with the index
 * @param errors number of queries whose search threw (each also counts as a zero result)
 */
record Scores(
    double mrr,
    double recall,
    double zeroShare,
    double zeroShareSharingWord,
    int queries,
    int queriesSharingWord,
    int errors) {

  /** The first page of a search: 10 hits, what MRR@10 and Recall@10 look at. */
  static final int CUTOFF = 10;

  /**
   * One query as scored: what was relevant, what the system answered, whether it shares a word with
   * the index.
   */
  record Judged(Set<String> relevant, Ranking ranking, boolean sharesWord) {}

  /**
   * 1-based rank of the first relevant document in the top {@value #CUTOFF}, or 0 when there is
   * none.
   */
  static int firstRelevantRank(Ranking ranking, Set<String> relevant) {
    List<String> ids = ranking.ids();
    for (int i = 0; i < Math.min(CUTOFF, ids.size()); i++) {
      if (relevant.contains(ids.get(i))) {
        return i + 1;
      }
    }
    return 0;
  }

  static Scores of(List<Judged> judged) {
    double rr = 0;
    double recall = 0;
    int zero = 0;
    int sharing = 0;
    int zeroSharing = 0;
    int errors = 0;
    for (Judged j : judged) {
      int rank = firstRelevantRank(j.ranking(), j.relevant());
      rr += rank == 0 ? 0 : 1.0 / rank;
      long found = j.ranking().ids().stream().limit(CUTOFF).filter(j.relevant()::contains).count();
      recall += (double) found / j.relevant().size();
      boolean none = j.ranking().total() == 0;
      zero += none ? 1 : 0;
      errors += j.ranking().error() != null ? 1 : 0;
      if (j.sharesWord()) {
        sharing++;
        zeroSharing += none ? 1 : 0;
      }
    }
    int n = judged.size();
    return new Scores(
        rr / n,
        recall / n,
        (double) zero / n,
        sharing == 0 ? Double.NaN : (double) zeroSharing / sharing,
        n,
        sharing,
        errors);
  }
}
