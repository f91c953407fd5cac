package de.smartcitysearch.bench.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void judgementsIgnoreCaseAndUmlauts() {
    assertTrue(
        Words.containsAll(Words.foldedSet("Ortschaftsrat Grötzingen"), List.of("GRÖTZINGEN")));
    assertTrue(
        Words.containsAll(Words.foldedSet("Ortschaftsrat Grötzingen"), List.of("grotzingen")));
    assertTrue(Words.containsAll(Words.foldedSet("Straßenbahn"), List.of("STRASSENBAHN")));
  }

  @Test
  void aWordMatchesOnlyAsAWholeWordNeverAsAPartOfACompound() {
    assertFalse(Words.containsAll(Words.foldedSet("Radverkehr am Knotenpunkt"), List.of("Rad")));
    assertFalse(
        Words.containsAll(Words.foldedSet("Ausbau der Glasfaser"), List.of("Glasfaserausbau")));
    assertTrue(
        Words.containsAll(Words.foldedSet("Grezzo-/Fröbel-/Eisenbahnstraße"), List.of("Fröbel")));
  }

  @Test
  void everyWordMustBeThere() {
    assertFalse(
        Words.containsAll(
            Words.foldedSet("Weihnachtsmarkt am Schloss"), List.of("Weihnachtsmarkt", "Dom")));
  }

  @Test
  void contentWordsLeaveOutStopWordsNumbersFragmentsAndRepeats() {
    assertEquals(
        List.of("Antrag", "CDU", "Standplatz", "Carsharing", "Grötzingen"),
        Words.content(
            "Antrag der CDU: Standplatz für Carsharing 2025 in Grötzingen, Nr. 3, Carsharing"));
  }
}
