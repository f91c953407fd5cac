package de.smartcitysearch.bench.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoresTest {

  private static final double EXACT = 1e-9;

  @Test
  void mrrRecallAndZeroShareFollowTheirDefinitions() {
    Scores s =
        Scores.of(
            List.of(
                // first relevant at rank 2: reciprocal rank 1/2, recall 1
                new Scores.Judged(Set.of("a"), Ranking.of(List.of("x", "a"), 2), true),
                // one of two relevant at rank 1: reciprocal rank 1, recall 1/2
                new Scores.Judged(Set.of("b", "c"), Ranking.of(List.of("b"), 1), true),
                // nothing found: 0, 0, a zero result, but its words are not in the index
                new Scores.Judged(Set.of("d"), Ranking.of(List.of(), 0), false),
                // something found, but nothing relevant: 0, 0
                new Scores.Judged(Set.of("e"), Ranking.of(List.of("y"), 1), true)));
    assertEquals((0.5 + 1 + 0 + 0) / 4, s.mrr(), EXACT);
    assertEquals((1 + 0.5 + 0 + 0) / 4, s.recall(), EXACT);
    assertEquals(0.25, s.zeroShare(), EXACT);
    assertEquals(0.0, s.zeroShareSharingWord(), EXACT);
    assertEquals(3, s.queriesSharingWord());
  }

  @Test
  void aRelevantDocumentBelowRankTenCountsForNothing() {
    List<String> eleven = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "hit");
    Scores s = Scores.of(List.of(new Scores.Judged(Set.of("hit"), Ranking.of(eleven, 11), true)));
    assertEquals(0, s.mrr(), EXACT);
    assertEquals(0, s.recall(), EXACT);
  }

  @Test
  void aSearchThatThrowsCountsAsAZeroResultAndAnError() {
    Scores s = Scores.of(List.of(new Scores.Judged(Set.of("a"), Ranking.failed("boom"), true)));
    assertEquals(1, s.zeroShare(), EXACT);
    assertEquals(1, s.zeroShareSharingWord(), EXACT);
    assertEquals(1, s.errors());
  }
}
