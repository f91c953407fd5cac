package de.smartcitysearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tika within its character limit: a failure is named, and the extractor goes on with the next
 * file.
 */
class TikaExtractorTest {

  @TempDir Path dir;

  @Test
  void theExtractorKeepsWorkingAfterAFailure() throws Exception {
    byte[] pdf =
        Files.readAllBytes(TestFiles.pdf(dir.resolve("b.pdf"), null, "Ratssitzung am Montag"));
    TikaExtractor tika = new TikaExtractor(ExtractionLimits.DEFAULT_MAX_CHARS);
    ExtractionException broken =
        assertThrows(
            ExtractionException.class,
            () -> tika.extract("%PDF-1.4 kaputt".getBytes(), "kaputt.pdf"));
    assertTrue(broken.getMessage().startsWith("cannot be parsed ("), broken.getMessage());
    assertTrue(tika.extract(pdf, "b.pdf").text().contains("Ratssitzung am Montag"));
  }

  @Test
  void anInterruptedParseEndsWithoutText() throws Exception {
    byte[] pdf =
        Files.readAllBytes(TestFiles.pdf(dir.resolve("c.pdf"), null, "Ratssitzung am Montag"));
    TikaExtractor tika = new TikaExtractor(ExtractionLimits.DEFAULT_MAX_CHARS);
    Thread.currentThread().interrupt(); // as the time limit does to an abandoned parse
    try {
      ExtractionException e =
          assertThrows(ExtractionException.class, () -> tika.extract(pdf, "c.pdf"));
      assertEquals("interrupted", e.getMessage());
    } finally {
      Thread.interrupted();
    }
  }
}
