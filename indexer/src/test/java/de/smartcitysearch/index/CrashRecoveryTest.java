package de.smartcitysearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.testing.IndexRun;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The indexer killed with SIGKILL at random moments while it rewrites a few thousand documents:
 * each time the index opens, is sound, and holds the documents of exactly one completed commit; a
 * last run completes them all.
 */
class CrashRecoveryTest {

  private static final int DOCUMENTS = 3_000;
  private static final int KILLS = 10;

  /** At most this many runs to reach {@link #KILLS} kills before their end. */
  private static final int MAX_RUNS = 3 * KILLS;

  private static final long SEED = Long.getLong("crash.seed", 7_2026L);
  private static final Pattern EDITION = Pattern.compile("Fassung (\\d+)$");

  @TempDir Path tmp;

  @Test
  void aKilledRunLeavesTheLastCommitIntactAndARerunCompletesIt() throws Exception {
    Path index = tmp.resolve("index");
    Path input = tmp.resolve("events.jsonl");
    SplittableRandom random = new SplittableRandom(SEED);

    writeEdition(input, 0);
    long start = System.nanoTime();
    assertEquals(0, run(index, input, Long.MAX_VALUE), "the first, undisturbed run completes");
    long fullRunMillis = (System.nanoTime() - start) / 1_000_000;
    int committed = 0;
    assertEquals(Set.of(0), editions(index));

    // a kill lands at a random moment before the fastest complete run seen so far: a run that
    // ends first (the machine got quicker) narrows the window, so kills keep landing mid-run
    long window = fullRunMillis;
    int killedBeforeTheEnd = 0;
    int edition = 0;
    while (killedBeforeTheEnd < KILLS && edition < MAX_RUNS) {
      edition++;
      writeEdition(input, edition); // every document changes, so the run has all of them to rewrite
      long killAfter = random.nextLong(window);
      long runStart = System.nanoTime();
      int exit = run(index, input, killAfter);
      if (exit == 0) {
        committed = edition; // the run ended before the kill
        window = Math.max(1, Math.min(window, (System.nanoTime() - runStart) / 1_000_000));
      } else {
        killedBeforeTheEnd++;
      }
      Set<Integer> found = editions(index);
      assertEquals(
          1,
          found.size(),
          "after kill " + edition + " (" + killAfter + " ms) the index mixes editions " + found);
      int edition0 = found.iterator().next();
      assertTrue(
          edition0 == committed || edition0 == edition,
          "after kill "
              + edition
              + " the index holds edition "
              + edition0
              + ", the last completed was "
              + committed);
      committed = edition0; // the commit may have completed just before the kill
    }
    System.out.printf(
        "crash test: full run %d ms, %d of %d runs killed before their end (seed %d)%n",
        fullRunMillis, killedBeforeTheEnd, edition, SEED);
    assertEquals(
        KILLS,
        killedBeforeTheEnd,
        "runs really killed before their end, of " + edition + " started");

    assertEquals(0, run(index, input, Long.MAX_VALUE));
    assertEquals(Set.of(edition), editions(index), "the re-run completes the last edition");
  }

  /**
   * Runs the indexer in a child JVM, killing it with SIGKILL after the given time; its exit code.
   */
  private static int run(Path index, Path input, long killAfterMillis) throws Exception {
    Process child =
        new ProcessBuilder(IndexRun.command("256m", index, 60, input))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    long wait = killAfterMillis == Long.MAX_VALUE ? TimeUnit.MINUTES.toMillis(2) : killAfterMillis;
    if (!child.waitFor(wait, TimeUnit.MILLISECONDS)) {
      child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally block runs
    }
    return child.waitFor();
  }

  /**
   * Checks the index with CheckIndex, that every id occurs once and all documents are there, and
   * returns the editions found in the titles; an index without any commit yet is an empty set.
   */
  private static Set<Integer> editions(Path index) throws IOException {
    try (FSDirectory dir = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(dir)) {
        return Set.of();
      }
      try (CheckIndex check = new CheckIndex(dir)) {
        check.setInfoStream(new PrintStream(OutputStream.nullOutputStream()));
        assertTrue(check.checkIndex().clean, "CheckIndex finds problems");
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        Set<String> ids = new HashSet<>();
        Set<Integer> editions = new TreeSet<>();
        StoredFields stored = reader.storedFields();
        for (int i = 0; i < reader.maxDoc(); i++) {
          var doc = stored.document(i);
          assertTrue(
              ids.add(doc.get(EventSchema.ID)), "id " + doc.get(EventSchema.ID) + " occurs twice");
          Matcher m = EDITION.matcher(doc.get(EventSchema.TITLE));
          assertTrue(m.find(), doc.get(EventSchema.TITLE));
          editions.add(Integer.parseInt(m.group(1)));
        }
        assertEquals(DOCUMENTS, reader.numDocs(), "documents of the commit");
        assertEquals(DOCUMENTS, ids.size());
        return editions;
      }
    }
  }

  private static void writeEdition(Path file, int edition) throws IOException {
    try (Writer out = Files.newBufferedWriter(file)) {
      for (int i = 0; i < DOCUMENTS; i++) {
        out.write(
            "{\"id\":\"ev-"
                + i
                + "\",\"title\":\"Werkstatt "
                + i
                + " Fassung "
                + edition
                + "\",\"text\":\""
                + "Offene Daten und digitale Beteiligung in der Stadt, Termin "
                + i
                + " der Reihe, Fassung "
                + edition
                + ".\",\"start\":\"2026-0"
                + (1 + i % 9)
                + "-1"
                + (i % 9)
                + "\"}\n");
      }
    }
  }
}
