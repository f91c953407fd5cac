package de.smartcitysearch.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Parses a file in a child JVM with a heap of its own ({@link ExtractionLimits#parseHeapMb()}): the
 * file is written to a temporary file (owner-only), the child parses it there with Tika and writes
 * the text back, one file per child.
 *
 * <p>A file that needs more memory ends the child with an {@code OutOfMemoryError} (exit code 3)
 * and is refused by name; this process's heap holds only the file's bytes and its text. The time
 * limit ends the child too (an interrupt of the waiting thread, or the limit itself), so a parser
 * looping without output no longer burns a core.
 *
 * <p>Starting a JVM and building Tika's parser takes two to four seconds on two busy cores, so a
 * spare child is started ahead and waits for its file; at most {@link
 * ExtractionLimits#PARALLEL_CHILD_PARSES} children parse at once, whatever the number of uploads,
 * which bounds their memory together. A spare whose parent ends reads the end of its input and
 * exits.
 */
final class ChildParser {

  /** The exit code of a JVM ended by {@code -XX:+ExitOnOutOfMemoryError}. */
  static final int EXIT_OUT_OF_MEMORY = 3;

  private static final Semaphore RUNNING = new Semaphore(ExtractionLimits.PARALLEL_CHILD_PARSES);

  /** The started, waiting child of each command line. */
  private static final ConcurrentHashMap<List<String>, Process> SPARES = new ConcurrentHashMap<>();

  private final int heapMb;
  private final Duration timeout;
  private final List<String> command;

  ChildParser(ExtractionLimits limits) {
    this.heapMb = limits.parseHeapMb();
    this.timeout = limits.timeout();
    this.command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx" + heapMb + "m",
            "-XX:+ExitOnOutOfMemoryError",
            "-XX:+UseSerialGC",
            "-Djava.awt.headless=true",
            "-cp",
            System.getProperty("java.class.path"),
            ChildParserMain.class.getName(),
            Integer.toString(limits.maxChars()));
    SPARES.computeIfAbsent(
        command, c -> start()); // the first upload need not wait for a JVM to start
  }

  /** The file's text, parsed in a child; failures name a reason a user understands. */
  TikaExtractor.TikaText parse(byte[] bytes, String name) throws ExtractionException {
    Path input = null;
    Path output = null;
    Process child = null;
    boolean running = false;
    try {
      long deadline = System.nanoTime() + timeout.toNanos();
      if (!RUNNING.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
        throw new ExtractionException(
            "no parser process became free within the limit of " + readable(timeout));
      }
      running = true;
      input = Files.createTempFile("smartcity-parse-", ".in");
      output = Files.createTempFile("smartcity-parse-", ".out");
      Files.write(input, bytes);
      child = spare();
      ChildParserMain.sendJob(child.getOutputStream(), input, output, name);
      if (!child.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
        throw new ExtractionException(
            "parsing took longer than the limit of " + readable(timeout) + ", abandoned");
      }
      if (child.exitValue() == EXIT_OUT_OF_MEMORY) {
        throw new ExtractionException(
            "needs more than the "
                + heapMb
                + " MB of memory a file may take to parse "
                + "(a compression bomb?)");
      }
      if (child.exitValue() != 0) {
        throw new ExtractionException("the parser process ended with code " + child.exitValue());
      }
      return ChildParserMain.readResult(output);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExtractionException("interrupted", e);
    } catch (IOException e) {
      throw new ExtractionException(
          "cannot be handed to the parser process (" + e.getMessage() + ")", e);
    } finally {
      if (child != null) {
        child.destroyForcibly(); // ended already, unless abandoned
      }
      delete(input);
      delete(output);
      if (running) {
        RUNNING.release();
      }
    }
  }

  /** The waiting child, replaced at once by a new one that starts up while this one parses. */
  private Process spare() throws IOException {
    Process waiting = SPARES.remove(command);
    Process next = start();
    if (SPARES.putIfAbsent(command, next) != null) {
      next.destroyForcibly(); // another thread put one there first
    }
    if (waiting != null && waiting.isAlive()) {
      return waiting;
    }
    Process fresh = start();
    if (fresh == null) {
      throw new IOException("the parser process cannot be started");
    }
    return fresh;
  }

  private Process start() {
    try {
      return new ProcessBuilder(command)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.INHERIT)
          .start();
    } catch (IOException e) {
      return null; // named when a parse needs it
    }
  }

  private static void delete(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // the temporary folder's own clean-up takes it
      }
    }
  }

  private static String readable(Duration d) {
    return d.toMillis() >= 1000 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
