package de.smartcitysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A coverage table as CSV: RFC 4180 for programs, and as German Excel opens it correctly. */
class CoverageCsvTest {

  private static final Coverage BY_MONTH =
      new Coverage(
          "land",
          "month",
          "event",
          List.of("2026-03", "2026-04"),
          List.of(
              new Coverage.Row("Baden-Württemberg", 1, List.of(0L, 1L)),
              new Coverage.Row("Schleswig-Holstein", 0, List.of(0L, 0L))));

  @Test
  void forProgramsTheHeaderUsesTheApiNamesAndCommas() {
    assertEquals(
        "land,total,2026-03,2026-04\r\nBaden-Württemberg,1,0,1\r\nSchleswig-Holstein,0,0,0\r\n",
        BY_MONTH.toCsv(CsvDialect.RFC_4180));
    assertFalse(
        BY_MONTH.toCsv(CsvDialect.RFC_4180).startsWith("\uFEFF"),
        "no byte order mark for programs");
  }

  @Test
  void forGermanExcelABomSemicolonsAndGermanHeaders() {
    assertEquals(
        "\uFEFFBundesland;Gesamt;März 2026;April 2026\r\nBaden-Württemberg;1;0;1\r\n"
            + "Schleswig-Holstein;0;0;0\r\n",
        BY_MONTH.toCsv(CsvDialect.EXCEL_DE));
  }

  @Test
  void aSeparatorInAValueIsQuotedAndAFormulaStaysText() {
    Coverage organisations =
        new Coverage(
            "organisation",
            "format",
            "event",
            List.of("Online"),
            List.of(
                new Coverage.Row("Stadt; Land; Fluss e.V.", 1, List.of(1L)),
                new Coverage.Row("=HYPERLINK(\"http://x.example\")", 1, List.of(1L)),
                new Coverage.Row("-Verein", 1, List.of(0L))));
    assertEquals(
        "\uFEFFOrganisation;Gesamt;Online\r\n\"Stadt; Land; Fluss e.V.\";1;1\r\n"
            + "\"'=HYPERLINK(\"\"http://x.example\"\")\";1;1\r\n'-Verein;1;0\r\n",
        organisations.toCsv(CsvDialect.EXCEL_DE));
    assertEquals(
        "organisation,total,Online\r\nStadt; Land; Fluss e.V.,1,1\r\n"
            + "\"'=HYPERLINK(\"\"http://x.example\"\")\",1,1\r\n'-Verein,1,0\r\n",
        organisations.toCsv(CsvDialect.RFC_4180),
        "a program's CSV is opened in spreadsheets too: page text never runs as a formula");
  }
}
