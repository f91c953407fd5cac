package de.smartcitysearch.search;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How a curator's table is written as CSV, one place for every download (coverage tables, the
 * searches that found nothing).
 *
 * <p>In both dialects a cell that a spreadsheet would run as a formula ({@code =HYPERLINK(...)}
 * from a crawled page or typed into the search box) starts with an apostrophe: the values come from
 * pages and visitors nobody vetted, and a "program" CSV is opened in a spreadsheet too (CSV
 * injection).
 */
public enum CsvDialect {
  /**
   * RFC 4180 for programs: UTF-8 without byte order mark, commas, the API's names in the header.
   */
  RFC_4180(',', false),
  /**
   * For a spreadsheet opened by a person, as German Excel reads it: a UTF-8 byte order mark
   * (without it Excel reads Windows-1252 and breaks umlauts), semicolons (Excel's list separator
   * where the decimal separator is a comma), and German headers where the table has them.
   */
  EXCEL_DE(';', true);

  private final char separator;
  private final boolean forPeople;

  CsvDialect(char separator, boolean forPeople) {
    this.separator = separator;
    this.forPeople = forPeople;
  }

  /**
   * The dialect a {@code format} parameter names ({@code csv}, {@code csv-excel}), or null for
   * another format.
   */
  public static CsvDialect named(String format) {
    return switch (format) {
      case "csv" -> RFC_4180;
      case "csv-excel" -> EXCEL_DE;
      default -> null;
    };
  }

  /** True for the dialect a person opens in German Excel (German headers, byte order mark). */
  public boolean forPeople() {
    return forPeople;
  }

  /** What the file starts with: the byte order mark for Excel, nothing for programs. */
  public String start() {
    return forPeople ? "\uFEFF" : "";
  }

  /** One line of cells, quoted where needed, ending in CRLF. */
  public String line(List<String> cells) {
    return cells.stream().map(this::cell).collect(Collectors.joining(String.valueOf(separator)))
        + "\r\n";
  }

  private String cell(String value) {
    String text =
        !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    boolean quote =
        text.indexOf(separator) >= 0
            || text.contains("\"")
            || text.contains("\n")
            || text.contains("\r");
    return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
