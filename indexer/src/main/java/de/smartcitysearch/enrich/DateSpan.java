package de.smartcitysearch.enrich;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A first and last day, with the start time where the text gives one.
 *
 * @param start first day
 * @param end last day, equal to start for a single day
 * @param startTime time on the first day, or null
 */
public record DateSpan(LocalDate start, LocalDate end, LocalTime startTime) {
  public DateSpan {
    Objects.requireNonNull(start, "start");
    end = end == null ? start : end;
  }

  /** Whether the day lies within this span. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /** The smallest span covering both. */
  DateSpan union(DateSpan other) {
    LocalDate s = other.start.isBefore(start) ? other.start : start;
    LocalDate e = other.end.isAfter(end) ? other.end : end;
    return new DateSpan(s, e, s.equals(start) ? startTime : other.startTime);
  }
}
