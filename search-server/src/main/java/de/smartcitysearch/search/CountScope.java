package de.smartcitysearch.search;

import de.smartcitysearch.document.DocumentKind;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a curator's count counts: whole events or program sessions, never both mixed (an event with
 * 60 sessions would otherwise count 61 times), optionally only those taking place between two days.
 *
 * @param kind events or sessions
 * @param from only documents ending on or after this day, or null
 * @param to only documents starting on or before this day, or null
 */
public record CountScope(DocumentKind kind, LocalDate from, LocalDate to) {

  public CountScope {
    Objects.requireNonNull(kind, "kind");
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
    }
  }

  /** Every event, the count a curator means by default. */
  public static CountScope events() {
    return of(DocumentKind.EVENT);
  }

  /** Every document of this kind, at any time. */
  public static CountScope of(DocumentKind kind) {
    return new CountScope(kind, null, null);
  }

  /** The same documents without the date range. */
  CountScope anyTime() {
    return of(kind);
  }

  /**
   * The date range as a search request, so counts and searches read from and to by the same rule.
   */
  SearchRequest dates() {
    return SearchRequest.builder().from(from).to(to).build();
  }
}
