package de.smartcitysearch.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads the ISO 8601 dates that structured inputs declare (JSON Lines, schema.org, OParl) as local
 * date-times; an offset is dropped because the local time of the event is what visitors read.
 */
final class DeclaredDates {

  private DeclaredDates() {}

  /**
   * "2025-09-24", "2025-09-24T09:30", "2025-09-24T09:30:00+02:00"; null or blank gives null.
   *
   * @throws IllegalArgumentException naming the value when it is not an ISO date
   */
  static LocalDateTime parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    try {
      return OffsetDateTime.parse(v).toLocalDateTime();
    } catch (DateTimeParseException notOffset) {
      try {
        return LocalDateTime.parse(v);
      } catch (DateTimeParseException notLocal) {
        try {
          return LocalDate.parse(v).atStartOfDay();
        } catch (DateTimeParseException notDate) {
          throw new IllegalArgumentException("'" + v + "' is not an ISO 8601 date");
        }
      }
    }
  }

  /** The end, or null when it lies before the start (OParl data often gives midnight of the start day). */
  static LocalDateTime endAfter(LocalDateTime start, LocalDateTime end) {
    return start != null && end != null && end.isBefore(start) ? null : end;
  }
}
