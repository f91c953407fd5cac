package de.smartcitysearch.bench.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.bench.corpus.SharedData;
import de.smartcitysearch.bench.relevance.KarlsruheMeetings.Meeting;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The judgement facts of the meetings, checked on a meeting read by eye in meetings.jsonl.gz. */
class KarlsruheMeetingsTest {

  private static List<Meeting> meetings;

  @BeforeAll
  static void load() {
    meetings = KarlsruheMeetings.load(SharedData.dir().resolve("data"));
  }

  @Test
  void readsEveryMeetingOfTheFile() {
    assertEquals(2609, meetings.size()); // the count the data's README gives
  }

  @Test
  void theDurlachMeetingOf15January2025IsJudgedByItsOwnFields() {
    Meeting m =
        meetings.stream().filter(x -> x.id().endsWith("/meetings/10022")).findFirst().orElseThrow();
    assertTrue(m.ofBody("Ortschaftsrat Durlach"));
    assertFalse(m.ofBody("Ortschaftsrat Grötzingen"));
    assertTrue(m.in(YearMonth.of(2025, 1)));
    assertFalse(m.in(YearMonth.of(2025, 2)));
    assertTrue(m.in(Year.of(2025)));
    assertTrue(
        m.mentions("glasfaserausbau"),
        "agenda item 1: Vorstellung Projekt Glasfaserausbau in Grötzingen, …");
    assertTrue(m.mentions("Grotzingen"));
    assertFalse(m.mentions("Glasfaser"), "a part of a compound is not the word");
  }

  @Test
  void aBodyNameLosesItsQuotationMarksInAQuery() {
    assertEquals(
        "Betriebsausschuss Eigenbetrieb Fußballstadion im Wildpark",
        KarlsruheMeetings.queryName(
            "Betriebsausschuss \"Eigenbetrieb Fußballstadion im Wildpark\""));
  }
}
