package de.smartcitysearch.search;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The month facet as a histogram a chart can draw: calendar order, months without events as zero.
 */
final class MonthHistogram {

  /** Beyond this many months (20 years) only the months with events are listed. */
  private static final int MAX_MONTH_SPAN = 240;

  private MonthHistogram() {}

  /**
   * Months in calendar order from the first to the last (or the requested range), empty months as
   * zero.
   */
  static Map<String, Long> continuous(Map<String, Long> counts, LocalDate from, LocalDate to) {
    TreeMap<YearMonth, Long> byMonth = new TreeMap<>();
    counts.forEach(
        (k, v) -> {
          YearMonth month = parse(k);
          if (month != null) {
            byMonth.merge(month, v, Long::sum);
          }
        });
    YearMonth first =
        from != null ? YearMonth.from(from) : byMonth.isEmpty() ? null : byMonth.firstKey();
    YearMonth last = to != null ? YearMonth.from(to) : byMonth.isEmpty() ? null : byMonth.lastKey();
    Map<String, Long> out = new LinkedHashMap<>();
    if (first == null
        || last == null
        || first.isAfter(last)
        || first.plusMonths(MAX_MONTH_SPAN).isBefore(last)) {
      byMonth.forEach((k, v) -> out.put(k.toString(), v));
      return out;
    }
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      out.put(m.toString(), byMonth.getOrDefault(m, 0L));
    }
    return out;
  }

  /**
   * The month of a facet label "year-month"; null for a label that names none. An index written
   * before dates were bounded at ingestion may hold years of fewer than four digits ("222-12"):
   * they are read, not failed on.
   */
  private static YearMonth parse(String label) {
    int dash = label.indexOf('-');
    try {
      return YearMonth.of(
          Integer.parseInt(label.substring(0, dash)), Integer.parseInt(label.substring(dash + 1)));
    } catch (RuntimeException e) { // no dash, no number, or no such month
      return null;
    }
  }
}
