package de.smartcitysearch.analysis.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the measurement reads a GermaNet-style list and decides whether the gold boundary was found.
 */
class EvaluateCompoundSplitsTest {

  @Test
  void theBoundariesOfThePartsAreFoundInTheWordAlsoAfterALinkingElement() {
    assertEquals(
        List.of(8),
        EvaluateCompoundSplits.boundaries("verkehrsverbund", List.of("verkehr", "verbund")));
    assertEquals(
        List.of(6, 17),
        EvaluateCompoundSplits.boundaries(
            "abfallwirtschaftsbetrieb", List.of("abfall", "wirtschaft", "betrieb")));
    assertEquals(
        List.of(5), EvaluateCompoundSplits.boundaries("schulbuch", List.of("schule", "buch")));
    assertEquals(List.of(), EvaluateCompoundSplits.boundaries("wirtschaft", List.of()));
  }

  @Test
  void onlyLetterCompoundsWhoseHeadEndsTheWordAreRead() {
    List<EvaluateCompoundSplits.GoldCompound> gold =
        EvaluateCompoundSplits.readCompounds(
            List.of(
                "compound\tmodifier1(|modifier2)\thead",
                "Abfallwirtschaftsbetrieb\tAbfall\tWirtschaftsbetrieb",
                "3-D-Brille\t3-D\tBrille",
                "Bienenhaus\tBiene\tHaus"));
    assertEquals(
        List.of(
            new EvaluateCompoundSplits.GoldCompound("abfallwirtschaftsbetrieb", 6),
            new EvaluateCompoundSplits.GoldCompound("bienenhaus", 6)),
        gold);
  }

  @Test
  void theSampleWindowsTakeTheFirstLetterCompoundsAfterTheFirstLineBreak() {
    StringBuilder text = new StringBuilder("compound\tmodifier\thead\n");
    for (int i = 0; i < 400; i++) {
      text.append(
          i % 3 == 0
              ? "A-" + i + "\tA\tB\n"
              : "Wort" + (char) ('a' + i % 26) + "haus\tWort\tHaus\n");
    }
    List<String> even = EvaluateCompoundSplits.windowLines(text.toString(), "even");
    assertEquals(EvaluateCompoundSplits.WINDOW_LINES, even.size(), "one window fits in this text");
    assertEquals("Wortbhaus\tWort\tHaus", even.get(0));
    assertThrows(
        IllegalArgumentException.class,
        () -> EvaluateCompoundSplits.windowLines(text.toString(), "some"));
  }
}
