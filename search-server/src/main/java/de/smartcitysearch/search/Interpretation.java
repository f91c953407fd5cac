package de.smartcitysearch.search;

import java.time.LocalDate;

/**
 * What the query core understood in the query beyond plain words, offered to a UI as filters to
 * apply.
 *
 * @param city the recognised city, or null
 * @param land the recognised Land (or the Land of the recognised city), or null
 * @param from first day of a recognised year or month, or null
 * @param to last day of it, or null
 * @param dateLabel the date words as written ("April 2026"), or null
 */
public record Interpretation(
    String city, String land, LocalDate from, LocalDate to, String dateLabel) {

  /** Nothing recognised. */
  public static final Interpretation NONE = new Interpretation(null, null, null, null, null);

  /** True when nothing was recognised. */
  public boolean isEmpty() {
    return equals(NONE);
  }
}
