package de.smartcitysearch.server;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * A deadline for request headers (slowloris): a connection whose request has begun but whose
 * headers are not complete after the header timeout is answered 408 and closed. The idle timeout
 * alone cannot do this, because each trickled byte resets it; Jetty has no header timeout of its
 * own.
 *
 * <p>Every second (or sooner for short timeouts) the connector's open connections are looked at: a
 * request whose parser has left its start but not its headers is "reading headers" since the first
 * sweep that saw it so, so the deadline is kept to within one sweep. Jetty's {@code HttpConnection}
 * is internal API; its parser's state is read without a lock, which at worst delays a decision to
 * the next sweep.
 */
final class HeaderDeadline implements Runnable {

  private final AbstractConnector connector;
  private final long timeoutNanos;
  private final long sweepMillis;
  private final String message;

  /** Connections reading headers, and since when (nanoTime); touched only by the sweep. */
  private Map<Connection, Long> reading = new HashMap<>();

  HeaderDeadline(AbstractConnector connector, Duration timeout) {
    this.connector = connector;
    this.timeoutNanos = timeout.toNanos();
    this.sweepMillis = Math.max(50, Math.min(1_000, timeout.toMillis() / 4));
    this.message =
        "the request headers did not arrive within "
            + (timeout.toMillis() % 1000 == 0
                ? timeout.toSeconds() + " s"
                : timeout.toMillis() + " ms");
  }

  /** Starts sweeping once the connector runs; the sweeps end with it. */
  void start() {
    connector.getScheduler().schedule(this, sweepMillis, TimeUnit.MILLISECONDS);
  }

  @Override
  public void run() {
    if (!connector.isRunning()) {
      return;
    }
    try {
      sweep(System.nanoTime());
    } finally {
      if (connector.isRunning()) {
        connector.getScheduler().schedule(this, sweepMillis, TimeUnit.MILLISECONDS);
      }
    }
  }

  private void sweep(long now) {
    Map<Connection, Long> next = new HashMap<>();
    for (EndPoint endPoint : connector.getConnectedEndPoints()) {
      if (!(endPoint.getConnection() instanceof HttpConnection http)
          || !readingHeaders(http.getParser())) {
        continue;
      }
      long since = reading.getOrDefault(http, now);
      if (now - since > timeoutNanos) {
        RawAnswer.sendAndClose(endPoint, 408, "request_timeout", message);
      } else {
        next.put(http, since);
      }
    }
    reading = next;
  }

  private static boolean readingHeaders(HttpParser parser) {
    return parser.inHeaderState() && !parser.isStart();
  }
}
