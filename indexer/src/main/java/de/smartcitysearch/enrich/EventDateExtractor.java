package de.smartcitysearch.enrich;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates of an event in German text, as the pages write them.
 *
 * <p>Understood: "30.09, 10:00 - 02.10.25, 17:00", "18. und 19. November 2025", "vom 30. September
 * bis 2. Oktober 2025", "18. bis 20. Oktober", "Dienstag, 28. April 2026", "Datum: 24. September
 * 2025", "25.11.2025", "2025-11-25". A date is taken for a publication date, not the event's, when
 * a publication word stands just before it ("Erscheinungsjahr", "veröffentlicht am", "Stand:") or
 * when a numeric date stands alone on its line or opens a paragraph as a dateline ("14.08.2025 —
 * Vom Hochwasserschutz ...").
 */
public final class EventDateExtractor {

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("januar", 1),
          Map.entry("jänner", 1),
          Map.entry("jan", 1),
          Map.entry("februar", 2),
          Map.entry("feb", 2),
          Map.entry("märz", 3),
          Map.entry("mär", 3),
          Map.entry("april", 4),
          Map.entry("apr", 4),
          Map.entry("mai", 5),
          Map.entry("juni", 6),
          Map.entry("jun", 6),
          Map.entry("juli", 7),
          Map.entry("jul", 7),
          Map.entry("august", 8),
          Map.entry("aug", 8),
          Map.entry("september", 9),
          Map.entry("sept", 9),
          Map.entry("sep", 9),
          Map.entry("oktober", 10),
          Map.entry("okt", 10),
          Map.entry("november", 11),
          Map.entry("nov", 11),
          Map.entry("dezember", 12),
          Map.entry("dez", 12));

  private static final String MONTH =
      "(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober"
          + "|November|Dezember|Jan\\.|Feb\\.|Mär\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Okt\\.|Nov\\.|Dez\\.)";
  private static final String TO = "\\s*(?:-|–|—|bis(?:\\s+zum)?|und)\\s*";

  /** "10:00", "10.00 Uhr"; a dot needs the "Uhr", or "12.000 Teilnehmende" would be a time. */
  private static final String TIME =
      "(?:,?[ \\t]*(\\d{1,2}:\\d{2}|\\d{1,2}\\.\\d{2}(?=[ \\t]*Uhr))(?:[ \\t]*Uhr)?)?";

  /** "30.09, 10:00 - 02.10.25, 17:00", "18.10.2022 - 20.10.2022". */
  private static final Pattern NUMERIC_RANGE =
      Pattern.compile(
          "\\b(\\d{1,2})\\.(\\d{1,2})\\.?(\\d{4}|\\d{2})?"
              + TIME
              + TO
              + "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})\\b"
              + TIME);

  /** "18. und 19. November 2025", "30. September bis 2. Oktober 2025", "18. bis 20. Oktober". */
  private static final Pattern TEXT_RANGE =
      Pattern.compile(
          "\\b(\\d{1,2})\\.\\s*(?:"
              + MONTH
              + "\\s*)?(\\d{4})?"
              + TO
              + "(\\d{1,2})\\.\\s*"
              + MONTH
              + "(?:\\s*(\\d{4}))?");

  /** "Dienstag, 28. April 2026", "24. September 2025". */
  private static final Pattern TEXT_DATE =
      Pattern.compile("\\b(\\d{1,2})\\.\\s*" + MONTH + "(?:\\s*(\\d{4}))?" + TIME);

  /** "25.11.2025", "30.09.2025, 10:00". */
  private static final Pattern NUMERIC_DATE =
      Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})\\b" + TIME);

  private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern YEAR = Pattern.compile("\\b(20\\d{2})\\b");

  private static final Pattern PUBLICATION_CUE =
      Pattern.compile(
          "(?i)(erscheinungs(?:jahr|datum)|veröffentlicht(?:\\s+am)?|publiziert(?:\\s+am)?|erschienen(?:\\s+am)?"
              + "|stand|aktualisiert(?:\\s+am)?|pressemitteilung\\s+vom)\\s*:?\\s*$");

  /** A day heading of a multi-day programme: "Mittwoch, 29. April 2026". */
  private static final Pattern WEEKDAY_BEFORE =
      Pattern.compile(
          "(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag),?\\s*$");

  private static final Pattern EVENT_LABEL = Pattern.compile("(?i)(datum|termin|wann)\\s*:?\\s*$");
  private static final Pattern NUMERIC_ONLY = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}");

  /**
   * What the text says about dates: the event's span (if any) and the publication date (if any).
   */
  public record EventDates(Optional<DateSpan> event, Optional<LocalDate> published) {}

  private record Found(DateSpan span, int start, int end) {}

  /**
   * The first date or date range in a short value, such as the "Datum" detail or a program day
   * heading.
   */
  public Optional<DateSpan> parse(String value, int defaultYear) {
    List<Found> found = findAll(value, defaultYear);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).span());
  }

  /**
   * The event's dates in running text: a date labelled "Datum:" wins; otherwise the first event
   * date, widened by any later range that contains it ("am 18. November" then "am 18. und 19.
   * November") and by the next day's heading of a programme ("Dienstag, 28. April 2026" ...
   * "Mittwoch, 29. April 2026").
   */
  public EventDates extract(String text) {
    int defaultYear = mostFrequentYear(text);
    List<Found> event = new ArrayList<>();
    LocalDate published = null;
    for (Found f : findAll(text, defaultYear)) {
      if (isPublication(text, f)) {
        if (published == null) {
          published = f.span().start();
        }
      } else {
        event.add(f);
      }
    }
    Optional<Found> labelled =
        event.stream().filter(f -> EVENT_LABEL.matcher(before(text, f)).find()).findFirst();
    if (labelled.isPresent()) {
      return new EventDates(Optional.of(labelled.get().span()), Optional.ofNullable(published));
    }
    if (event.isEmpty()) {
      return new EventDates(Optional.empty(), Optional.ofNullable(published));
    }
    DateSpan span = event.get(0).span();
    for (Found f : event) {
      boolean overlaps = f.span().contains(span.start()) || span.contains(f.span().start());
      boolean nextProgramDay =
          f.span().start().equals(span.end().plusDays(1))
              && WEEKDAY_BEFORE.matcher(before(text, f)).find();
      if (overlaps || nextProgramDay) {
        span = span.union(f.span());
      }
    }
    return new EventDates(Optional.of(span), Optional.ofNullable(published));
  }

  private static boolean isPublication(String text, Found f) {
    if (PUBLICATION_CUE.matcher(before(text, f)).find()) {
      return true;
    }
    if (!NUMERIC_ONLY.matcher(text.substring(f.start(), f.end())).matches()) {
      return false;
    }
    return opensLine(text, f.start()) && endsDateline(text, f.end());
  }

  /**
   * Whether only blanks stand between the line's start and {@code start} (looks back over blanks
   * only).
   */
  private static boolean opensLine(String text, int start) {
    int i = start - 1;
    while (i >= 0 && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i < 0 || text.charAt(i) == '\n';
  }

  /**
   * Whether a dash, a line break or the text's end follows {@code end} after blanks ("14.08.2025 —
   * Vom ...").
   */
  private static boolean endsDateline(String text, int end) {
    int i = end;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i == text.length() || "—–|-\n\r\u000B\f\u0085\u2028\u2029".indexOf(text.charAt(i)) >= 0;
  }

  private static String before(String text, Found f) {
    return text.substring(Math.max(0, f.start() - 40), f.start());
  }

  /** All date expressions, left to right, a longer one winning over those it overlaps. */
  private static List<Found> findAll(String text, int defaultYear) {
    List<Found> all = new ArrayList<>();
    collect(all, NUMERIC_RANGE.matcher(text), m -> numericRange(m, defaultYear));
    collect(all, TEXT_RANGE.matcher(text), m -> textRange(m, defaultYear));
    collect(
        all,
        TEXT_DATE.matcher(text),
        m -> single(m.group(1), month(m.group(2)), m.group(3), m.group(4), defaultYear));
    collect(
        all,
        NUMERIC_DATE.matcher(text),
        m -> single(m.group(1), Integer.parseInt(m.group(2)), m.group(3), m.group(4), defaultYear));
    collect(
        all,
        ISO_DATE.matcher(text),
        m ->
            day(
                    Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)))
                .map(d -> new DateSpan(d, d, null))
                .orElse(null));
    all.sort(Comparator.comparingInt(Found::start).thenComparing(f -> -(f.end() - f.start())));
    List<Found> kept = new ArrayList<>();
    int covered = -1;
    for (Found f : all) {
      if (f.start() >= covered) {
        kept.add(f);
        covered = f.end();
      }
    }
    return kept;
  }

  private interface SpanReader {
    DateSpan read(Matcher m);
  }

  private static void collect(List<Found> into, Matcher m, SpanReader reader) {
    while (m.find()) {
      DateSpan span = reader.read(m);
      if (span != null) {
        into.add(new Found(span, m.start(), m.end()));
      }
    }
  }

  private static DateSpan numericRange(Matcher m, int defaultYear) {
    int endYear = year(m.group(7), defaultYear);
    int startYear = m.group(3) == null ? endYear : year(m.group(3), defaultYear);
    Optional<LocalDate> end =
        day(endYear, Integer.parseInt(m.group(6)), Integer.parseInt(m.group(5)));
    Optional<LocalDate> start =
        day(startYear, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
    if (start.isEmpty() || end.isEmpty()) {
      return null;
    }
    LocalDate s = start.get();
    if (m.group(3) == null && s.isAfter(end.get())) {
      s = s.minusYears(1); // "30.12 - 02.01.26" spans the turn of the year
    }
    return s.isAfter(end.get()) ? null : new DateSpan(s, end.get(), time(m.group(4)));
  }

  private static DateSpan textRange(Matcher m, int defaultYear) {
    int endMonth = month(m.group(5));
    int endYear =
        m.group(6) != null
            ? Integer.parseInt(m.group(6))
            : m.group(3) != null ? Integer.parseInt(m.group(3)) : defaultYear;
    int startMonth = m.group(2) == null ? endMonth : month(m.group(2));
    int startYear = m.group(3) != null ? Integer.parseInt(m.group(3)) : endYear;
    if (endYear <= 0) {
      return null;
    }
    Optional<LocalDate> start = day(startYear, startMonth, Integer.parseInt(m.group(1)));
    Optional<LocalDate> end = day(endYear, endMonth, Integer.parseInt(m.group(4)));
    if (start.isEmpty() || end.isEmpty() || start.get().isAfter(end.get())) {
      return null;
    }
    return new DateSpan(start.get(), end.get(), null);
  }

  private static DateSpan single(
      String dayText, int month, String yearText, String timeText, int defaultYear) {
    int year = yearText == null ? defaultYear : year(yearText, defaultYear);
    if (year <= 0) {
      return null;
    }
    return day(year, month, Integer.parseInt(dayText))
        .map(d -> new DateSpan(d, d, time(timeText)))
        .orElse(null);
  }

  private static int year(String text, int defaultYear) {
    if (text == null) {
      return defaultYear;
    }
    int y = Integer.parseInt(text);
    return y < 100 ? 2000 + y : y;
  }

  private static int month(String name) {
    return MONTHS.get(name.replace(".", "").toLowerCase(Locale.GERMAN));
  }

  private static Optional<LocalDate> day(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty(); // "31.02." or a version number like "2.30.1" is no date
    }
  }

  static LocalTime time(String text) {
    if (text == null) {
      return null;
    }
    String[] hm = text.split("[:.]");
    int h = Integer.parseInt(hm[0]);
    int min = Integer.parseInt(hm[1]);
    return h < 24 && min < 60 ? LocalTime.of(h, min) : null;
  }

  /**
   * The year a page talks about most, for dates written without one ("am 18. Oktober"); 0 if none.
   */
  static int mostFrequentYear(String text) {
    Map<Integer, Integer> counts = new java.util.HashMap<>();
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .max(
            Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .orElse(0);
  }
}
