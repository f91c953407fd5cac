package de.smartcitysearch.bench.query;

import de.smartcitysearch.search.SearchResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.apache.lucene.search.IndexSearcher;

/**
 * Prints, per query of the benchmark mix, the totals both sides find and a median CPU time of each
 * (thread CPU time, so that other jobs on the machine distort it less): the sanity check that the
 * baseline answers comparable queries, and the first place to look when the mix is slow. Not a
 * benchmark (no forks, no blackholes); JMH's {@link QueryBenchmark} gives the figures.
 *
 * <p>Usage: {@code QueryMixReport <size> [rounds]}
 */
public final class QueryMixReport {

  /**
   * CPU time of this thread, not wall time: other jobs on a shared machine stretch wall time, not
   * this.
   */
  private static final ThreadMXBean CLOCK = ManagementFactory.getThreadMXBean();

  private QueryMixReport() {}

  public static void main(String[] args) throws IOException {
    String size = args.length > 0 ? args[0] : "100k";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    IndexSearcher.setDefaultQueryCache(null);
    try (ProductSearch product = ProductSearch.open(BenchIndexes.product(size));
        BaselineSearch baseline = BaselineSearch.open(BenchIndexes.baseline(size))) {
      System.out.printf(
          "%-40s %10s %10s %9s %9s %6s%n",
          "query", "total", "baseline", "cpu ms", "base ms", "ratio");
      for (VisitorQuery q : VisitorQuery.MIX) {
        long[] ours = new long[rounds];
        long[] theirs = new long[rounds];
        SearchResponse r = null;
        BaselineSearch.Result b = null;
        for (int i = 0; i < rounds; i++) {
          long t0 = CLOCK.getCurrentThreadCpuTime();
          r = product.searcher().search(q.request());
          long t1 = CLOCK.getCurrentThreadCpuTime();
          b = baseline.search(q);
          long t2 = CLOCK.getCurrentThreadCpuTime();
          ours[i] = t1 - t0;
          theirs[i] = t2 - t1;
        }
        double m = median(ours) / 1e6;
        double mb = median(theirs) / 1e6;
        String label =
            q.text()
                + (q.city() != null ? " [city " + q.city() + "]" : "")
                + (q.topic() != null ? " [topic " + q.topic() + "]" : "");
        // a product total above its exact-count bound is that bound, a lower bound: shown with "+"
        String total = r.total() + (r.totalExact() ? "" : "+");
        System.out.printf(
            "%-40s %10s %10d %9.2f %9.2f %6.2f%s%n",
            label, total, b.total(), m, mb, m / mb, r.fuzzy() ? " fuzzy" : "");
      }
    }
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
