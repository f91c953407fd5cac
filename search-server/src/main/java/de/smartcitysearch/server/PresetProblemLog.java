package de.smartcitysearch.server;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The presets that embedded widgets could not use, for the curator console: on which partner site
 * (its origin, never a visitor's address), which attribute and value, what the widget told the
 * partner, how often and when. Bounded in memory: when full, the entry seen longest ago makes room.
 */
final class PresetProblemLog {

  /** Longest attribute value kept; longer ones are cut. */
  static final int MAX_VALUE_LENGTH = 200;

  private final Clock clock;
  private final Map<Key, Entry> entries;

  /**
   * An empty log.
   *
   * @param capacity how many distinct (site, attribute, value) entries it keeps
   */
  PresetProblemLog(int capacity, Clock clock) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
    }
    this.clock = clock;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, PresetProblemLog.Entry> eldest) {
            return size() > capacity;
          }
        };
  }

  /**
   * Counts one widget that could not use a preset; {@code site} is its page's origin, or null when
   * unknown.
   */
  synchronized void record(String site, WidgetPresets.Problem problem) {
    String value =
        problem.value().length() > MAX_VALUE_LENGTH
            ? problem.value().substring(0, MAX_VALUE_LENGTH)
            : problem.value();
    Key key = new Key(site, problem.attribute(), value);
    Instant now = clock.instant();
    Entry known = entries.get(key);
    entries.put(
        key,
        new Entry(
            site,
            problem.attribute(),
            value,
            problem.message(),
            known == null ? 1 : known.count() + 1,
            known == null ? now : known.firstSeen(),
            now));
  }

  /** The entries, most recently seen first. */
  synchronized List<Entry> entries() {
    List<Entry> out = new ArrayList<>(entries.values());
    return out.reversed();
  }

  private record Key(String site, String attribute, String value) {}

  /**
   * One preset problem, as {@code /api/widget/problems} shows it.
   *
   * @param site the origin of the page the widget is on ({@code https://partner.example}), or null
   *     when the browser sent none
   * @param attribute the widget attribute
   * @param value its value as written
   * @param message what the widget showed the partner
   * @param count how many times a widget reported it
   * @param firstSeen when first
   * @param lastSeen when last
   */
  record Entry(
      String site,
      String attribute,
      String value,
      String message,
      long count,
      Instant firstSeen,
      Instant lastSeen) {}
}
