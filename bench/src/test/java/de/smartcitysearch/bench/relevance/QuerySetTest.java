package de.smartcitysearch.bench.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QuerySetTest {

  @Test
  void takesEachTextOnceAndOnlyUpToTheQuotaOfItsKind() {
    QuerySet set = new QuerySet(2);
    assertTrue(set.offer("topic + year", "Glasfaserausbau 2025", Set.of("m1")));
    assertFalse(
        set.offer("topic + year", "Glasfaserausbau  2025", Set.of("m1")), "the same text again");
    assertTrue(set.offer("topic + year", "Kultursommer 2025", Set.of("m2")));
    assertFalse(set.offer("topic + year", "Turmberg 2025", Set.of("m3")), "the quota is full");
    assertTrue(
        set.offer("topic + body", "Turmberg Ortschaftsrat Durlach", Set.of("m3")),
        "another kind has room");
    assertEquals(3, set.queries().size());
  }

  @Test
  void passesOverQueriesLongerThanTheProductAccepts() {
    QuerySet set = new QuerySet(10);
    assertFalse(
        set.offer(
            "law", "Was regelt " + "das Gesetz ".repeat(50) + "zu Inkrafttreten?", Set.of("s1")));
  }

  @Test
  void passesOverQueriesWithMoreRelevantDocumentsThanAFirstPageHolds() {
    QuerySet set = new QuerySet(10);
    Set<String> eleven = IntStream.range(0, 11).mapToObj(i -> "m" + i).collect(Collectors.toSet());
    assertFalse(set.offer("topic + body", "Mündliche Ortschaftsrat Durlach", eleven));
    assertTrue(set.offer("topic + body", "Mündliche Ortschaftsrat Durlach", Set.of("m1")));
  }
}
