package de.smartcitysearch.bench.relevance;

import com.google.gson.GsonBuilder;
import de.smartcitysearch.bench.relevance.RelevanceSuite.CollectionResult;
import de.smartcitysearch.bench.relevance.RelevanceSuite.QueryResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a run's figures: a Markdown table, the same as JSON, a per-query TSV for studying
 * failures, and for a quick run its figures in the format of the pins {@code
 * RelevanceRegressionTest} reads.
 */
final class RelevanceReport {

  private final String title;
  private final List<CollectionResult> results;

  /**
   * @param title the run's heading ("quick run, 2026-12-06 00:30 UTC, 2 cores, load 3.1")
   */
  RelevanceReport(String title, List<CollectionResult> results) {
    this.title = title;
    this.results = List.copyOf(results);
  }

  /**
   * Writes {@code <base>.md}, {@code .json}, {@code .tsv}, and with {@code pins} (for a quick run,
   * whose figures the test pins) {@code -pins.properties}; returns the Markdown.
   */
  String write(Path base, boolean pins) throws IOException {
    String markdown = markdown();
    Files.createDirectories(base.toAbsolutePath().getParent());
    Files.writeString(Path.of(base + ".md"), markdown, StandardCharsets.UTF_8);
    Files.writeString(Path.of(base + ".json"), json(), StandardCharsets.UTF_8);
    Files.writeString(Path.of(base + ".tsv"), tsv(), StandardCharsets.UTF_8);
    if (pins) {
      Files.writeString(Path.of(base + "-pins.properties"), pins(), StandardCharsets.UTF_8);
    }
    return markdown;
  }

  String markdown() {
    StringBuilder md = new StringBuilder("# Relevance regression: ").append(title).append("\n\n");
    md.append("Product: `smartcity-search index` + query core, searching as on ")
        .append(RelevanceSuite.TODAY)
        .append(
            " (fixed clock). Stock: `GermanAnalyzer` + BM25 + classic `QueryParser` (OR over title and text) on ")
        .append("the text the product indexed. Seed ")
        .append(RelevanceSuite.SEED)
        .append(".\n\n");
    md.append(
        "| collection | docs | queries | MRR@10 product | MRR@10 stock | Recall@10 product | Recall@10 stock "
            + "| zero results product | zero results stock | zero, query shares a word with the index: product | stock "
            + "| product errors |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (CollectionResult r : results) {
      Scores p = r.product();
      Scores s = r.stock();
      md.append(
          "| %s | %,d | %d | **%s** | %s | %s | %s | %s | %s | %s (of %d) | %s | %d |\n"
              .formatted(
                  r.collection().name(),
                  r.collection().documentCount(),
                  p.queries(),
                  f(p.mrr()),
                  f(s.mrr()),
                  f(p.recall()),
                  f(s.recall()),
                  f(p.zeroShare()),
                  f(s.zeroShare()),
                  f(p.zeroShareSharingWord()),
                  p.queriesSharingWord(),
                  f(s.zeroShareSharingWord()),
                  p.errors()));
    }
    md.append(
        "\n| collection | kind | queries | MRR@10 product | MRR@10 stock | zero results product | stock |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|\n");
    for (CollectionResult r : results) {
      for (String kind : r.kinds()) {
        Scores p = r.byKind(kind, true);
        Scores s = r.byKind(kind, false);
        md.append(
            "| %s | %s | %d | %s | %s | %s | %s |\n"
                .formatted(
                    r.collection().name(),
                    kind,
                    p.queries(),
                    f(p.mrr()),
                    f(s.mrr()),
                    f(p.zeroShare()),
                    f(s.zeroShare())));
      }
    }
    md.append(
        "\n| collection | documents | written s | product index s | stock index s | product searches s "
            + "| stock searches s | process CPU s |\n|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (CollectionResult r : results) {
      RelevanceSuite.Seconds t = r.seconds();
      md.append(
          "| %s | %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |\n"
              .formatted(
                  r.collection().name(),
                  r.collection().documents(),
                  t.write(),
                  t.productIndex(),
                  t.stockIndex(),
                  t.productSearch(),
                  t.stockSearch(),
                  t.cpu()));
    }
    return md.toString();
  }

  String json() {
    List<Map<String, Object>> collections = new ArrayList<>();
    for (CollectionResult r : results) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("name", r.collection().name());
      c.put("documents", r.collection().documents());
      c.put("document_count", r.collection().documentCount());
      c.put("product", scores(r.product()));
      c.put("stock", scores(r.stock()));
      List<Map<String, Object>> kinds = new ArrayList<>();
      for (String kind : r.kinds()) {
        kinds.add(
            Map.of(
                "kind",
                kind,
                "product",
                scores(r.byKind(kind, true)),
                "stock",
                scores(r.byKind(kind, false))));
      }
      c.put("kinds", kinds);
      c.put("seconds", r.seconds());
      collections.add(c);
    }
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("run", title);
    run.put("today", RelevanceSuite.TODAY.toString());
    run.put("seed", RelevanceSuite.SEED);
    run.put("collections", collections);
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(run);
  }

  /** One line per query; a rank is 1 to 10, or "-" when no relevant document is in the top 10. */
  String tsv() {
    StringBuilder tsv =
        new StringBuilder(
            "collection\tkind\tquery\trelevant\tproduct_rank\tstock_rank\tproduct_hits"
                + "\tstock_hits\tshares_word\tproduct_first_title\tstock_first_title\tproduct_error\n");
    for (CollectionResult r : results) {
      for (QueryResult q : r.queries()) {
        tsv.append(
                String.join(
                    "\t",
                    r.collection().name(),
                    q.query().kind(),
                    cell(q.query().text()),
                    Integer.toString(q.query().relevant().size()),
                    rank(q.product(), q),
                    rank(q.stock(), q),
                    Long.toString(q.product().total()),
                    Long.toString(q.stock().total()),
                    Boolean.toString(q.sharesWord()),
                    cell(q.productTop()),
                    cell(q.stockTop()),
                    q.product().error() == null ? "" : cell(q.product().error())))
            .append('\n');
      }
    }
    return tsv.toString();
  }

  /** The figures {@code RelevanceRegressionTest} pins, in the format of its resource file. */
  String pins() {
    StringBuilder pins = new StringBuilder("# ").append(title).append('\n');
    for (CollectionResult r : results) {
      for (boolean product : new boolean[] {true, false}) {
        Scores s = product ? r.product() : r.stock();
        String prefix = r.collection().name() + (product ? ".product." : ".stock.");
        pins.append(prefix)
            .append("mrr10=")
            .append(f(s.mrr()))
            .append('\n')
            .append(prefix)
            .append("recall10=")
            .append(f(s.recall()))
            .append('\n')
            .append(prefix)
            .append("zero=")
            .append(f(s.zeroShare()))
            .append('\n');
      }
    }
    return pins.toString();
  }

  private static Map<String, Object> scores(Scores s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("queries", s.queries());
    m.put("mrr10", round(s.mrr()));
    m.put("recall10", round(s.recall()));
    m.put("zero_share", round(s.zeroShare()));
    m.put("queries_sharing_word", s.queriesSharingWord());
    m.put(
        "zero_share_sharing_word",
        Double.isNaN(s.zeroShareSharingWord()) ? null : round(s.zeroShareSharingWord()));
    m.put("errors", s.errors());
    return m;
  }

  private static String rank(Ranking ranking, QueryResult q) {
    int rank = Scores.firstRelevantRank(ranking, q.query().relevant());
    return rank == 0 ? "-" : Integer.toString(rank);
  }

  private static String cell(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= 100
        ? flat
        : flat.substring(0, 100) + "…"; // long PDF first lines would swamp the table
  }

  /** Three decimals: a single query of 200 moves MRR by 0.005 at most. */
  static String f(double value) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.3f", value);
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
