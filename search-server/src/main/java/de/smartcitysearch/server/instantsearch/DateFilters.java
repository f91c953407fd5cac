package de.smartcitysearch.server.instantsearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import de.smartcitysearch.document.DocumentLimits;
import de.smartcitysearch.server.ApiException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Algolia's {@code numericFilters} on the event dates into the query core's date range. Dates
 * are Unix seconds; a day is its midnight UTC.
 *
 * <p>{@code date} holds every day an event takes place, as a record would list them in Algolia:
 * {@code date>=X} keeps events with a day on or after X (they end then or later), {@code date<=Y}
 * events with a day on or before Y (they start then or earlier), both together the events
 * overlapping X..Y; {@code date=X} the events on that day and {@code date:X TO Y} the range. {@code
 * start} and {@code end} are the first and last day, and take the comparisons that mean the same
 * ({@code start<=Y}, {@code end>=X}); the others ({@code start>=X}: events starting after X) are
 * refused, because the query core filters dates by overlap only.
 */
final class DateFilters {

  static final String PARAMETER = "numericFilters";
  private static final long DAY = 86_400;
  private static final Pattern COMPARISON =
      Pattern.compile("\\s*([A-Za-z_.]+)\\s*(<=|>=|!=|<|>|=)\\s*(-?[0-9.]+)\\s*");
  private static final Pattern RANGE =
      Pattern.compile("\\s*([A-Za-z_.]+)\\s*:\\s*(-?[0-9.]+)\\s+TO\\s+(-?[0-9.]+)\\s*");

  /**
   * The days asked for: events ending on or after {@code from} and starting on or before {@code
   * to}.
   *
   * @param from the first day, or null
   * @param to the last day, or null
   */
  record Range(LocalDate from, LocalDate to) {

    static final Range ANY = new Range(null, null);

    /** True when no event can match (the filters contradict each other). */
    boolean empty() {
      return from != null && to != null && to.isBefore(from);
    }

    Range from(long epochDay) {
      return new Range(from == null || from.toEpochDay() < epochDay ? day(epochDay) : from, to);
    }

    Range to(long epochDay) {
      return new Range(from, to == null || to.toEpochDay() > epochDay ? day(epochDay) : to);
    }
  }

  /** A range no event matches. */
  private static final Range NOTHING = new Range(LocalDate.EPOCH.plusDays(1), LocalDate.EPOCH);

  private DateFilters() {}

  /** The range the filters ask for (all of them together). */
  static Range read(JsonArray filters) {
    Range range = Range.ANY;
    if (filters == null) {
      return range;
    }
    for (JsonElement element : filters) {
      JsonElement filter = element;
      if (element.isJsonArray()) {
        if (element.getAsJsonArray().size() != 1) {
          throw new ApiException(
              400,
              "unsupported_filter",
              "alternatives of dates ("
                  + element
                  + ") are not "
                  + "supported: the query core searches one date range",
              PARAMETER);
        }
        filter = element.getAsJsonArray().get(0);
      }
      if (!filter.isJsonPrimitive() || !filter.getAsJsonPrimitive().isString()) {
        throw bad("a numeric filter is a string such as \"date>=1767225600\", not " + element);
      }
      range = apply(range, filter.getAsString());
    }
    return range;
  }

  private static Range apply(Range range, String filter) {
    Matcher between = RANGE.matcher(filter);
    if (between.matches()) {
      String attribute = attribute(between.group(1), filter);
      Range lower = apply(range, attribute + ">=" + between.group(2));
      return apply(lower, attribute + "<=" + between.group(3));
    }
    Matcher m = COMPARISON.matcher(filter);
    if (!m.matches()) {
      throw bad(
          "a numeric filter is written \"date>=1767225600\" or \"date:1767225600 TO 1769903999\", not \""
              + filter
              + "\"");
    }
    String attribute = attribute(m.group(1), filter);
    String op = m.group(2);
    double seconds;
    try {
      seconds = Double.parseDouble(m.group(3));
    } catch (NumberFormatException e) {
      throw bad("not a number of seconds in \"" + filter + "\"");
    }
    boolean lower = op.startsWith(">");
    boolean upper = op.startsWith("<");
    if (op.equals("!=")
        || (attribute.equals("start") && !upper)
        || (attribute.equals("end") && !lower)) {
      throw new ApiException(
          400,
          "unsupported_filter",
          "\""
              + filter
              + "\" is not supported: the query core "
              + "filters events by the days they take place; use date>= (or end>=) for events on or after a day and "
              + "date<= (or start<=) for events on or before one",
          PARAMETER);
    }
    if (op.equals("=") && seconds % DAY != 0) {
      return NOTHING; // a day's value is its midnight: a moment within a day is no day
    }
    long day =
        switch (op) {
          case ">=", "=" -> (long) Math.ceil(seconds / DAY);
          case ">" -> (long) Math.floor(seconds / DAY) + 1;
          case "<=" -> (long) Math.floor(seconds / DAY);
          default -> (long) Math.ceil(seconds / DAY) - 1; // "<"
        };
    check(day, filter);
    if (op.equals("=")) {
      return range.from(day).to(day);
    }
    return lower ? range.from(day) : range.to(day);
  }

  private static void check(long epochDay, String filter) {
    LocalDate day =
        epochDay > LocalDate.MAX.toEpochDay() || epochDay < LocalDate.MIN.toEpochDay()
            ? null
            : LocalDate.ofEpochDay(epochDay);
    if (day == null || !DocumentLimits.isInRange(day)) {
      throw new ApiException(
          400,
          "out_of_range",
          "\""
              + filter
              + "\" lies outside the years "
              + DocumentLimits.MIN_YEAR
              + " to "
              + DocumentLimits.MAX_YEAR,
          PARAMETER);
    }
  }

  private static String attribute(String name, String filter) {
    if (!name.equals("date") && !name.equals("start") && !name.equals("end")) {
      throw bad(
          "numeric filters work on date, start and end (Unix seconds), not on '"
              + name
              + "' in \""
              + filter
              + "\"");
    }
    return name;
  }

  private static LocalDate day(long epochDay) {
    return LocalDate.ofEpochDay(epochDay);
  }

  private static ApiException bad(String message) {
    return QueryParameters.bad(PARAMETER, message);
  }
}
