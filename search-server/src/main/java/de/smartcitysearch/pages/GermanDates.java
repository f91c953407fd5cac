package de.smartcitysearch.pages;

import de.smartcitysearch.search.PublicEvent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times of an event as a German reader and a calendar need them: "Dienstag, 28. April
 * 2026", "10:30 Uhr", and the instant a start time means at the venue (German events:
 * Europe/Berlin).
 */
public final class GermanDates {

  /** The time zone of the events' wall-clock times. */
  public static final ZoneId VENUE_ZONE = ZoneId.of("Europe/Berlin");

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy", Locale.GERMAN);
  private static final DateTimeFormatter SHORT_DAY =
      DateTimeFormatter.ofPattern("d. MMMM", Locale.GERMAN);

  private GermanDates() {}

  /** "Dienstag, 28. April 2026". */
  public static String day(LocalDate date) {
    return DAY.format(date);
  }

  /** "10:30 Uhr". */
  public static String time(LocalTime time) {
    return String.format(Locale.ROOT, "%02d:%02d Uhr", time.getHour(), time.getMinute());
  }

  /**
   * When an event takes place in one line: "Dienstag, 28. April 2026, 10:00 Uhr", "28. April –
   * Mittwoch, 29. April 2026"; empty when it has no date.
   */
  public static String when(PublicEvent e) {
    LocalDate start = date(e.start());
    if (start == null) {
      return "";
    }
    LocalDate end = date(e.end());
    LocalTime time = time(e);
    String first =
        end == null || end.equals(start)
            ? day(start)
            : start.getYear() == end.getYear()
                ? SHORT_DAY.format(start) + " – " + day(end)
                : day(start) + " – " + day(end);
    return time == null
        ? first
        : first + ", " + (end == null || end.equals(start) ? "" : "ab ") + time(time);
  }

  /** The event's first day, or null. */
  public static LocalDate start(PublicEvent e) {
    return date(e.start());
  }

  /** The event's last day (its first when it names none), or null. */
  public static LocalDate end(PublicEvent e) {
    LocalDate end = date(e.end());
    return end != null ? end : date(e.start());
  }

  /** The start time, or null. */
  public static LocalTime time(PublicEvent e) {
    return e.startTime() == null ? null : LocalTime.parse(e.startTime());
  }

  /** The start at the venue, or null when the event has no start time. */
  public static ZonedDateTime startAtVenue(PublicEvent e) {
    LocalDate day = start(e);
    LocalTime time = time(e);
    return day == null || time == null ? null : LocalDateTime.of(day, time).atZone(VENUE_ZONE);
  }

  private static LocalDate date(String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }
}
