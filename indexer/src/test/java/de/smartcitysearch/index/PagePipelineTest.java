package de.smartcitysearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.enrich.EventEnricher;
import de.smartcitysearch.extract.ExtractionException;
import de.smartcitysearch.extract.ExtractionLimits;
import de.smartcitysearch.extract.InputOptions;
import de.smartcitysearch.extract.InputReader;
import de.smartcitysearch.extract.SourceItem;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The per-source time limit covers extraction and enrichment together, and what it abandons stops.
 */
class PagePipelineTest {

  private static final InputReader READER =
      new InputReader(
          new InputOptions(
              new ExtractionLimits(50L << 20, 20_000_000, Duration.ofSeconds(60)), null));

  @Test
  void anAbandonedParseStopsInsteadOfBurningCpuInTheBackground() throws Exception {
    String html =
        "<html><body>" + "<p>Smart City Werkstatt in Jena</p>".repeat(200_000) + "</body></html>";
    SourceItem item =
        READER.file(html.getBytes(StandardCharsets.UTF_8), "long.html", "upload/long.html");
    PagePipeline pipeline = new PagePipeline(EventEnricher.withDefaults(), Duration.ofMillis(1));
    try {
      ExtractionException e = assertThrows(ExtractionException.class, () -> pipeline.prepare(item));
      assertEquals(
          "extraction and enrichment took longer than the limit of 1 ms, abandoned",
          e.getMessage());
    } finally {
      pipeline.close();
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (limitedThreadAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertFalse(
        limitedThreadAlive(),
        "the abandoned " + TimeLimit.THREAD_NAME + " thread is still running");
  }

  @Test
  void enrichmentOverTheLimitIsAbandonedLikeAParse() throws Exception {
    SourceItem item = READER.record("{\"id\":\"zaeh\",\"title\":\"Zähe Anreicherung\"}", "api");
    try (PagePipeline pipeline =
        new PagePipeline(
            page -> {
              long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
              while (System.nanoTime() < end && !Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait(); // an enrichment that takes its time
              }
              throw new IllegalStateException("abandoned");
            },
            Duration.ofMillis(300))) {
      long start = System.nanoTime();
      ExtractionException e = assertThrows(ExtractionException.class, () -> pipeline.prepare(item));
      assertTrue(e.getMessage().contains("longer than the limit of 300 ms"), e.getMessage());
      assertTrue(
          System.nanoTime() - start < Duration.ofSeconds(10).toNanos(),
          "the limit, not the enrichment, ended it");
    }
  }

  private static boolean limitedThreadAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().equals(TimeLimit.THREAD_NAME) && t.isAlive());
  }
}
