package de.smartcitysearch.search;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A curator's table: for each value of one dimension (rows), how many events (or sessions) have
 * each value of another (columns), zeros included, so gaps in a programme's coverage become
 * visible.
 *
 * @param rows the row dimension
 * @param cols the column dimension
 * @param kind what each count counts: "event" or "session"
 * @param columns the column values, in order
 * @param table one row per row value
 */
public record Coverage(
    String rows, String cols, String kind, List<String> columns, List<Row> table) {

  /**
   * One row.
   *
   * @param value the row value
   * @param total documents with this row value (columns may overlap or miss some, so this is not
   *     their sum)
   * @param counts per column value, in the order of {@link Coverage#columns()}
   */
  public record Row(String value, long total, List<Long> counts) {}

  /**
   * The table as CSV in this dialect: a header line, then one line per row, lines ending in CRLF.
   */
  public String toCsv(CsvDialect dialect) {
    StringBuilder out = new StringBuilder(dialect.start());
    UnaryOperator<String> column =
        dialect.forPeople() && isMonth(cols) ? Coverage::monthName : c -> c;
    out.append(
        dialect.line(
            Stream.concat(
                    Stream.of(
                        dialect.forPeople() ? label(rows) : rows,
                        dialect.forPeople() ? "Gesamt" : "total"),
                    columns.stream().map(column))
                .toList()));
    for (Row row : table) {
      out.append(
          dialect.line(
              Stream.concat(
                      Stream.of(row.value(), Long.toString(row.total())),
                      row.counts().stream().map(String::valueOf))
                  .toList()));
    }
    return out.toString();
  }

  private static boolean isMonth(String dimension) {
    return FacetDimension.byApiName(dimension).map(FacetDimension::isMonth).orElse(false);
  }

  private static String label(String dimension) {
    return FacetDimension.byApiName(dimension).map(FacetDimension::label).orElse(dimension);
  }

  /** "April 2026" for "2026-04"; other text as it is. */
  private static String monthName(String value) {
    try {
      YearMonth month = YearMonth.parse(value);
      return month.getMonth().getDisplayName(TextStyle.FULL, Locale.GERMAN) + " " + month.getYear();
    } catch (DateTimeParseException e) {
      return value;
    }
  }
}
