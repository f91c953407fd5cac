package de.smartcitysearch.search;

import de.smartcitysearch.document.Place;
import java.util.List;

/**
 * A query split into the words that are only text and the words that also named a place or a date.
 *
 * @param text the remaining visitor text, syntax intact
 * @param city the recognised city, or null
 * @param land the recognised Land when no city was recognised, or null
 * @param placeWords the words that named the city or Land
 * @param dateWords the words that named the year or month
 * @param interpretation the report for the response
 */
public record UnderstoodQuery(
    String text, Place city, String land, List<String> placeWords, List<String> dateWords,
    Interpretation interpretation) {}
