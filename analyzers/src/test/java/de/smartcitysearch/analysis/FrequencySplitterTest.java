package de.smartcitysearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Koehn-and-Knight cut: known words, linking elements, the highest geometric mean of
 * frequencies.
 */
class FrequencySplitterTest {

  private static FrequencySplitter splitterOf(Map<String, Integer> counts, Set<String> listWords) {
    return new FrequencySplitter(WordFrequencies.of(counts), listWords::contains);
  }

  @Test
  void ofTwoCutsTheOneIntoMoreFrequentWordsWins() {
    FrequencySplitter splitter =
        splitterOf(
            Map.of("knoblauch", 200, "presse", 1700, "knob", 3, "lauchpresse", 1),
            Set.of("presse", "lauchpresse"));
    FrequencySplitter.Split best = splitter.best("knoblauchpresse");
    assertEquals(List.of("knoblauch", "presse"), best.parts());
    assertEquals(Math.sqrt(200.0 * 1700), best.score(), 1e-6, "the score is the geometric mean");
  }

  @Test
  void linkingElementsAreLeftOffTheParts() {
    FrequencySplitter splitter =
        splitterOf(
            Map.of("verkehr", 900, "verbund", 90, "energie", 1000, "netze", 50),
            Set.of("verbund", "netze"));
    assertEquals(List.of("verkehr", "verbund"), splitter.best("verkehrsverbund").parts());
    assertEquals(List.of("energie", "netze"), splitter.best("energienetze").parts());
  }

  @Test
  void aModifierThatIsNoWordMayBeANounWithoutItsFinalE() {
    FrequencySplitter splitter = splitterOf(Map.of("schule", 500, "buch", 800), Set.of("buch"));
    assertEquals(List.of("schule", "buch"), splitter.best("schulbuch").parts());
  }

  @Test
  void functionWordsAreNoParts() {
    FrequencySplitter splitter =
        splitterOf(
            Map.of(
                "unter",
                100_000,
                "lagen",
                300,
                "unterlagen",
                2000,
                "vorstellung",
                5000,
                "stellung",
                900),
            Set.of("lagen", "stellung"));
    assertTrue(splitter.best("unterlagen").isNone());
    assertTrue(
        splitter.best("vorstellung").isNone(),
        "a prefix comes off only a word the corpus never saw");
  }

  @Test
  void aPartOfTheWordListsUnknownToTheCorpusCountsOnce() {
    FrequencySplitter splitter = splitterOf(Map.of(), Set.of("resilienz"));
    assertEquals(FrequencySplitter.LIST_WORD_COUNT, splitter.count("resilienz"));
    assertEquals(0, splitter.count("quatschwort"));
  }
}
