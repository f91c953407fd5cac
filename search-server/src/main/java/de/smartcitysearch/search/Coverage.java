package de.smartcitysearch.search;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A curator's table: for each value of one dimension (rows), how many events have each value of another
 * (columns), zeros included, so gaps in a programme's coverage become visible.
 *
 * @param rows the row dimension
 * @param cols the column dimension
 * @param columns the column values, in order
 * @param table one row per row value
 */
public record Coverage(String rows, String cols, List<String> columns, List<Row> table) {

  /**
   * One row.
   *
   * @param value the row value
   * @param total events with this row value (columns may overlap or miss some, so this is not their sum)
   * @param counts per column value, in the order of {@link Coverage#columns()}
   */
  public record Row(String value, long total, List<Long> counts) {}

  /** The table as CSV (RFC 4180): a header line, then one line per row. */
  public String toCsv() {
    StringBuilder out = new StringBuilder();
    out.append(line(Stream.concat(Stream.of(rows, "total"), columns.stream()).toList()));
    for (Row row : table) {
      out.append(line(Stream.concat(Stream.of(row.value(), Long.toString(row.total())),
          row.counts().stream().map(String::valueOf)).toList()));
    }
    return out.toString();
  }

  private static String line(List<String> cells) {
    return cells.stream().map(Coverage::cell).collect(Collectors.joining(",")) + "\r\n";
  }

  private static String cell(String value) {
    boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
    return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }
}
