package de.smartcitysearch.bench.relevance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Deterministic sampling: the same seed and input order give the same collection on every machine.
 */
final class Sample {

  private Sample() {}

  /** A shuffled copy. */
  static <T> List<T> shuffled(List<T> items, Random random) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, random);
    return copy;
  }

  /** A random element. */
  static <T> T any(List<T> items, Random random) {
    return items.get(random.nextInt(items.size()));
  }
}
