package de.smartcitysearch.index;

import de.smartcitysearch.extract.ExtractionException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The time limit of one source: its extraction and enrichment run on a thread of their own, which
 * is abandoned (interrupted, its result dropped) when the limit passes, so that one slow file never
 * holds up a run or an upload.
 *
 * <p>Tika's parse ends at its next SAX event after the interrupt; enrichment has no such point and
 * runs to its end on the abandoned thread (it is linear in the text, which the character limit
 * bounds), but nobody waits for it.
 */
final class TimeLimit implements AutoCloseable {

  /** The name of the threads the limited work runs on. */
  static final String THREAD_NAME = "extract-enrich";

  private final Duration limit;
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, THREAD_NAME);
            thread.setDaemon(true);
            return thread;
          });

  TimeLimit(Duration limit) {
    this.limit = limit;
  }

  /**
   * The work's result, or an {@link ExtractionException} saying the limit passed. An {@link
   * ExtractionException} or runtime exception of the work is rethrown as it is, and so is an error
   * (a run must not go on after one).
   */
  <T> T call(Callable<T> work) throws ExtractionException {
    Future<T> result = threads.submit(work);
    try {
      return result.get(limit.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      throw new ExtractionException(
          "extraction and enrichment took longer than the limit of "
              + readable(limit)
              + ", abandoned");
    } catch (InterruptedException e) {
      result.cancel(true);
      Thread.currentThread().interrupt();
      throw new ExtractionException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ExtractionException extraction) {
        throw extraction;
      } else if (cause instanceof RuntimeException runtime) {
        throw runtime;
      } else if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static String readable(Duration d) {
    return d.toMillis() >= 1000 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }
}
