package de.smartcitysearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core proof of the compound splitting: a hand-made gold list of compounds from the seeds and
 * the Karlsruhe council texts, and of words that must stay whole, decided by reading.
 */
class CompoundGoldListTest {

  private static final GermanAnalysis ANALYSIS = GermanAnalysis.defaults();
  private static Map<String, Set<String>> compounds;
  private static List<String> nonCompounds;

  @BeforeAll
  static void readGoldLists() throws IOException {
    compounds = new LinkedHashMap<>();
    for (String line : lines("/gold/compounds.txt")) {
      String[] sides = line.split("=");
      Set<String> parts = new LinkedHashSet<>();
      for (String part : sides[1].split("\\+")) {
        parts.add(normalised(part.strip()));
      }
      compounds.put(sides[0].strip(), parts);
    }
    nonCompounds = new ArrayList<>(lines("/gold/non-compounds.txt"));
  }

  /** How a splitter does on the gold compounds. */
  private record Score(int fully, List<String> misses, List<String> junk) {}

  private static Score score(CompoundSplitter splitter) {
    int fully = 0;
    List<String> misses = new ArrayList<>();
    List<String> junk = new ArrayList<>();
    for (Map.Entry<String, Set<String>> gold : compounds.entrySet()) {
      Set<String> produced = new LinkedHashSet<>();
      for (String part : splitter.split(gold.getKey().toLowerCase(Locale.GERMAN))) {
        // a part that is a stop word ("gegen") is dropped by the index chain, as here
        AnalysisTestSupport.terms(ANALYSIS.exactAnalyzer(), part).forEach(produced::add);
      }
      if (produced.equals(gold.getValue())) {
        fully++;
      } else {
        misses.add(gold.getKey() + " -> " + produced + " (gold " + gold.getValue() + ")");
      }
      for (String part : produced) {
        if (!gold.getValue().contains(part)) {
          junk.add(gold.getKey() + ": " + part);
        }
      }
    }
    return new Score(fully, misses, junk);
  }

  @Test
  void atLeastNinetyPercentOfTheGoldCompoundsSplitFullyWithoutJunkParts() {
    Score baseline = score(new CompoundSplitter(GermanVocabulary.empty()));
    System.out.printf(
        Locale.ROOT,
        "gold compounds, jWordSplitter without the domain vocabulary: %d/%d fully split, junk parts: %d%n",
        baseline.fully(),
        compounds.size(),
        baseline.junk().size());
    Score score = score(ANALYSIS.splitter());
    System.out.printf(
        Locale.ROOT,
        "gold compounds: %d/%d fully split (%.1f %%), junk parts: %d%n",
        score.fully(),
        compounds.size(),
        100.0 * score.fully() / compounds.size(),
        score.junk().size());
    score.misses().forEach(m -> System.out.println("  not fully split: " + m));
    score.junk().forEach(j -> System.out.println("  junk part: " + j));
    assertTrue(compounds.size() >= 100, "the gold list holds at least 100 compounds");
    assertTrue(
        score.fully() >= Math.ceil(0.9 * compounds.size()),
        "at least 90 % fully split, misses: " + score.misses());
    assertEquals(List.of(), score.junk(), "no junk parts");
  }

  @Test
  void noneOfTheGoldNonCompoundsIsSplit() {
    List<String> wronglySplit = wronglySplit(ANALYSIS.splitter());
    List<String> baseline = wronglySplit(new CompoundSplitter(GermanVocabulary.empty()));
    System.out.printf(
        Locale.ROOT,
        "gold non-compounds, jWordSplitter without the domain vocabulary: %d/%d kept whole %s%n",
        nonCompounds.size() - baseline.size(),
        nonCompounds.size(),
        baseline);
    System.out.printf(
        Locale.ROOT,
        "gold non-compounds: %d/%d kept whole%n",
        nonCompounds.size() - wronglySplit.size(),
        nonCompounds.size());
    assertTrue(nonCompounds.size() >= 30, "the gold list holds at least 30 non-compounds");
    assertEquals(List.of(), wronglySplit);
  }

  private static List<String> wronglySplit(CompoundSplitter splitter) {
    List<String> wronglySplit = new ArrayList<>();
    for (String word : nonCompounds) {
      List<String> parts = splitter.split(word.toLowerCase(Locale.GERMAN));
      if (!parts.isEmpty()) {
        wronglySplit.add(word + " -> " + parts);
      }
    }
    return wronglySplit;
  }

  /** A part as the index stores it: lowercase, umlauts folded, lightly stemmed. */
  private static String normalised(String part) {
    List<String> terms = AnalysisTestSupport.terms(ANALYSIS.exactAnalyzer(), part);
    assertEquals(1, terms.size(), "gold part '" + part + "' is one token");
    return terms.get(0);
  }

  private static List<String> lines(String resource) throws IOException {
    try (InputStream in = CompoundGoldListTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(l -> l.replaceFirst("#.*", "").strip())
          .filter(l -> !l.isEmpty())
          .toList();
    }
  }
}
