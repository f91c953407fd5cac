package de.smartcitysearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The curator's log of queries that found nothing: what it keeps, in which order, and what it never keeps. */
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

  @Test
  void spellingsOfOneQueryCountTogetherAndTheMostFrequentComeFirst() {
    StepClock clock = new StepClock();
    ZeroResultLog log = new ZeroResultLog(10, clock);
    log.record("Kielwasser");
    clock.advance(Duration.ofMinutes(1));
    log.record("Quarkstrudel");
    clock.advance(Duration.ofMinutes(1));
    log.record("  KIELWASSER ");
    log.record("kiel\twasser");
    log.record("");
    log.record("   ");

    List<ZeroResultLog.Entry> queries = log.queries();
    // "kiel wasser" (tab collapsed, but still two words) ties with "quarkstrudel" at one, and was seen later
    assertEquals(List.of("kielwasser", "kiel wasser", "quarkstrudel"), queries.stream()
        .map(ZeroResultLog.Entry::query).toList());
    assertEquals(2, queries.get(0).count());
    assertEquals(Instant.parse("2026-01-15T10:02:00Z"), queries.get(0).lastSeen());
    assertEquals(Instant.parse("2026-01-15T10:01:00Z"), queries.get(2).lastSeen());
  }

  @Test
  void whenFullTheRarestAndLongestUnseenQueryMakesRoom() {
    StepClock clock = new StepClock();
    ZeroResultLog log = new ZeroResultLog(3, clock);
    log.record("alt");
    log.record("alt");
    clock.advance(Duration.ofMinutes(1));
    log.record("selten früh");
    clock.advance(Duration.ofMinutes(1));
    log.record("selten spät");
    clock.advance(Duration.ofMinutes(1));
    log.record("neu");

    assertEquals(List.of("alt", "neu", "selten spät"), log.queries().stream().map(ZeroResultLog.Entry::query)
        .toList());
  }

  @Test
  void aVeryLongQueryIsKeptCut() {
    ZeroResultLog log = new ZeroResultLog(3, new StepClock());
    log.record("a".repeat(500));
    assertEquals(ZeroResultLog.MAX_QUERY_LENGTH, log.queries().get(0).query().length());
  }

  @Test
  void theServerLogsOnlyTheTextOfSearchesThatFoundNothing(@TempDir Path dir) throws Exception {
    try (TestServer server = new TestServer(dir, List.of(), null)) {
      assertEquals(0, server.json("/api/zero-results").getAsJsonArray("queries").size());
      search(server, "Quarkstrudel", "X-Forwarded-For", "203.0.113.7");
      search(server, "quarkstrudel", "User-Agent", "Tester/1.0");
      search(server, "Zebrastreifen");
      search(server, "Konferenz"); // found: the two Smart City conferences
      server.get("/api/search?city=Kiel&topic=Energie"); // nothing, but no query text: filters only

      JsonArray queries = server.json("/api/zero-results").getAsJsonArray("queries");
      assertEquals(2, queries.size(), queries.toString());
      JsonObject first = queries.get(0).getAsJsonObject();
      assertEquals("quarkstrudel", first.get("query").getAsString());
      assertEquals(2, first.get("count").getAsInt());
      assertTrue(Instant.parse(first.get("last_seen").getAsString()).isAfter(Instant.now().minusSeconds(60)));
      assertEquals(Set.of("query", "count", "last_seen"), first.keySet(), "nothing about who asked");
      assertEquals("zebrastreifen", queries.get(1).getAsJsonObject().get("query").getAsString());
      assertTrue(!queries.toString().contains("203.0.113.7") && !queries.toString().contains("Tester"));
    }
  }

  @Test
  void theLogIsNeverAnsweredFromAStaleCache(@TempDir Path dir) throws Exception {
    try (TestServer server = new TestServer(dir, List.of(), null)) {
      var before = server.get("/api/zero-results");
      search(server, "Quarkstrudel");
      var after = server.get("/api/zero-results", "If-None-Match",
          before.headers().firstValue("ETag").orElse("\"none\""));
      assertEquals(200, after.statusCode());
      assertTrue(after.body().contains("quarkstrudel"), after.body());
    }
  }

  private static void search(TestServer server, String q, String... headers) throws IOException,
      InterruptedException {
    var answer = server.get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), headers);
    assertEquals(200, answer.statusCode(), answer.body());
  }
}
