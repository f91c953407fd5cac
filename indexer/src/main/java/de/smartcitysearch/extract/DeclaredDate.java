package de.smartcitysearch.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A date an input declares in ISO 8601 (JSON Lines, schema.org, OParl), with the time of day where
 * the input gives one. An offset is dropped because the local time of the event is what visitors
 * read.
 *
 * @param date the day
 * @param time the time of day, or null for a plain date
 */
public record DeclaredDate(LocalDate date, LocalTime time) {

  public DeclaredDate {
    Objects.requireNonNull(date, "date");
  }

  /**
   * "2025-09-24", "2025-09-24T09:30", "2025-09-24T09:30:00+02:00"; null or blank gives null.
   *
   * @throws IllegalArgumentException naming the value when it is not an ISO date
   */
  public static DeclaredDate parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    try {
      LocalDateTime local = OffsetDateTime.parse(v).toLocalDateTime();
      return new DeclaredDate(local.toLocalDate(), local.toLocalTime());
    } catch (DateTimeParseException notOffset) {
      try {
        LocalDateTime local = LocalDateTime.parse(v);
        return new DeclaredDate(local.toLocalDate(), local.toLocalTime());
      } catch (DateTimeParseException notLocal) {
        try {
          return new DeclaredDate(LocalDate.parse(v), null);
        } catch (DateTimeParseException notDate) {
          throw new IllegalArgumentException("'" + v + "' is not an ISO 8601 date like 2026-04-18");
        }
      }
    }
  }

  /** {@link #parse}, or null where the value is not an ISO date (free text, left to enrichment). */
  static DeclaredDate parseOrNull(String value) {
    try {
      return parse(value);
    } catch (IllegalArgumentException notIso) {
      return null;
    }
  }

  /** The day of a possibly absent date. */
  static LocalDate dateOf(DeclaredDate d) {
    return d == null ? null : d.date();
  }

  /** The time of day of a possibly absent date. */
  static LocalTime timeOf(DeclaredDate d) {
    return d == null ? null : d.time();
  }
}
