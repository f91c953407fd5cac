package de.smartcitysearch.bench.corpus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * When an event takes place: days, and for one-day events often the hours.
 *
 * @param startDay first day
 * @param endDay last day, not before the first
 * @param startTime start time, or null for an all-day or multi-day event
 * @param endTime end time on the same day, or null
 */
record EventSchedule(LocalDate startDay, LocalDate endDay, LocalTime startTime, LocalTime endTime) {

  private static final DateTimeFormatter GERMAN_DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter GERMAN_TIME = DateTimeFormatter.ofPattern("HH:mm");

  /** ISO-8601 local date-time, always with seconds so every reader parses it the same way. */
  private static final DateTimeFormatter ISO_SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  /** ISO start: {@code 2026-03-12} or {@code 2026-03-12T10:00:00}. */
  String isoStart() {
    return startTime == null ? startDay.toString() : iso(LocalDateTime.of(startDay, startTime));
  }

  /** ISO end: {@code 2026-03-14} or {@code 2026-03-12T16:00:00}. */
  String isoEnd() {
    return endTime == null ? endDay.toString() : iso(LocalDateTime.of(endDay, endTime));
  }

  /**
   * As a German event page writes it: "12.03.2026, 10:00 - 16:00 Uhr" or "12.03.2026 - 14.03.2026".
   */
  String german() {
    if (startTime != null) {
      return GERMAN_DAY.format(startDay)
          + ", "
          + GERMAN_TIME.format(startTime)
          + " - "
          + GERMAN_TIME.format(endTime)
          + " Uhr";
    }
    return startDay.equals(endDay)
        ? GERMAN_DAY.format(startDay)
        : GERMAN_DAY.format(startDay) + " - " + GERMAN_DAY.format(endDay);
  }

  private static String iso(LocalDateTime dateTime) {
    return ISO_SECONDS.format(dateTime);
  }
}
