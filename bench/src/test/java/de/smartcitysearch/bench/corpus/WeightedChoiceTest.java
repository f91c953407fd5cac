package de.smartcitysearch.bench.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WeightedChoiceTest {

  @Test
  void drawsInProportionToTheWeights() {
    WeightedChoice<String> choice =
        WeightedChoice.of(List.of("a", "b", "c"), new double[] {1, 3, 6});
    SplittableRandom random = new SplittableRandom(7);
    int[] counts = new int[3];
    for (int i = 0; i < 100_000; i++) {
      counts[choice.draw(random).charAt(0) - 'a']++;
    }
    // 100,000 draws: the standard deviation of each count is below 160
    assertEquals(10_000, counts[0], 800);
    assertEquals(30_000, counts[1], 800);
    assertEquals(60_000, counts[2], 800);
  }

  @Test
  void neverDrawsAnItemOfWeightZero() {
    WeightedChoice<String> choice =
        WeightedChoice.of(List.of("empty", "town", "void"), new double[] {0, 5, 0});
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 10_000; i++) {
      assertEquals("town", choice.draw(random));
    }
  }

  @Test
  void zipfMakesTheFirstRankTheMostLikely() {
    WeightedChoice<Integer> choice = WeightedChoice.zipf(List.of(1, 2, 3, 4), 1.0);
    // weights 1, 1/2, 1/3, 1/4 sum to 25/12
    assertEquals(12.0 / 25, choice.probability(0), 1e-12);
    assertEquals(3.0 / 25, choice.probability(3), 1e-12);
  }

  @Test
  void drawsDistinctItems() {
    WeightedChoice<Integer> choice = WeightedChoice.zipf(List.of(1, 2, 3), 2.0);
    List<Integer> drawn = choice.drawDistinct(new SplittableRandom(3), 5);
    assertEquals(3, drawn.size(), "no more than there are");
    assertTrue(drawn.containsAll(List.of(1, 2, 3)));
  }

  @Test
  void rejectsNegativeWeights() {
    assertThrows(
        IllegalArgumentException.class, () -> WeightedChoice.of(List.of("a"), new double[] {-1}));
  }
}
