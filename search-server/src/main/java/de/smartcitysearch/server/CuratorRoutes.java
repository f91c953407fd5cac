package de.smartcitysearch.server;

import de.smartcitysearch.document.DocumentKind;
import de.smartcitysearch.search.CountScope;
import de.smartcitysearch.search.Coverage;
import de.smartcitysearch.search.FacetDimension;
import de.smartcitysearch.search.SearchBackend;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import spark.Request;
import spark.Response;
import spark.Service;

/** What the curator console asks: coverage tables (JSON or CSV for programs and for German Excel) and the queries that
 * found nothing. */
final class CuratorRoutes implements HttpFeature {

  private static final String ZERO_RESULTS = "/api/zero-results";

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
    http.get(ZERO_RESULTS, (req, res) -> {
      new Params(req).only(Set.of());
      return Json.write(Map.of("queries", zeroResults.queries()));
    });
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
