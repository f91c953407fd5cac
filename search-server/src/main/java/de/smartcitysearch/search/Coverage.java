package de.smartcitysearch.search;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A curator's table: for each value of one dimension (rows), how many events (or sessions) have each value of another
 * (columns), zeros included, so gaps in a programme's coverage become visible.
 *
 * @param rows the row dimension
 * @param cols the column dimension
 * @param kind what each count counts: "event" or "session"
 * @param columns the column values, in order
 * @param table one row per row value
 */
public record Coverage(String rows, String cols, String kind, List<String> columns, List<Row> table) {

  /**
   * One row.
   *
   * @param value the row value
   * @param total documents with this row value (columns may overlap or miss some, so this is not their sum)
   * @param counts per column value, in the order of {@link Coverage#columns()}
   */
  public record Row(String value, long total, List<Long> counts) {}

  /** How a table is written as CSV. */
  public enum CsvDialect {
    /**
     * RFC 4180 for programs: UTF-8 without byte order mark, commas, the API's names in the header
     * ({@code land,total,2026-04}).
     */
    RFC_4180(',', false),
    /**
     * For a spreadsheet opened by a person, as German Excel reads it: a UTF-8 byte order mark (without it Excel reads
     * Windows-1252 and breaks umlauts), semicolons (Excel's list separator where the decimal separator is a comma),
     * German headers ({@code Bundesland;Gesamt;April 2026}), and text that Excel would run as a formula made inert.
     */
    EXCEL_DE(';', true);

    private final char separator;
    private final boolean forPeople;

    CsvDialect(char separator, boolean forPeople) {
      this.separator = separator;
      this.forPeople = forPeople;
    }
  }

  /** The table as CSV (RFC 4180): a header line, then one line per row. */
  public String toCsv() {
    return toCsv(CsvDialect.RFC_4180);
  }

  /** The table as CSV in this dialect: a header line, then one line per row, lines ending in CRLF. */
  public String toCsv(CsvDialect dialect) {
    StringBuilder out = new StringBuilder(dialect.forPeople ? "\uFEFF" : "");
    UnaryOperator<String> column = dialect.forPeople && isMonth(cols) ? Coverage::monthName : c -> c;
    out.append(line(dialect, Stream.concat(
        Stream.of(dialect.forPeople ? label(rows) : rows, dialect.forPeople ? "Gesamt" : "total"),
        columns.stream().map(column)).toList()));
    for (Row row : table) {
      out.append(line(dialect, Stream.concat(Stream.of(row.value(), Long.toString(row.total())),
          row.counts().stream().map(String::valueOf)).toList()));
    }
    return out.toString();
  }

  private static String line(CsvDialect dialect, List<String> cells) {
    return cells.stream().map(c -> cell(dialect, c)).collect(Collectors.joining(String.valueOf(dialect.separator)))
        + "\r\n";
  }

  private static String cell(CsvDialect dialect, String value) {
    // a value from an indexed page such as "=HYPERLINK(...)" must stay text in a spreadsheet (CSV injection)
    String text = dialect.forPeople && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0
        ? "'" + value : value;
    boolean quote = text.indexOf(dialect.separator) >= 0 || text.contains("\"") || text.contains("\n")
        || text.contains("\r");
    return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
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
