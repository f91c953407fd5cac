package de.smartcitysearch.bench.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class DaySpanTest {

  private final DaySpan market = new DaySpan(LocalDate.of(2016, 11, 21), LocalDate.of(2017, 1, 1));

  @Test
  void aMarketFromNovemberToNewYearIsInEachOfItsMonths() {
    assertEquals(
        List.of(YearMonth.of(2016, 11), YearMonth.of(2016, 12), YearMonth.of(2017, 1)),
        market.months());
    assertTrue(market.touches(Month.JANUARY));
    assertFalse(market.touches(Month.FEBRUARY));
  }

  @Test
  void aMonthWithAYearMustBeThatMonthOfThatYear() {
    assertTrue(market.touches(YearMonth.of(2016, 12)));
    assertFalse(market.touches(YearMonth.of(2015, 12)));
  }

  @Test
  void anEndBeforeTheStartIsATypoAndTheStartCounts() {
    DaySpan typo = new DaySpan(LocalDate.of(2016, 11, 25), LocalDate.of(2015, 11, 26));
    assertEquals(List.of(YearMonth.of(2016, 11)), typo.months());
  }
}
