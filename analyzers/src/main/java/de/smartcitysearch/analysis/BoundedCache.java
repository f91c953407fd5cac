package de.smartcitysearch.analysis;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A thread-safe map of computed values that holds at most {@code capacity} entries: when full it is
 * emptied and refills with what is asked for now. That keeps memory bounded without recency
 * bookkeeping under a lock, so a lookup never waits for another thread (the split results, the
 * topic tagger's words, typo automata and search answers all sit on hot paths).
 *
 * @param <K> the key
 * @param <V> the value; never null
 */
public final class BoundedCache<K, V> {

  private final int capacity;
  private final ConcurrentHashMap<K, V> values = new ConcurrentHashMap<>();

  /**
   * A cache of at most {@code capacity} values; 0 keeps none.
   *
   * @throws IllegalArgumentException if {@code capacity} is negative
   */
  public BoundedCache(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must be 0 or more, not " + capacity);
    }
    this.capacity = capacity;
  }

  /** How many values are kept now. */
  public int size() {
    return values.size();
  }

  /** The value kept for this key, or null. */
  public V get(K key) {
    return values.get(key);
  }

  /** Keeps a value, emptying the cache first when it is full. */
  public void put(K key, V value) {
    if (capacity == 0) {
      return;
    }
    if (values.size() >= capacity) {
      values.clear();
    }
    values.put(key, value);
  }

  /**
   * The value kept for this key, or the newly computed and kept one. Computed outside any lock: two
   * threads asking for the same new key at once may both compute it, and one of the results is
   * kept.
   */
  public V get(K key, Function<? super K, ? extends V> compute) {
    V known = values.get(key);
    if (known != null) {
      return known;
    }
    V computed = compute.apply(key);
    put(key, computed);
    return computed;
  }
}
