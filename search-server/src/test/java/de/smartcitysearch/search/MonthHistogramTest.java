package de.smartcitysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The month facet as a chart draws it, whatever month labels an index holds. */
class MonthHistogramTest {

  @Test
  void monthsWithoutEventsBetweenTheFirstAndTheLastCountZero() {
    Map<String, Long> months =
        MonthHistogram.continuous(Map.of("2026-01", 2L, "2026-04", 1L), null, null);
    assertEquals(List.of("2026-01", "2026-02", "2026-03", "2026-04"), List.copyOf(months.keySet()));
    assertEquals(List.of(2L, 0L, 0L, 1L), List.copyOf(months.values()));
  }

  @Test
  void aRequestedRangeSetsTheSpan() {
    Map<String, Long> months =
        MonthHistogram.continuous(
            Map.of("2026-02", 3L), LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 1));
    assertEquals(List.of("2026-01", "2026-02", "2026-03"), List.copyOf(months.keySet()));
  }

  @Test
  void aYearOfFewerThanFourDigitsIsReadNotFailedOn() {
    // an index written before dates were bounded at ingestion holds the month of "0222-12-24" as
    // "222-12"
    Map<String, Long> months =
        MonthHistogram.continuous(Map.of("222-12", 1L, "2026-04", 2L), null, null);
    assertEquals(
        Map.of("0222-12", 1L, "2026-04", 2L),
        months,
        "over 20 years apart: only months with events");
  }

  @Test
  void aLabelThatNamesNoMonthIsLeftOut() {
    assertEquals(
        Map.of("2026-04", 2L),
        MonthHistogram.continuous(Map.of("x", 1L, "2026-13", 1L, "2026-04", 2L), null, null));
  }
}
