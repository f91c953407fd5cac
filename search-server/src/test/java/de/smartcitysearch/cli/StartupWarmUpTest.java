package de.smartcitysearch.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tika is built at start-up only for an input folder that has a file only Tika reads. */
class StartupWarmUpTest {

  @TempDir Path dir;

  @Test
  void textDumpsAloneNeedNoTika() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Kongress in Kiel");
    Files.writeString(dir.resolve("notes.md"), "not an input");
    assertFalse(StartupWarmUp.hasFileForTika(dir));
    assertFalse(StartupWarmUp.hasFileForTika(dir.resolve("missing")));
  }

  @Test
  void anHtmlOrPdfFileAnywhereInTheFolderNeedsTika() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Kongress in Kiel");
    Path deep = Files.createDirectories(dir.resolve("2026/mai"));
    Files.writeString(deep.resolve("Einladung.PDF"), "%PDF-1.4");
    assertTrue(StartupWarmUp.hasFileForTika(dir));
  }
}
