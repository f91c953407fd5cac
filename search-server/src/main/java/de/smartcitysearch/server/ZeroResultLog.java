package de.smartcitysearch.server;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The queries that found nothing, for the curator console: the normalised query text, how often it was asked and
 * when last; bounded in memory, so a flood of distinct queries cannot grow it.
 *
 * <p>Deliberately nothing about who asked (no address, no session, no user agent): the log answers "what do people
 * miss", never "who searched for what".
 */
public final class ZeroResultLog {

  /** Longest query text kept; longer ones are cut (they are rare and the start says enough). */
  static final int MAX_QUERY_LENGTH = 200;

  private final int capacity;
  private final Clock clock;
  private final Map<String, Entry> entries = new HashMap<>();

  /**
   * An empty log.
   *
   * @param capacity how many distinct queries it keeps; when full, the rarest (and of those the longest unseen)
   *     makes room
   */
  public ZeroResultLog(int capacity, Clock clock) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
    }
    this.capacity = capacity;
    this.clock = clock;
  }

  /** Counts one query that found nothing; blank text (a filter-only search) is not a query and is ignored. */
  public synchronized void record(String query) {
    String text = normalise(query);
    if (text.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    Entry known = entries.get(text);
    if (known == null && entries.size() >= capacity) {
      entries.values().stream().min(Entry.KEEP_ORDER.reversed()).ifPresent(e -> entries.remove(e.query()));
    }
    entries.put(text, new Entry(text, known == null ? 1 : known.count() + 1, now));
  }

  /** The logged queries, most frequent first (ties: most recent first, then alphabetical). */
  public synchronized List<Entry> queries() {
    return entries.values().stream().sorted(Entry.KEEP_ORDER).toList();
  }

  /** Lower case, inner whitespace collapsed, ends trimmed: "Kiel  Hafen " and "kiel hafen" are one query. */
  static String normalise(String query) {
    if (query == null) {
      return "";
    }
    String text = query.strip().replaceAll("\\s+", " ").toLowerCase(Locale.GERMAN);
    return text.length() > MAX_QUERY_LENGTH ? text.substring(0, MAX_QUERY_LENGTH) : text;
  }

  /**
   * One logged query, as the JSON of {@code /api/zero-results} shows it.
   *
   * @param query the normalised query text
   * @param count how often it found nothing
   * @param lastSeen when it last found nothing
   */
  public record Entry(String query, long count, Instant lastSeen) {

    static final Comparator<Entry> KEEP_ORDER = Comparator.comparingLong(Entry::count).reversed()
        .thenComparing(Entry::lastSeen, Comparator.reverseOrder())
        .thenComparing(Entry::query);
  }
}
