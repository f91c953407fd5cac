package de.smartcitysearch.bench.relevance;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The days an event takes place on, from its own date fields: the facts month judgements are made
 * from.
 *
 * @param first the first day
 * @param last the last day, never before {@code first}
 */
record DaySpan(LocalDate first, LocalDate last) {

  DaySpan {
    if (last == null || last.isBefore(first)) {
      last =
          first; // some listings end before they begin (a typo in the year): the start is the fact
      // to trust
    }
  }

  /** The calendar months the span touches, in order. */
  List<YearMonth> months() {
    List<YearMonth> out = new ArrayList<>();
    for (YearMonth m = YearMonth.from(first);
        !m.isAfter(YearMonth.from(last));
        m = m.plusMonths(1)) {
      out.add(m);
    }
    return out;
  }

  /** Whether the span touches this month in any year (a query naming a month without a year). */
  boolean touches(Month month) {
    return months().stream().anyMatch(m -> m.getMonth() == month);
  }

  /** Whether the span touches this month of this year. */
  boolean touches(YearMonth month) {
    return !month.isBefore(YearMonth.from(first)) && !month.isAfter(YearMonth.from(last));
  }
}
