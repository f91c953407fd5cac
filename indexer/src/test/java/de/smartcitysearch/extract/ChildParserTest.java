package de.smartcitysearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.testing.HostileFiles;
import de.smartcitysearch.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files parsed in a child JVM with a heap of its own: the same text as in this process, and a file
 * that needs more memory than the child has, or more time than the limit, refused by name while
 * this process goes on.
 */
class ChildParserTest {

  private static final ExtractionLimits IN_CHILD =
      new ExtractionLimits(50L << 20, 2_000_000, Duration.ofSeconds(60), 128);

  @TempDir Path dir;

  @Test
  void aChildReadsTheSameTextAsThisProcess() throws Exception {
    TikaExtractor child = new TikaExtractor(IN_CHILD);
    TikaExtractor here = new TikaExtractor(ExtractionLimits.DEFAULT_MAX_CHARS);
    for (Path file :
        new Path[] {
          TestFiles.pdf(
              dir.resolve("a.pdf"),
              "Ratssitzung",
              "Ratssitzung am Montag",
              "Tagesordnung: Datenplattform"),
          TestFiles.docx(
              dir.resolve("b.docx"), "Werkstatt Quartiersentwicklung", "in Halle an der Saale"),
          TestFiles.odt(dir.resolve("c.odt"), "Bürgerforum Mobilität")
        }) {
      byte[] bytes = Files.readAllBytes(file);
      String name = file.getFileName().toString();
      TikaExtractor.TikaText parsed = child.extract(bytes, name);
      assertEquals(here.extract(bytes, name).text(), parsed.text(), name);
      assertEquals(here.extract(bytes, name).title(), parsed.title(), name);
    }
    ExtractionException encrypted =
        assertThrows(
            ExtractionException.class,
            () ->
                child.extract(
                    Files.readAllBytes(TestFiles.encryptedPdf(dir.resolve("e.pdf"), "Geheim")),
                    "e.pdf"));
    assertTrue(encrypted.getMessage().contains("encrypted"), encrypted.getMessage());
  }

  @Test
  void aFlateBombEndsTheChildNotThisProcess() throws Exception {
    byte[] bomb = Files.readAllBytes(HostileFiles.flateBombPdf(dir.resolve("bomb.pdf"), 256));
    TikaExtractor child = new TikaExtractor(IN_CHILD);
    long heapBefore = usedHeap();
    ExtractionException refused =
        assertThrows(ExtractionException.class, () -> child.extract(bomb, "bomb.pdf"));
    assertEquals(
        "needs more than the 128 MB of memory a file may take to parse (a compression bomb?)",
        refused.getMessage());
    assertTrue(usedHeap() - heapBefore < 64L << 20, "this process's heap barely moved");
    TikaExtractor.TikaText next =
        child.extract(
            Files.readAllBytes(
                TestFiles.pdf(dir.resolve("ok.pdf"), null, "Ratssitzung am Dienstag")),
            "ok.pdf");
    assertTrue(
        next.text().contains("Ratssitzung am Dienstag"), "the next file is parsed as before");
  }

  @Test
  void theTimeLimitEndsTheChild() throws Exception {
    byte[] bomb = Files.readAllBytes(HostileFiles.flateBombPdf(dir.resolve("slow.pdf"), 64));
    // a heap large enough for the bomb's 64 MB, a limit too short for it
    TikaExtractor child =
        new TikaExtractor(new ExtractionLimits(50L << 20, 2_000_000, Duration.ofMillis(500), 2048));
    long start = System.nanoTime();
    ExtractionException late =
        assertThrows(ExtractionException.class, () -> child.extract(bomb, "slow.pdf"));
    assertTrue(
        late.getMessage().startsWith("parsing took longer than the limit"), late.getMessage());
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10);
    assertEquals(
        1, children("-Xmx2048m"), "the child was ended, not left parsing: only the spare waits");
  }

  @Test
  void anInterruptEndsTheChild() throws Exception {
    byte[] bomb = Files.readAllBytes(HostileFiles.flateBombPdf(dir.resolve("slow.pdf"), 64));
    TikaExtractor child =
        new TikaExtractor(new ExtractionLimits(50L << 20, 2_000_000, Duration.ofSeconds(60), 2048));
    CompletableFuture<Thread> parsing = new CompletableFuture<>();
    CompletableFuture<Object> result =
        CompletableFuture.supplyAsync(
            () -> {
              parsing.complete(Thread.currentThread());
              try {
                return child.extract(bomb, "slow.pdf");
              } catch (ExtractionException e) {
                return e;
              }
            });
    Thread.sleep(1_500);
    parsing.get().interrupt(); // as the per-file time limit does
    Object outcome;
    try {
      outcome = result.get();
    } catch (ExecutionException e) {
      outcome = e.getCause();
    }
    assertTrue(
        outcome instanceof ExtractionException e && e.getMessage().equals("interrupted"),
        outcome.toString());
    assertEquals(1, children("-Xmx2048m"), "only the spare waits");
  }

  /**
   * Child parsers of this JVM with this heap flag: the one spare, and any still parsing. Read from
   * {@code /proc/<pid>/cmdline}: the JDK gives no arguments for command lines as long as a test
   * class path.
   */
  private static long children(String heapFlag) throws InterruptedException {
    Thread.sleep(300); // a destroyed process takes a moment to go
    return ProcessHandle.current()
        .children()
        .filter(ProcessHandle::isAlive)
        .filter(
            p -> {
              try {
                List<String> arguments =
                    List.of(
                        Files.readString(Path.of("/proc", Long.toString(p.pid()), "cmdline"))
                            .split("\0"));
                return arguments.contains(heapFlag)
                    && arguments.contains(ChildParserMain.class.getName());
              } catch (java.io.IOException gone) {
                return false;
              }
            })
        .count();
  }

  private static long usedHeap() throws InterruptedException {
    System.gc();
    Thread.sleep(100);
    return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
  }
}
