package de.smartcitysearch.search;

import de.smartcitysearch.document.Place;
import java.time.Month;
import java.util.List;

/**
 * A query split into the words that are only text, the words of asking that need not match, and the
 * words that also named a place or a date.
 *
 * @param text the remaining visitor text, syntax intact
 * @param fillerWords question and request words ("Wann", "gibt", "Veranstaltungen") that need not
 *     match
 * @param city the recognised city, or null
 * @param land the recognised Land when no city was recognised, or null
 * @param placeWords the words that named the city or Land
 * @param dateWords the words that named the year or month
 * @param month the month named, or null
 * @param year the year named, or null (a month without a year means its next occurrence)
 * @param interpretation the report for the response
 */
public record UnderstoodQuery(
    String text,
    List<String> fillerWords,
    Place city,
    String land,
    List<String> placeWords,
    List<String> dateWords,
    Month month,
    Integer year,
    Interpretation interpretation) {

  public UnderstoodQuery {
    fillerWords = List.copyOf(fillerWords);
    placeWords = List.copyOf(placeWords);
    dateWords = List.copyOf(dateWords);
  }

  /** True when a month was named without its year, so another year's month may be meant. */
  public boolean bareMonth() {
    return month != null && year == null;
  }
}
