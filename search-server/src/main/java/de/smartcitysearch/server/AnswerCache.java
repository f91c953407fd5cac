package de.smartcitysearch.server;

import de.smartcitysearch.search.SearchRequest;
import de.smartcitysearch.search.SearchResponse;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recent answers of the search endpoint, each valid for the index version and the day it was
 * computed on: the popular searches and the preset searches of embedded widgets (every visitor of a
 * partner page asks the same first question) are answered without running the query again.
 *
 * <p>A new index version (a document added, a refresh) or a new day (what is upcoming changes)
 * makes every kept answer unreachable. The cache holds at most a number of answers and at most a
 * number of bytes: one answer may hold thousands of facet values (a document with 100,000 topics
 * once made every browse answer 4 MB, and 256 of those held 543 MB after the document was gone). An
 * answer's size is estimated once, when it is kept, from the length of its JSON; an answer larger
 * than an eighth of the budget is not kept. When either bound would be passed the cache is emptied
 * and refills with what is asked now: no recency bookkeeping, so a lookup never waits for a lock.
 */
final class AnswerCache {

  /**
   * Heap bytes per character of an answer's JSON: measured 1.98 on the seed index (2,700 answers of
   * 10 to 100 hits, heap after a full GC against the JSON they write); set higher because text
   * outside Latin-1 (typographic quotes, dashes) takes two bytes a character in the heap and one in
   * the JSON.
   */
  static final double BYTES_PER_JSON_CHAR = 2.5;

  /** The request, the key's other fields, the map entry. */
  static final int ENTRY_OVERHEAD_BYTES = 512;

  private record Key(SearchRequest request, long indexVersion, LocalDate day) {}

  private record Kept(SearchResponse answer, long bytes) {}

  private final int capacity;
  private final long maxBytes;
  private final ConcurrentHashMap<Key, Kept> answers = new ConcurrentHashMap<>();
  private long bytes; // guarded by this

  /**
   * A cache of at most {@code capacity} answers and about {@code maxBytes} bytes; a capacity of 0
   * keeps none.
   */
  AnswerCache(int capacity, long maxBytes) {
    if (capacity < 0 || maxBytes < 0) {
      throw new IllegalArgumentException("capacity and bytes must be 0 or more");
    }
    this.capacity = capacity;
    this.maxBytes = maxBytes;
  }

  /** The answer kept for this request on this index version and day, or null. */
  SearchResponse get(SearchRequest request, long indexVersion, LocalDate day) {
    Kept kept = answers.get(new Key(request, indexVersion, day));
    return kept == null ? null : kept.answer();
  }

  /**
   * Keeps an answer; a timed-out one is not kept (it may lack what a second try finds).
   *
   * @param jsonChars the length of the answer's JSON, as written to the client
   */
  synchronized void put(
      SearchRequest request,
      long indexVersion,
      LocalDate day,
      SearchResponse answer,
      int jsonChars) {
    long size = estimate(request, jsonChars);
    if (capacity == 0 || answer.timedOut() || size > maxBytes / 8) {
      return;
    }
    if (answers.size() >= capacity || bytes + size > maxBytes) {
      answers.clear();
      bytes = 0;
    }
    Kept before = answers.put(new Key(request, indexVersion, day), new Kept(answer, size));
    bytes += size - (before == null ? 0 : before.bytes());
  }

  /** The estimated heap bytes of the kept answers. */
  synchronized long bytes() {
    return bytes;
  }

  /** How many answers are kept. */
  int size() {
    return answers.size();
  }

  static long estimate(SearchRequest request, int jsonChars) {
    return (long) Math.ceil(jsonChars * BYTES_PER_JSON_CHAR)
        + 2L * request.query().length()
        + ENTRY_OVERHEAD_BYTES;
  }
}
