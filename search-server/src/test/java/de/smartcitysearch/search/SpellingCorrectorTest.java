package de.smartcitysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.analysis.TypoTolerantWord.Neighbour;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which of the indexed words near a mistyped word the visitor meant, and how the pages write it:
 * the rules both engines share, whatever way each finds the neighbours.
 */
class SpellingCorrectorTest {

  @Test
  void theClosestIndexedWordIsMeantThenTheMostFrequent() {
    // "konstnaz" is one transposition from konstanz and two edits from konstanze (more documents)
    assertEquals(
        "konstanz",
        SpellingCorrector.closest(
                "konstnaz", 2, List.of(new Neighbour("konstanze", 2), new Neighbour("konstanz", 1)))
            .term());
    assertEquals(
        "kongresse",
        SpellingCorrector.closest(
                "kongressr",
                2,
                List.of(new Neighbour("kongressa", 1), new Neighbour("kongresse", 3)))
            .term());
  }

  @Test
  void aNeighbourTooFarOrWithAnotherFirstLetterIsNotMeant() {
    // two edits in a five-letter stem: "schulen" is no typo of "schau"
    assertNull(SpellingCorrector.closest("schul", 1, List.of(new Neighbour("schau", 9))));
    assertNull(SpellingCorrector.closest("kongres", 1, List.of(new Neighbour("pongres", 9))));
    assertNull(
        SpellingCorrector.closest("kongres", 1, List.of(new Neighbour("kongresse", 9))),
        "two edits where one is tolerated");
  }

  @Test
  void aShortWordIsCorrectedOnlyToAClearlyMoreFrequentNeighbour() {
    // "kongresq": kongress and kongresz are both one substitution away; a term in two fields counts
    // its larger document frequency
    SpellingCorrector.Choice kongress =
        SpellingCorrector.closest(
            "kongresq",
            1,
            List.of(
                new Neighbour("kongress", 1),
                new Neighbour("kongresz", 1),
                new Neighbour("kongress", 2)));
    assertEquals("kongress", kongress.term());
    assertEquals(2, kongress.docFreq());
    assertEquals(1, kongress.rivalDocFreq());
    assertTrue(kongress.isClearAndFrequent(2));
    assertFalse(kongress.isClearAndFrequent(3), "not frequent enough");
    assertEquals(
        0,
        SpellingCorrector.closest(
                "konstanzee",
                1,
                List.of(new Neighbour("konstanze", 2), new Neighbour("konstanzeeee", 5)))
            .rivalDocFreq());
  }

  @Test
  void aCorrectionIsWrittenAsTheOccurrenceClosestToWhatWasTyped() {
    assertEquals(
        "Bürgerbeteiligungen",
        SpellingCorrector.asWritten(
            "burgerbeteiligung", "Bürgerbeteilgung", List.of("Bürgerbeteiligungen")));
    assertEquals(
        "Konstanz",
        SpellingCorrector.asWritten("konstanz", "Konstnaz", List.of("KONSTANZER", "Konstanz")));
    assertEquals("konstanz", SpellingCorrector.asWritten("konstanz", "Konstnaz", List.of()));
  }
}
