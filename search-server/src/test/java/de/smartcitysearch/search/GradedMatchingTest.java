package de.smartcitysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.search.SearchResponse.FuzzyWord;
import de.smartcitysearch.search.SearchResponse.Hit;
import de.smartcitysearch.search.SearchResponse.Relaxed;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Graded matching over the sample events: a search never dead-ends while one of its words is in the
 * index, hits with every word come first, and the answer says what it did without.
 */
class GradedMatchingTest {

  @TempDir static Path dir;
  static SampleEvents.Opened index;

  @BeforeAll
  static void open() throws IOException {
    index = SampleEvents.open(dir);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  static SearchResponse search(String q, String today) throws IOException {
    Clock clock = Clock.fixed(Instant.parse(today + "T10:00:00Z"), ZoneOffset.UTC);
    return LuceneSearchBackend.builder(index.manager(), SampleEvents.SCHEMA)
        .clock(clock)
        .build()
        .search(SearchRequest.of(q));
  }

  static SearchResponse search(String q) throws IOException {
    return search(q, "2026-01-15");
  }

  static List<String> ids(SearchResponse r) {
    return r.hits().stream().map(Hit::id).toList();
  }

  @Test
  void aWordNoPageHasIsDroppedAndEveryHitSaysSo() throws IOException {
    SearchResponse r = search("Konferenz Quantencomputer");
    assertEquals(List.of("nuernberg-konferenz", "muenchen-konferenz"), ids(r));
    assertEquals(2, r.total(), "the total counts the hits shown: those with Konferenz");
    assertTrue(r.partial());
    assertEquals(new Relaxed(List.of("Quantencomputer"), null, null), r.relaxed());
    r.hits().forEach(h -> assertEquals(List.of("Quantencomputer"), h.missing(), h.id()));
  }

  @Test
  void hitsWithMoreOfTheWordsComeBeforeHitsWithFewer() throws IOException {
    // no event has all three words; the two conferences have two, the Hamburg and Kiel events one
    SearchResponse r = search("Konferenz Verwaltung Mobilität");
    assertEquals(List.of("nuernberg-konferenz", "muenchen-konferenz"), ids(r).subList(0, 2));
    assertEquals(2, r.total(), "counted: the hits with the most words");
    assertEquals(2, r.more(), "hits with fewer words follow");
    for (int i = 1; i < r.hits().size(); i++) {
      assertTrue(
          r.hits().get(i).missing().size() >= r.hits().get(i - 1).missing().size(),
          ids(r).toString());
    }
    assertEquals(List.of("Mobilität"), r.relaxed().droppedWords());
  }

  @Test
  void aLongQueryWithoutAPageThatHasEveryWordRanksByTextScoreAndTheShareOfWords()
      throws IOException {
    // four words: the conferences have three of them, the Hamburg and Kiel events one
    SearchResponse r = search("Konferenz Verwaltung Kommunen Mobilität");
    assertEquals(List.of("nuernberg-konferenz", "muenchen-konferenz"), ids(r).subList(0, 2));
    assertEquals(List.of("Mobilität"), r.hits().get(0).missing());
    assertEquals(4, r.total(), "counted: every page with one of the words");
    assertTrue(r.partial());
  }

  @Test
  void aLongQueryShowsPagesWithMostOfItsWordsAfterThoseWithAll() throws IOException {
    SearchResponse r = search("Konferenz Digitalisierung Verwaltung München");
    assertEquals("muenchen-konferenz", ids(r).get(0));
    assertEquals(List.of(), r.hits().get(0).missing());
    assertEquals(1, r.total(), "only the hit with every word is counted");
    assertEquals("nuernberg-konferenz", ids(r).get(1), "three of four words: it follows");
    assertEquals(List.of("München"), r.hits().get(1).missing());
    assertEquals(1, r.more());
    assertNull(r.relaxed(), "the counted hit has everything");
  }

  @Test
  void aShortQueryWithHitsThatHaveEveryWordShowsOnlyThose() throws IOException {
    assertEquals(List.of("kiel-ostufer"), ids(search("Stadtwerkstatt Kiel")));
  }

  @Test
  void questionWordsNeedNotMatch() throws IOException {
    SearchResponse r = search("Wann ist die Smart City Konferenz in Nürnberg?");
    assertEquals("nuernberg-konferenz", ids(r).get(0));
    assertNull(r.relaxed(), "Wann, ist, die, in are no words a page must have");
    assertEquals(List.of("leipzig-hack"), ids(search("Gibt es einen Hackathon?")));
  }

  @Test
  void aMonthWithoutMatchesThisYearMovesToTheMostRecentMonthThatHasThem() throws IOException {
    // on 10 June 2026 a bare "Mai" means May 2027, which has no conference; May 2026 has the
    // Nürnberg one
    SearchResponse r = search("Konferenz Mai", "2026-06-10");
    assertEquals("nuernberg-konferenz", ids(r).get(0));
    assertEquals(new Relaxed(List.of(), "2026-05", null), r.relaxed());
    assertFalse(r.partial());
  }

  @Test
  void aPlaceWithoutMatchesIsOnlyPreferred() throws IOException {
    SearchResponse r = search("Konferenz Bremen");
    assertEquals(List.of("nuernberg-konferenz", "muenchen-konferenz"), ids(r));
    assertEquals(new Relaxed(List.of(), null, "Bremen"), r.relaxed());
    assertEquals(List.of("Bremen"), r.hits().get(0).missing());
  }

  @Test
  void aWordTheIndexLacksIsReplacedByTheWordClearlyMeantAndSaidSo() throws IOException {
    SearchResponse r = search("Konferrenz Nürnberg");
    assertEquals(List.of(new FuzzyWord("Konferrenz", "Konferenz")), r.fuzzyWords());
    assertEquals("Konferenz Nürnberg", r.didYouMean());
    assertEquals("nuernberg-konferenz", ids(r).get(0));
  }

  @Test
  void aWordTheIndexHasIsNeverRespelled() throws IOException {
    SearchResponse r = search("Ostufer");
    assertTrue(r.fuzzyWords().isEmpty());
    assertNull(r.didYouMean());
  }

  @Test
  void aShortWordIsNotRespelledIntoARareOne() throws IOException {
    // "Abnd" is one edit from "Abend", which only one page has: too little evidence for a
    // four-letter word
    SearchResponse r = search("Abnd");
    assertTrue(r.fuzzyWords().isEmpty(), r.fuzzyWords().toString());
  }

  @Test
  void onlyAQueryWithNoIndexedWordFindsNothing() throws IOException {
    SearchResponse r = search("Quantencomputer Teleportation");
    assertEquals(0, r.total());
    assertTrue(r.hits().isEmpty());
    assertNull(r.relaxed());
  }
}
