package de.smartcitysearch.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A parse that runs over the time limit is reported and does not keep running in the background. */
class TikaTimeLimitTest {

  @Test
  void anAbandonedParseStopsInsteadOfBurningCpuInTheBackground() throws Exception {
    String html = "<html><body>" + "<p>Smart City Werkstatt in Jena</p>".repeat(200_000) + "</body></html>";
    ExtractionLimits oneMillisecond = new ExtractionLimits(50L << 20, 20_000_000, Duration.ofMillis(1));
    try (TikaExtractor tika = new TikaExtractor(oneMillisecond)) {
      ExtractionException e = assertThrows(ExtractionException.class,
          () -> tika.extract(html.getBytes(StandardCharsets.UTF_8), "long.html"));
      assertTrue(e.getMessage().contains("longer than the limit"), e.getMessage());
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (parseThreadAlive() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertFalse(parseThreadAlive(), "the abandoned tika-extract thread is still running");
    }
  }

  private static boolean parseThreadAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().equals("tika-extract") && t.isAlive());
  }
}
