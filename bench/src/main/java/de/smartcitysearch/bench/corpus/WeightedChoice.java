package de.smartcitysearch.bench.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;

/**
 * Draws items with probability proportional to their weight, in O(log n) per draw.
 *
 * @param <T> the item type
 */
final class WeightedChoice<T> {

  private final List<T> items;
  private final double[] cumulative;

  private WeightedChoice(List<T> items, double[] cumulative) {
    this.items = items;
    this.cumulative = cumulative;
  }

  /** Items weighted by the given function; items of weight zero are left out. */
  static <T> WeightedChoice<T> of(List<T> items, ToDoubleFunction<T> weight) {
    double[] weights = new double[items.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = weight.applyAsDouble(items.get(i));
    }
    return of(items, weights);
  }

  /** Items with the weights at the same positions; items of weight zero are left out. */
  static <T> WeightedChoice<T> of(List<T> items, double[] weights) {
    if (weights.length != items.size()) {
      throw new IllegalArgumentException(
          items.size() + " items but " + weights.length + " weights");
    }
    List<T> kept = new ArrayList<>(items.size());
    double[] keptWeights = new double[items.size()];
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] < 0 || Double.isNaN(weights[i])) {
        throw new IllegalArgumentException("negative weight for " + items.get(i));
      }
      if (weights[i] > 0) {
        keptWeights[kept.size()] = weights[i];
        kept.add(items.get(i));
      }
    }
    return fromWeights(kept, keptWeights);
  }

  /** Items in rank order with Zipf weights 1 / rank^exponent: the first is the most frequent. */
  static <T> WeightedChoice<T> zipf(List<T> itemsByRank, double exponent) {
    double[] weights = new double[itemsByRank.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = 1.0 / Math.pow(i + 1, exponent);
    }
    return fromWeights(itemsByRank, weights);
  }

  private static <T> WeightedChoice<T> fromWeights(List<T> items, double[] weights) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("no items of positive weight to choose from");
    }
    double[] cumulative = new double[items.size()];
    double sum = 0;
    for (int i = 0; i < cumulative.length; i++) {
      sum += weights[i];
      cumulative[i] = sum;
    }
    return new WeightedChoice<>(List.copyOf(items), cumulative);
  }

  /** One item. */
  T draw(RandomGenerator random) {
    double point = random.nextDouble() * cumulative[cumulative.length - 1];
    int index = Arrays.binarySearch(cumulative, point);
    // binarySearch gives -(insertion point) - 1 when the point falls between two sums
    index = index >= 0 ? index + 1 : -index - 1;
    return items.get(Math.min(index, items.size() - 1));
  }

  /** {@code count} different items (fewer if there are not that many). */
  List<T> drawDistinct(RandomGenerator random, int count) {
    int wanted = Math.min(count, items.size());
    List<T> drawn = new ArrayList<>(wanted);
    while (drawn.size() < wanted) {
      T item = draw(random);
      if (!drawn.contains(item)) {
        drawn.add(item);
      }
    }
    return drawn;
  }

  /** The probability of drawing the item at this position. */
  double probability(int index) {
    double previous = index == 0 ? 0 : cumulative[index - 1];
    return (cumulative[index] - previous) / cumulative[cumulative.length - 1];
  }

  int size() {
    return items.size();
  }
}
