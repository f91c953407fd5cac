package de.smartcitysearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tika runs within its limits: a parse over the time limit is abandoned and the extractor goes on. */
class TikaExtractorTest {

  @TempDir Path dir;

  @Test
  void aParseOverTheTimeLimitIsAbandonedWithAReason() throws Exception {
    byte[] pdf = Files.readAllBytes(TestFiles.pdf(dir.resolve("a.pdf"), null, "Ratssitzung am Montag"));
    ExtractionLimits noTime = new ExtractionLimits(1 << 20, 10_000, Duration.ofNanos(1));
    try (TikaExtractor tika = new TikaExtractor(noTime)) {
      ExtractionException e = assertThrows(ExtractionException.class, () -> tika.extract(pdf, "a.pdf"));
      assertEquals("parsing took longer than the limit of 0 ms, abandoned", e.getMessage());
    }
  }

  @Test
  void theExtractorKeepsWorkingAfterAFailure() throws Exception {
    byte[] pdf = Files.readAllBytes(TestFiles.pdf(dir.resolve("b.pdf"), null, "Ratssitzung am Montag"));
    try (TikaExtractor tika = new TikaExtractor(ExtractionLimits.DEFAULTS)) {
      assertThrows(ExtractionException.class, () -> tika.extract("%PDF-1.4 kaputt".getBytes(), "kaputt.pdf"));
      assertTrue(tika.extract(pdf, "b.pdf").text().contains("Ratssitzung am Montag"));
    }
  }
}
