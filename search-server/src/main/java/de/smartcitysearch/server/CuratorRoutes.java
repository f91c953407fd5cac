package de.smartcitysearch.server;

import de.smartcitysearch.document.DocumentKind;
import de.smartcitysearch.search.CountScope;
import de.smartcitysearch.search.Coverage;
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
 * What the curator console asks: coverage tables (JSON, CSV for programs or CSV for German Excel), and behind the
 * curator key the searches that found nothing (JSON or CSV).
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

  /** True for the paths whose answers change without the index changing (no ETag from the index version). */
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
    String format = format(p);
    List<ZeroResultLog.Entry> entries = zeroResults.stillFindingNothing(backend, limit);
    if (format.equals("csv")) {
      res.type("text/csv; charset=utf-8");
      res.header("Content-Disposition", "attachment; filename=\"zero-results.csv\"");
      return zeroResultsCsv(entries);
    }
    return Json.write(Map.of("queries", entries));
  }

  /** One line per search; cells a spreadsheet would run as a formula are defused (the queries are visitors' text). */
  static String zeroResultsCsv(List<ZeroResultLog.Entry> entries) {
    StringBuilder csv = new StringBuilder("query,filters,clients,searches,first_seen,last_seen\r\n");
    for (ZeroResultLog.Entry e : entries) {
      String filters = e.filters().entrySet().stream()
          .flatMap(f -> f.getValue().stream().map(v -> f.getKey() + "=" + v))
          .collect(Collectors.joining("&"));
      csv.append(cell(e.query())).append(',').append(cell(filters)).append(',').append(e.clients()).append(',')
          .append(e.searches()).append(',').append(DateTimeFormatter.ISO_INSTANT.format(e.firstSeen())).append(',')
          .append(DateTimeFormatter.ISO_INSTANT.format(e.lastSeen())).append("\r\n");
    }
    return csv.toString();
  }

  private static String cell(String value) {
    String text = value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text; // "=HYPERLINK(...)" typed into the search box must stay text in a spreadsheet
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
        || !text.equals(value)) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  private static String format(Params p) {
    String format = p.single("format") == null ? "json" : p.single("format");
    if (!format.equals("json") && !format.equals("csv")) {
      throw ApiException.badParameter("format", "format must be json or csv, not '" + format + "'");
    }
    return format;
  }

  private Object coverage(Request req, Response res) throws IOException {
    Params p = new Params(req).only(Set.of("rows", "cols", "reference", "format", "kind", "from", "to"));
    FacetDimension rows = Params.dimension(p.single("rows"), "rows");
    if (rows.isMonth()) {
      throw ApiException.badParameter("rows", "rows cannot be month; use cols=month");
    }
    FacetDimension cols = Params.dimension(p.single("cols"), "cols");
    if (cols == rows) {
      throw ApiException.badParameter("cols", "cols must differ from rows");
    }
    String format = p.single("format") == null ? "json" : p.single("format");
    Coverage.CsvDialect csv = switch (format) {
      case "json" -> null;
      case "csv" -> Coverage.CsvDialect.RFC_4180;
      case "csv-excel" -> Coverage.CsvDialect.EXCEL_DE;
      default -> throw ApiException.badParameter("format", "format must be json, csv or csv-excel, not '" + format
          + "'");
    };
    CountScope scope = p.countScope();
    Coverage table = backend.coverage(rows, cols, SearchRoutes.referenceList(backend, p.single("reference")), scope);
    if (csv == null) {
      return Json.write(table);
    }
    res.type("text/csv; charset=utf-8");
    res.header("Content-Disposition", "attachment; filename=\"" + fileName(table, scope, csv) + "\"");
    return table.toCsv(csv);
  }

  /** "abdeckung-land-topic-veranstaltungen-excel.csv": what the table counts, readable in a downloads folder. */
  private static String fileName(Coverage table, CountScope scope, Coverage.CsvDialect csv) {
    String counted = scope.kind() == DocumentKind.EVENT ? "veranstaltungen" : "programmpunkte";
    String dates = (scope.from() == null ? "" : "-ab-" + scope.from()) + (scope.to() == null ? "" : "-bis-" + scope.to());
    return "abdeckung-" + table.rows() + "-" + table.cols() + "-" + counted + dates
        + (csv == Coverage.CsvDialect.EXCEL_DE ? "-excel" : "") + ".csv";
  }
}
