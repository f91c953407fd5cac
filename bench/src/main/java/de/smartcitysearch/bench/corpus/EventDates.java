package de.smartcitysearch.bench.corpus;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Draws event dates over several years with the seasonality of event calendars.
 *
 * <p>Years are equally likely; months follow {@link #MONTH_WEIGHTS} (fewer events in July, August
 * and December); the day is uniform within the month. Most events last one day, some up to five.
 */
final class EventDates {

  static final int FIRST_YEAR = 2022;
  static final int LAST_YEAR = 2028;

  /** Relative event frequency of January .. December. */
  static final double[] MONTH_WEIGHTS = {
    0.8, 1.0, 1.2, 1.1, 1.2, 1.1, 0.5, 0.4, 1.2, 1.3, 1.3, 0.5
  };

  /** Probability of 1, 2, 3, 4 and 5 days. */
  static final double[] DURATION_WEIGHTS = {0.70, 0.18, 0.09, 0.02, 0.01};

  /** Share of one-day events that state their hours. */
  static final double TIMED_SHARE = 0.6;

  private static final List<LocalTime> START_TIMES =
      List.of(
          LocalTime.of(9, 0),
          LocalTime.of(9, 30),
          LocalTime.of(10, 0),
          LocalTime.of(13, 0),
          LocalTime.of(14, 0),
          LocalTime.of(16, 0),
          LocalTime.of(17, 0),
          LocalTime.of(18, 0),
          LocalTime.of(18, 30),
          LocalTime.of(19, 0));
  private static final List<LocalTime> COUNCIL_START_TIMES =
      List.of(LocalTime.of(15, 30), LocalTime.of(16, 0), LocalTime.of(17, 0), LocalTime.of(18, 0));
  private static final int[] LENGTH_MINUTES = {60, 90, 120, 180, 240, 360, 480};
  private static final int[] COUNCIL_LENGTH_MINUTES = {90, 120, 180, 240};
  private static final LocalTime LATEST_END = LocalTime.of(23, 0);

  private final WeightedChoice<Integer> months =
      WeightedChoice.of(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), MONTH_WEIGHTS);
  private final WeightedChoice<Integer> durations =
      WeightedChoice.of(List.of(1, 2, 3, 4, 5), DURATION_WEIGHTS);

  /** A public event: one or more days, one-day events often with hours. */
  EventSchedule event(RandomGenerator random) {
    LocalDate start = day(random);
    int days = durations.draw(random);
    if (days == 1 && random.nextDouble() < TIMED_SHARE) {
      return timed(
          random, start, START_TIMES.get(random.nextInt(START_TIMES.size())), LENGTH_MINUTES);
    }
    return new EventSchedule(start, start.plusDays(days - 1L), null, null);
  }

  /** A council session: one afternoon or evening. */
  EventSchedule councilSession(RandomGenerator random) {
    return timed(
        random,
        day(random),
        COUNCIL_START_TIMES.get(random.nextInt(COUNCIL_START_TIMES.size())),
        COUNCIL_LENGTH_MINUTES);
  }

  private EventSchedule timed(
      RandomGenerator random, LocalDate day, LocalTime start, int[] lengthsInMinutes) {
    LocalTime end = start.plusMinutes(lengthsInMinutes[random.nextInt(lengthsInMinutes.length)]);
    // start times end at 19:00 and lengths at 8 h, so only the cap can move the end, never before
    // the start
    if (end.isAfter(LATEST_END) || end.isBefore(start)) {
      end = LATEST_END;
    }
    return new EventSchedule(day, day, start, end);
  }

  private LocalDate day(RandomGenerator random) {
    YearMonth month =
        YearMonth.of(FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1), months.draw(random));
    return month.atDay(1 + random.nextInt(month.lengthOfMonth()));
  }
}
