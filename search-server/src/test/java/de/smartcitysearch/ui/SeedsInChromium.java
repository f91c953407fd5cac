package de.smartcitysearch.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.smartcitysearch.cli.SeedServer;
import de.smartcitysearch.document.EventDocument;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture of the browser tests that drive the served seed pages: the seed index served on a
 * loopback port, one Chromium for the class, the stored documents to hold counts against, and no
 * console error after any test.
 */
abstract class SeedsInChromium {

  @TempDir static Path index;
  static SeedServer seeds;
  static Chromium browser;
  static List<EventDocument> documents;

  @BeforeAll
  static void start() throws Exception {
    browser = Chromium.start();
    seeds = SeedServer.start(index);
    documents = seeds.documents();
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (seeds != null) {
      seeds.close();
    }
  }

  @AfterEach
  void theBrowserReportedNoErrors() {
    browser.resize(1280, 900);
    List<String> errors =
        browser.browserLog().stream().filter(line -> line.startsWith("SEVERE")).toList();
    assertEquals(List.of(), errors, "console errors (CSP violations included)");
  }
}
