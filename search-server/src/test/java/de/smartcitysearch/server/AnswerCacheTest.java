package de.smartcitysearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.search.SearchRequest;
import de.smartcitysearch.search.SearchResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which answers the server gives again without searching. (That a document added through the admin
 * API is found by the very next search, although the same search was answered before, is
 * AdminApiTest's.)
 */
class AnswerCacheTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
  private final SearchRequest kiel = SearchRequest.of("Datenplattform Kiel");

  @Test
  void theSameRequestOnTheSameIndexVersionAndDayGetsTheKeptAnswer() {
    AnswerCache cache = new AnswerCache(10, 1 << 20);
    SearchResponse answer = answer(false);
    cache.put(kiel, 7, DAY, answer, 1_000);
    assertSame(answer, cache.get(SearchRequest.of("Datenplattform Kiel"), 7, DAY));
    assertNull(cache.get(SearchRequest.of("Datenplattform Kiel Workshop"), 7, DAY));
  }

  @Test
  void aNewIndexVersionOrANewDayNeedsANewSearch() {
    AnswerCache cache = new AnswerCache(10, 1 << 20);
    cache.put(kiel, 7, DAY, answer(false), 1_000);
    assertNull(cache.get(kiel, 8, DAY), "a document was added or removed");
    assertNull(cache.get(kiel, 7, DAY.plusDays(1)), "what is upcoming has changed");
  }

  @Test
  void timedOutAnswersAreNotKeptAndAFullCacheStartsAfresh() {
    AnswerCache cache = new AnswerCache(2, 1 << 20);
    cache.put(kiel, 1, DAY, answer(true), 1_000);
    assertNull(cache.get(kiel, 1, DAY));
    cache.put(SearchRequest.of("a"), 1, DAY, answer(false), 1_000);
    cache.put(SearchRequest.of("b"), 1, DAY, answer(false), 1_000);
    cache.put(SearchRequest.of("c"), 1, DAY, answer(false), 1_000);
    assertNull(cache.get(SearchRequest.of("a"), 1, DAY), "dropped when the third answer came");
    assertNull(new AnswerCache(0, 1 << 20).get(kiel, 1, DAY));
  }

  @Test
  void theKeptAnswersStayWithinTheByteBudgetAndAHugeOneIsNotKept() {
    long budget = 100_000;
    AnswerCache cache = new AnswerCache(1_000, budget);
    int most = 0;
    for (int i = 0; i < 100; i++) {
      cache.put(SearchRequest.of("frage " + i), 1, DAY, answer(false), 3_000); // some 8 KB each
      assertTrue(
          cache.bytes() <= budget, "after " + (i + 1) + " answers: " + cache.bytes() + " bytes");
      most = Math.max(most, cache.size());
    }
    assertEquals(12, most, "the budget holds twelve answers of about 8 KB");
    cache.put(
        kiel, 1, DAY, answer(false), 10_000); // about 25 KB: more than an eighth of the budget
    assertNull(cache.get(kiel, 1, DAY));
  }

  private static SearchResponse answer(boolean timedOut) {
    return new SearchResponse(
        "Datenplattform Kiel",
        null,
        1,
        true,
        0,
        5,
        null,
        false,
        List.of(),
        false,
        null,
        timedOut,
        List.of(),
        Map.of(),
        true);
  }
}
