package de.smartcitysearch.server;

import de.smartcitysearch.document.DocumentKind;
import de.smartcitysearch.search.CountScope;
import de.smartcitysearch.search.Coverage;
import de.smartcitysearch.search.CsvDialect;
import de.smartcitysearch.search.FacetDimension;
import de.smartcitysearch.search.SearchBackend;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import spark.Request;
import spark.Response;
import spark.Service;

/**
 * What the curator console asks: coverage tables (JSON, CSV for programs or CSV for German Excel),
 * and behind the curator key the searches that found nothing (JSON or CSV).
 */
final class CuratorRoutes implements HttpFeature {

  private static final String ZERO_RESULTS = "/api/zero-results";

  /** The paths behind the {@link CuratorGuard}. */
  static final List<String> KEYED_PATHS = List.of(ZERO_RESULTS);

  private static final int DEFAULT_LISTED = 100;
  private static final int MAX_LISTED = 1_000;

  private final SearchBackend backend;
  private final ZeroResultLog zeroResults;

  CuratorRoutes(SearchBackend backend, ZeroResultLog zeroResults) {
    this.backend = backend;
    this.zeroResults = zeroResults;
  }

  /**
   * True for the paths whose answers change without the index changing (no ETag from the index
   * version).
   */
  static boolean changesWithoutTheIndex(String path) {
    return ZERO_RESULTS.equals(path);
  }

  @Override
  public void register(Service http) {
    http.get("/api/coverage", this::coverage);
    http.get(ZERO_RESULTS, this::zeroResults);
  }

  private Object zeroResults(Request req, Response res) throws IOException {
    Params p = new Params(req).only(Set.of("limit", "format"));
    int limit = p.integer("limit", DEFAULT_LISTED, 1, MAX_LISTED);
    CsvDialect csv = csvOrJson(p);
    List<ZeroResultLog.Entry> entries = zeroResults.stillFindingNothing(backend, limit);
    if (csv == null) {
      return Json.write(Map.of("queries", entries));
    }
    res.type("text/csv; charset=utf-8");
    res.header(
        "Content-Disposition",
        "attachment; filename=\"zero-results" + (csv.forPeople() ? "-excel" : "") + ".csv\"");
    return zeroResultsCsv(entries, csv);
  }

  /**
   * One line per search; the queries are visitors' text, which the dialect keeps from running as a
   * formula.
   */
  static String zeroResultsCsv(List<ZeroResultLog.Entry> entries, CsvDialect csv) {
    StringBuilder out =
        new StringBuilder(csv.start())
            .append(
                csv.line(
                    List.of("query", "filters", "clients", "searches", "first_seen", "last_seen")));
    for (ZeroResultLog.Entry e : entries) {
      String filters =
          e.filters().entrySet().stream()
              .flatMap(f -> f.getValue().stream().map(v -> f.getKey() + "=" + v))
              .collect(Collectors.joining("&"));
      out.append(
          csv.line(
              List.of(
                  e.query(),
                  filters,
                  Integer.toString(e.clients()),
                  Long.toString(e.searches()),
                  DateTimeFormatter.ISO_INSTANT.format(e.firstSeen()),
                  DateTimeFormatter.ISO_INSTANT.format(e.lastSeen()))));
    }
    return out.toString();
  }

  /** The {@code format} parameter: a CSV dialect, or null for JSON (the default). */
  private static CsvDialect csvOrJson(Params p) {
    String format = p.single("format") == null ? "json" : p.single("format");
    CsvDialect csv = CsvDialect.named(format);
    if (csv == null && !format.equals("json")) {
      throw ApiException.badParameter(
          "format", "format must be json, csv or csv-excel, not '" + format + "'");
    }
    return csv;
  }

  private Object coverage(Request req, Response res) throws IOException {
    Params p =
        new Params(req).only(Set.of("rows", "cols", "reference", "format", "kind", "from", "to"));
    FacetDimension rows = Params.dimension(p.single("rows"), "rows");
    if (rows.isMonth()) {
      throw ApiException.badParameter("rows", "rows cannot be month; use cols=month");
    }
    FacetDimension cols = Params.dimension(p.single("cols"), "cols");
    if (cols == rows) {
      throw ApiException.badParameter("cols", "cols must differ from rows");
    }
    CsvDialect csv = csvOrJson(p);
    CountScope scope = p.countScope();
    Coverage table =
        backend.coverage(
            rows, cols, SearchRoutes.referenceList(backend, p.single("reference")), scope);
    if (csv == null) {
      return Json.write(table);
    }
    res.type("text/csv; charset=utf-8");
    res.header(
        "Content-Disposition", "attachment; filename=\"" + fileName(table, scope, csv) + "\"");
    return table.toCsv(csv);
  }

  /**
   * "abdeckung-land-topic-veranstaltungen-excel.csv": what the table counts, readable in a
   * downloads folder.
   */
  private static String fileName(Coverage table, CountScope scope, CsvDialect csv) {
    String counted = scope.kind() == DocumentKind.EVENT ? "veranstaltungen" : "programmpunkte";
    String dates =
        (scope.from() == null ? "" : "-ab-" + scope.from())
            + (scope.to() == null ? "" : "-bis-" + scope.to());
    return "abdeckung-"
        + table.rows()
        + "-"
        + table.cols()
        + "-"
        + counted
        + dates
        + (csv.forPeople() ? "-excel" : "")
        + ".csv";
  }
}
