package de.smartcitysearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What the index, exact and query analyzers make of German text. */
class GermanAnalysisTest {

  private final GermanAnalysis analysis = GermanAnalysis.defaults();

  @Test
  void compoundKeepsTheWholeWordAndAddsItsPartsAtTheSamePositionWithTheWholeWordsOffsets() {
    List<AnalyzedToken> tokens =
        AnalysisTestSupport.tokens(analysis.indexAnalyzer(), "Die urbanen Datenplattformen");
    AnalyzedToken whole =
        tokens.stream().filter(t -> t.term().equals("datenplattform")).findFirst().orElseThrow();
    List<AnalyzedToken> parts =
        tokens.stream().filter(t -> t.type().equals(CompoundSplitFilter.PART_TYPE)).toList();
    assertEquals(List.of("dat", "plattform"), parts.stream().map(AnalyzedToken::term).toList());
    for (AnalyzedToken part : parts) {
      assertEquals(whole.position(), part.position());
      assertEquals(12, part.start());
      assertEquals(28, part.end());
    }
    assertEquals(12, whole.start());
  }

  @Test
  void camelCaseAndHyphenatedWordsGiveTheirPartsPlusTheWhole() {
    assertEquals(
        List.of("kielregion", "kiel", "region"),
        AnalysisTestSupport.terms(analysis.indexAnalyzer(), "KielRegion"));
    List<String> terms = AnalysisTestSupport.terms(analysis.indexAnalyzer(), "Smart-City-Lösungen");
    assertEquals(List.of("smart-city-losung", "smart", "city", "losung"), terms);
  }

  @Test
  void stopWordsAreRemovedOnIndexAndQuerySide() {
    List<AnalyzedToken> indexed =
        AnalysisTestSupport.tokens(analysis.indexAnalyzer(), "Plattform für offene Daten");
    assertEquals(3, indexed.size(), "für is gone: " + indexed);
    assertEquals(
        List.of(0, 2, 3),
        indexed.stream().map(AnalyzedToken::position).toList(),
        "its position stays a gap");
    assertEquals(
        indexed.stream().map(AnalyzedToken::term).toList(),
        AnalysisTestSupport.terms(analysis.queryAnalyzer(), "Plattform für offene Daten"));
    // long stop words are not split either, or their parts would stay behind
    List<String> stopWords = new ArrayList<>();
    for (Object word : org.apache.lucene.analysis.de.GermanAnalyzer.getDefaultStopSet()) {
      stopWords.add(word instanceof char[] chars ? new String(chars) : word.toString());
    }
    assertTrue(stopWords.contains("zwischen"));
    assertEquals(
        List.of(),
        AnalysisTestSupport.terms(analysis.indexAnalyzer(), String.join(" ", stopWords)));
  }

  @Test
  void splittingHappensBeforeUmlautFoldingAndStemming() {
    // the word list knows "lösung" and "zuschüsse"; after folding ("losungsansatze") it would not
    // split
    assertEquals(
        List.of("losungsansatz", "losung", "ansatz"),
        AnalysisTestSupport.terms(analysis.indexAnalyzer(), "Lösungsansätze"));
    assertEquals(
        List.of("mobilitatszuschuss", "mobilitat", "zuschuss"),
        AnalysisTestSupport.terms(analysis.indexAnalyzer(), "Mobilitätszuschüsse"));
  }

  @Test
  void noTermAppearsTwiceAtOnePosition() {
    // "Bäderbad" splits into "bäder" and "bad", which both stem to "bad"
    assertEquals(
        List.of("baderbad", "bad"),
        AnalysisTestSupport.terms(analysis.indexAnalyzer(), "Bäderbad"));
    String text =
        "Smart-City-Lösungen, KielRegion, Bäderbad, Stadtstädte und Stadt-Stadtplanung der Stadtverwaltung";
    Set<String> seen = new HashSet<>();
    for (AnalyzedToken token : AnalysisTestSupport.tokens(analysis.indexAnalyzer(), text)) {
      assertTrue(seen.add(token.position() + "/" + token.term()), "duplicate " + token);
    }
  }

  @Test
  void theExactAnalyzerDoesNotSplitCompounds() {
    assertEquals(
        List.of("urban", "datenplattform"),
        AnalysisTestSupport.terms(analysis.exactAnalyzer(), "urbane Datenplattformen"));
  }

  @Test
  void oddInputPassesThroughWithoutExceptions() {
    String longWord =
        "Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstaltsgebäude"
            + "verwaltungsvorschrift";
    assertTrue(longWord.length() > CompoundSplitter.MAX_WORD_LENGTH);
    String text =
        longWord
            + " 2025 10:00 https://www.smart-city-dialog.de/termine?x=1 info@kts-smartcities.de 😀🏙️"
            + " Straßeπόλη Кiel 東京 "
            + "a".repeat(300);
    List<AnalyzedToken> tokens = AnalysisTestSupport.tokens(analysis.indexAnalyzer(), text);
    List<String> terms = tokens.stream().map(AnalyzedToken::term).toList();
    assertTrue(
        terms.get(0).startsWith("donaudampfschifffahrt")
            && terms.get(0).length() == longWord.length(),
        "the long word is kept whole: " + terms);
    assertTrue(terms.contains("2025"));
    assertTrue(terms.contains("😀"));
    assertTrue(terms.contains("strasseπόλη"), terms.toString());
    assertTrue(terms.contains("кiel"), "mixed Cyrillic-Latin spelling passes through");
    assertTrue(
        tokens.stream().noneMatch(t -> t.type().equals(CompoundSplitFilter.PART_TYPE)),
        "nothing here is split: " + tokens);
  }

  @Test
  void theSplitCacheIsBoundedAndGivesTheSameResultsUnderConcurrency() throws Exception {
    CompoundSplitter splitter =
        GermanAnalysis.withUserVocabulary(java.nio.file.Files.createTempDirectory("vocab"))
            .splitter();
    List<String> words = new ArrayList<>();
    for (String paragraph : SeedParagraphs.read()) {
      for (String w : paragraph.split("[^\\p{L}]+")) {
        if (w.length() >= CompoundSplitter.MIN_WORD_LENGTH) {
          words.add(w.toLowerCase(Locale.GERMAN));
        }
      }
    }
    Map<String, List<String>> expected = new java.util.HashMap<>();
    CompoundSplitter reference = GermanAnalysis.defaults().splitter();
    words.forEach(w -> expected.put(w, reference.split(w)));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(
            pool.submit(
                () -> words.stream().allMatch(w -> splitter.split(w).equals(expected.get(w)))));
      }
      for (Future<Boolean> result : results) {
        assertTrue(result.get());
      }
    } finally {
      pool.shutdown();
    }
    assertTrue(splitter.cachedWords() > 0);
    for (int i = 0; i < CompoundSplitter.CACHE_SIZE + 10; i++) {
      splitter.split(
          "stadtprojekt"
              + (char) ('a' + i % 26)
              + (char) ('a' + i / 26 % 26)
              + (char) ('a' + i / 676 % 26)
              + (char) ('a' + i / 17576 % 26));
    }
    assertTrue(
        splitter.cachedWords() <= CompoundSplitter.CACHE_SIZE,
        "cache stays bounded: " + splitter.cachedWords());
    assertFalse(words.isEmpty());
  }
}
