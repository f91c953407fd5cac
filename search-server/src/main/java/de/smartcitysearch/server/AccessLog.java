package de.smartcitysearch.server;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import spark.Service;

/**
 * The access log: one line per request (method, path, query, status, milliseconds), written by one
 * background thread.
 *
 * <p>The logger writes each line to stderr under a lock; with 32 concurrent searches on two cores,
 * request threads queued for that lock (JFR: 804 waits of 10 ms or more in 2,326 requests).
 * Requests now only hand the line over; when the hand-over queue is full the line is dropped and
 * counted, never waited for.
 */
final class AccessLog implements HttpFeature, AutoCloseable {

  private static final Logger ACCESS = LoggerFactory.getLogger("access");
  private static final int QUEUED_LINES = 10_000;

  private final AtomicLong dropped = new AtomicLong();
  private final ThreadPoolExecutor writer =
      new ThreadPoolExecutor(
          1,
          1,
          0,
          TimeUnit.SECONDS,
          new ArrayBlockingQueue<>(QUEUED_LINES),
          r -> {
            Thread t = new Thread(r, "access-log");
            t.setDaemon(true);
            return t;
          },
          (line, executor) -> dropped.incrementAndGet());

  /** After every request, whatever it answered. */
  @Override
  public void register(Service http) {
    http.afterAfter(
        (req, res) -> {
          Long start = req.attribute(CommonHeaders.START);
          long micros = start == null ? 0 : (System.nanoTime() - start) / 1000;
          // a client that puts its admin key into the URL must not get it written to the log
          boolean showQuery = req.queryString() != null && !Cors.isAdmin(req.uri());
          request(
              req.requestMethod(),
              req.uri(),
              showQuery ? req.queryString() : null,
              res.status(),
              micros / 1000.0);
        });
  }

  /** Logs one request; {@code query} is null when the query string must not be shown. */
  void request(String method, String path, String query, int status, double millis) {
    writer.execute(
        () -> {
          long lost = dropped.getAndSet(0);
          if (lost > 0) {
            ACCESS.warn("{} access log lines dropped: the log could not keep up", lost);
          }
          ACCESS.info(
              "{} {}{} {} {} ms", method, path, query == null ? "" : "?" + query, status, millis);
        });
  }

  /** Writes what is queued, then stops the writer. */
  @Override
  public void close() {
    writer.shutdown();
    try {
      writer.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
