package de.smartcitysearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large answers (every browse lists 6,000 topic values, some 430,000 characters of JSON) on a real
 * server: the kept answers hold no more heap than the byte budget allows, where the same searches
 * with a budget large enough for all of them hold several times as much (measured 71 MB for 100
 * answers; the cache empties when full, so what the bounded one holds at the end lies anywhere
 * between nothing and the budget).
 */
class AnswerCacheMemoryTest {

  private static final int DOCUMENTS = 120;
  private static final int TOPICS_PER_DOCUMENT = 50;
  private static final int SEARCHES = 100;
  private static final long SMALL_BUDGET = 16L << 20;

  @Test
  void manyLargeAnswersHoldNoMoreHeapThanTheBudget(@TempDir Path small, @TempDir Path large)
      throws Exception {
    long heldWithBudget = heldAfterSearches(small, SMALL_BUDGET);
    long heldWithoutBound = heldAfterSearches(large, 512L << 20);
    System.out.printf(
        "answer cache: %.1f MB held with a 16 MB budget, %.1f MB with room for all answers%n",
        heldWithBudget / 1048576.0, heldWithoutBound / 1048576.0);
    assertTrue(
        heldWithoutBound > 3 * SMALL_BUDGET,
        "the measurement sees the answers: " + heldWithoutBound);
    assertTrue(heldWithBudget < SMALL_BUDGET + (4L << 20), "held " + heldWithBudget + " bytes");
  }

  /** Heap after a full GC, after the searches, less the heap before them. */
  private static long heldAfterSearches(Path dir, long budget) throws Exception {
    ServerConfig config =
        new ServerConfig("127.0.0.1", 0, List.of(), TestServer.ADMIN_KEY)
            .withRateLimit(ServerConfig.RateLimit.OFF)
            .withCachedAnswers(256)
            .withCachedAnswerBytes(budget);
    try (TestServer server = new TestServer(dir, config)) {
      for (int d = 0; d < DOCUMENTS; d++) {
        List<String> topics = new ArrayList<>();
        for (int t = 0; t < TOPICS_PER_DOCUMENT; t++) {
          topics.add("\"Themenfeld " + d + "-" + t + " Quartiersentwicklung\"");
        }
        HttpResponse<String> added =
            server.send(
                HttpRequest.newBuilder(server.uri("/api/documents"))
                    .header("Authorization", "Bearer " + TestServer.ADMIN_KEY)
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"id\":\"viele-themen-"
                                + d
                                + "\",\"title\":\"Themenabend "
                                + d
                                + "\",\"topics\":["
                                + String.join(",", topics)
                                + "]}")));
        assertEquals(201, added.statusCode(), added.body());
      }
      server.json("/api/search?size=1"); // the facets of the final index, read once
      long before = heapAfterGc();
      for (int i = 0; i < SEARCHES; i++) {
        HttpResponse<String> answer =
            server.get("/api/search?size=" + (1 + i % 25) + "&page=" + (1 + i / 25));
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().length() > 200_000, "a large answer: " + answer.body().length());
      }
      return heapAfterGc() - before;
    }
  }

  private static long heapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
