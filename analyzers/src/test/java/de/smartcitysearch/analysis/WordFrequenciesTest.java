package de.smartcitysearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shipped frequency table: loaded once, shared, looked up without copying, with case evidence.
 */
class WordFrequenciesTest {

  private static final WordFrequencies TABLE = WordFrequencies.builtIn();

  @Test
  void theBuiltInTableIsLoadedOnceAndShared() {
    assertSame(TABLE, WordFrequencies.builtIn());
    assertTrue(TABLE.size() > 100_000, "about 157,000 words, got " + TABLE.size());
  }

  @Test
  void commonWordsAreMoreFrequentThanRareOnesAndUnknownWordsCountZero() {
    assertTrue(TABLE.count("verwaltung") > TABLE.count("knoblauch"));
    assertTrue(TABLE.count("knoblauch") > 0, "a word of the subtitles");
    assertTrue(TABLE.count("erzeugung") > 0, "a word of the laws");
    assertEquals(0, TABLE.count("kuppelfresko"));
  }

  @Test
  void aSliceOfALongerWordIsLookedUpWithoutCopyingIt() {
    String word = "energieerzeugung";
    assertEquals(TABLE.count("energie"), TABLE.count(word, 0, 7));
    assertEquals(TABLE.count("erzeugung"), TABLE.count(word, 7, word.length()));
  }

  @Test
  void theCorpusTellsNounsFromWordsWrittenInLowerCase() {
    assertTrue(TABLE.isNoun("erzeugung"));
    assertFalse(TABLE.isLowerCaseWord("erzeugung"));
    assertTrue(TABLE.isLowerCaseWord("gehalten"));
    assertFalse(TABLE.isNoun("gehalten"));
    assertFalse(
        TABLE.hasCaseEvidence("nudel"), "a word of the subtitles only, which are lower case");
  }

  @Test
  void aTableOfGivenCountsHasNoCaseEvidence() {
    WordFrequencies table = WordFrequencies.of(Map.of("haus", 10, "halt", 5));
    assertEquals(10, table.count("haus"));
    assertEquals(0, table.count("hau"));
    assertFalse(table.isNoun("haus"));
    assertEquals(0, WordFrequencies.empty().count("haus"));
  }
}
