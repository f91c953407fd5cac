package de.smartcitysearch.search;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.util.IOFunction;

/**
 * The spelling corrections worked out on one version of an index, each typed word's once.
 *
 * <p>Looking for a correction scans the index's vocabulary near the word (on the seed pages, where
 * most visitor words are unknown, a few percent of a request; on a cluster, requests); the answer
 * depends only on the word and the index. Visitors type anything, so the memory is bounded: once
 * full, further words are worked out each time until the next index version.
 */
public final class RememberedCorrections {

  /** How many typed words' corrections one index version remembers. */
  static final int LIMIT = 10_000;

  private final Map<String, Optional<String>> corrections = new ConcurrentHashMap<>();

  /**
   * The correction of a typed word ({@code correct} works it out the first time); null when the
   * word is taken as typed.
   */
  public String correction(String word, IOFunction<String, String> correct) throws IOException {
    Optional<String> known = corrections.get(word);
    if (known != null) {
      return known.orElse(null);
    }
    String corrected = correct.apply(word);
    if (corrections.size() < LIMIT) {
      corrections.put(word, Optional.ofNullable(corrected));
    }
    return corrected;
  }
}
