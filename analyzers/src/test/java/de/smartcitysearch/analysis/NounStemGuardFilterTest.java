package de.smartcitysearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/**
 * Nouns in "-st" keep their "st", so "Dienst" no longer finds "dienen" and "Herbst" no longer finds
 * "herb"; verb forms in "-st" are stemmed as before.
 */
class NounStemGuardFilterTest {

  private static final Analyzer EXACT = GermanAnalysis.defaults().exactAnalyzer();

  private static String term(String word) {
    List<String> terms = AnalysisTestSupport.terms(EXACT, word);
    assertEquals(1, terms.size(), word + " is one token");
    return terms.get(0);
  }

  @Test
  void aNounInStIsNotTheVerbWithoutIts() {
    assertEquals("dienst", term("Dienst"));
    assertNotEquals(term("dienen"), term("Dienst"));
    assertNotEquals(term("herb"), term("Herbst"));
  }

  @Test
  void everyFormOfTheNounHasTheSameTerm() {
    for (String form : List.of("Dienste", "Diensten", "Dienstes")) {
      assertEquals("dienst", term(form), form);
    }
    assertEquals(term("Kunst"), term("Künste"), "the plural with umlaut");
    assertEquals(term("Angst"), term("Ängsten"));
  }

  @Test
  void verbFormsInStAreStemmedAsBefore() {
    assertEquals("komm", term("kommst"));
  }

  @Test
  void aCompoundPartDienstIsTheNounToo() {
    // "Dienst|leistungen": the part must not be "dien", which "dienen" also gives
    assertEquals(
        List.of("dienstleistung", "dienst", "leistung"),
        AnalysisTestSupport.terms(GermanAnalysis.defaults().indexAnalyzer(), "Dienstleistungen"));
  }
}
