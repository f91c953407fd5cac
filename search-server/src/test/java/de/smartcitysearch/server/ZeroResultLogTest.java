package de.smartcitysearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.search.FacetDimension;
import de.smartcitysearch.search.LuceneSearchBackend;
import de.smartcitysearch.search.SampleEvents;
import de.smartcitysearch.search.SearchRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The log of searches that found nothing: what it keeps, how it ranks (distinct clients, not
 * repetitions) and what makes room when it is full; listed against the sample events, where the
 * logged words find nothing.
 */
class ZeroResultLogTest {

  /** A clock the test moves forward by hand. */
  private static final class StepClock extends Clock {
    private Instant now = Instant.parse("2026-01-15T10:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @TempDir static Path dir;
  static FSDirectory directory;
  static SearcherManager manager;
  static LuceneSearchBackend backend;

  @BeforeAll
  static void index() throws Exception {
    SampleEvents.index(dir, SampleEvents.all());
    directory = FSDirectory.open(dir);
    manager = new SearcherManager(directory, null);
    backend =
        LuceneSearchBackend.builder(manager, SampleEvents.SCHEMA)
            .clock(TestServer.JANUARY_2026)
            .build();
  }

  @AfterAll
  static void close() throws Exception {
    manager.close();
    directory.close();
  }

  private static long version() throws Exception {
    return backend.indexState().version();
  }

  private static List<String> listed(ZeroResultLog log) throws Exception {
    return log.stillFindingNothing(backend, 100).stream().map(ZeroResultLog.Entry::query).toList();
  }

  @Test
  void oneClientRepeatingAQueryCountsOnceAndDistinctClientsRankFirst() throws Exception {
    StepClock clock = new StepClock();
    ZeroResultLog log = new ZeroResultLog(10, clock);
    for (int i = 0; i < 100; i++) {
      log.record(
          SearchRequest.of("Sicherheitswarnung Passwort bestaetigen"), "198.51.100.7", version());
    }
    clock.advance(Duration.ofMinutes(1));
    log.record(SearchRequest.of("Quarkstrudel"), "203.0.113.1", version());
    log.record(SearchRequest.of("  QUARKSTRUDEL "), "203.0.113.2", version());
    clock.advance(Duration.ofMinutes(1));
    log.record(SearchRequest.of("quarkstrudel"), "203.0.113.3", version());

    List<ZeroResultLog.Entry> entries = log.stillFindingNothing(backend, 100);
    assertEquals(
        List.of("quarkstrudel", "sicherheitswarnung passwort bestaetigen"),
        entries.stream().map(ZeroResultLog.Entry::query).toList());
    ZeroResultLog.Entry first = entries.get(0);
    assertEquals(3, first.clients());
    assertEquals(3, first.searches());
    assertEquals(Instant.parse("2026-01-15T10:01:00Z"), first.firstSeen());
    assertEquals(Instant.parse("2026-01-15T10:02:00Z"), first.lastSeen());
    assertEquals(1, entries.get(1).clients(), "a hundred searches of one address are one client");
    assertEquals(100, entries.get(1).searches());
  }

  @Test
  void theAddressesOfOneIpv6NetworkAreOneClient() throws Exception {
    ZeroResultLog log = new ZeroResultLog(10, new StepClock());
    for (int host = 1; host <= 50; host++) {
      log.record(
          SearchRequest.of("Quarkstrudel"),
          "2001:db8:1:2::" + Integer.toHexString(host),
          version());
    }
    log.record(SearchRequest.of("Quarkstrudel"), "2001:db8:1:3::1", version());
    assertEquals(2, log.stillFindingNothing(backend, 10).get(0).clients());
  }

  @Test
  void theFiltersBelongToTheSearch() throws Exception {
    ZeroResultLog log = new ZeroResultLog(10, new StepClock());
    SearchRequest inKiel =
        SearchRequest.builder()
            .query("Quarkstrudel")
            .filter(FacetDimension.CITY, List.of("Kiel"))
            .filter(
                FacetDimension.byApiName("topic").orElseThrow(), List.of("Energie", "Mobilität"))
            .build();
    log.record(inKiel, "203.0.113.1", version());
    log.record(SearchRequest.of("Quarkstrudel"), "203.0.113.1", version());
    List<ZeroResultLog.Entry> entries = log.stillFindingNothing(backend, 10);
    assertEquals(2, entries.size(), "two searches: with and without the filters");
    assertTrue(
        entries.stream()
            .anyMatch(
                e ->
                    e.filters()
                        .equals(
                            Map.of(
                                "city",
                                List.of("Kiel"),
                                "topic",
                                List.of("Energie", "Mobilität")))),
        entries.toString());
    assertTrue(entries.stream().anyMatch(e -> e.filters().isEmpty()), entries.toString());
  }

  @Test
  void whenFullAFloodFromOneAddressReplacesOnlyEntriesOfASingleClient() throws Exception {
    StepClock clock = new StepClock();
    ZeroResultLog log = new ZeroResultLog(5, clock);
    for (String word : List.of("Quarkstrudel", "Zebrastreifenfest", "Kielwasserball")) {
      log.record(SearchRequest.of(word), "203.0.113.1", version());
      log.record(SearchRequest.of(word), "203.0.113.2", version());
      clock.advance(Duration.ofMinutes(1));
    }
    for (int i = 0; i < 4_000; i++) {
      log.record(SearchRequest.of("Werbung " + i), "198.51.100.66", version());
      clock.advance(Duration.ofSeconds(1));
    }
    List<String> queries = listed(log);
    assertEquals(5, queries.size());
    assertEquals(
        List.of("kielwasserball", "zebrastreifenfest", "quarkstrudel"),
        queries.subList(0, 3),
        "the searches of two clients each are all kept, most recent first");
  }

  @Test
  void aVeryLongQueryIsKeptCut() throws Exception {
    ZeroResultLog log = new ZeroResultLog(3, new StepClock());
    log.record(SearchRequest.of("quarkstrudel".repeat(40)), "203.0.113.1", version());
    assertEquals(ZeroResultLog.MAX_QUERY_LENGTH, listed(log).get(0).length());
  }

  @Test
  void aFilterOnlySearchIsNoQuery() throws Exception {
    ZeroResultLog log = new ZeroResultLog(3, new StepClock());
    log.record(
        SearchRequest.builder()
            .query(" ")
            .filter(FacetDimension.CITY, List.of("Kiel"))
            .filter(FacetDimension.byApiName("topic").orElseThrow(), List.of("Energie"))
            .build(),
        "203.0.113.1",
        version());
    assertEquals(List.of(), listed(log));
  }
}
