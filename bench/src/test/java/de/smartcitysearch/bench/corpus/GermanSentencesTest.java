package de.smartcitysearch.bench.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GermanSentencesTest {

  /** The opening of a real Karlsruhe council motion (file 10003), with its PDF layout. */
  private static final String MOTION =
      """
      ANTRAG der\s
      \s
      CDU-Fraktion vom 04.01.2012\s
      \s
      Gremium:\s
      \s
      \s
      Termin:\s
      Vorlage Nr.:\s
      TOP:\s
      Ortschaftsrat Grötzingen\s
      \s
      Standplatz Carsharing \s
       \s
      Das Carsharing-Modell hat in Grötzingen seine Anhänger gefunden und "Stadtmobil"\s
      betreibt einen Standplatz am Bahnhof. Eine weitere Verbreitung des Modells wäre wün-
      schenswert und die Attraktivität könnte in Grötzingen mit einem weiteren Standplatz\s
      gesteigert werden.\s
      \s
      Mit freundlichen Grüßen\s
      """;

  @Test
  void joinsWordsBrokenAtLineEndsAndDropsTheLayout() {
    assertEquals(
        List.of(
            "Das Carsharing-Modell hat in Grötzingen seine Anhänger gefunden und \"Stadtmobil\" betreibt einen "
                + "Standplatz am Bahnhof.",
            "Eine weitere Verbreitung des Modells wäre wünschenswert und die Attraktivität könnte in Grötzingen mit "
                + "einem weiteren Standplatz gesteigert werden."),
        GermanSentences.split(MOTION));
  }

  @Test
  void keepsTheHyphenOfAHyphenatedNameBrokenAtALineEnd() {
    assertEquals(
        "Erhalt der Baudenkmäler Karl-Weysser-Straße 9",
        GermanSentences.joinHyphenation("Erhalt der Baudenkmäler Karl-Weysser-\nStraße 9"));
  }

  @Test
  void rejectsFragmentsTableRowsAndPageMarks() {
    assertFalse(
        GermanSentences.isProse("Anhörung Ortschaftsrat nach der Gemeindeordnung, § 70 Abs."));
    assertFalse(
        GermanSentences.isProse(
            "Haushaltsmittel 2024 2025 2026 12.000 15.000 18.000 20.000 insgesamt."));
    assertFalse(
        GermanSentences.isProse(
            "Ergänzende Erläuterungen zur Vorlage des Amtes Seite 2 von 5 siehe oben."));
    assertFalse(
        GermanSentences.isProse("BESCHLUSSVORLAGE DER STADT KARLSRUHE DER OBERBÜRGERMEISTER."));
    assertTrue(
        GermanSentences.isProse(
            "Die Verwaltung wird ein weitergehendes Konzept erarbeiten, sobald die "
                + "Projektergebnisse vorliegen."));
  }
}
