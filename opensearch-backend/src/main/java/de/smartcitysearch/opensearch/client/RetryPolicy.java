package de.smartcitysearch.opensearch.client;

import java.time.Duration;

/**
 * How often a request to the cluster is sent again after a transient refusal (429, 502, 503, 504)
 * or a lost connection, and how long to wait in between.
 *
 * @param maxAttempts attempts per request before giving up; 1 = no retry
 * @param firstBackoff wait before the second attempt; doubled for each further one
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff) {

  /** 5 attempts from 200 ms on (about 6 s in all): what a write waits for a node to come back. */
  public static final RetryPolicy WRITES = new RetryPolicy(5, Duration.ofMillis(200));

  /**
   * 3 attempts from 100 ms on: a visitor's search does not wait long, a replica answers meanwhile.
   */
  public static final RetryPolicy SEARCHES = new RetryPolicy(3, Duration.ofMillis(100));

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
    }
    if (firstBackoff.isNegative()) {
      throw new IllegalArgumentException("the backoff must not be negative");
    }
  }

  /** The wait before attempt {@code attempt} (2, 3, ...). */
  Duration backoffBefore(int attempt) {
    return firstBackoff.multipliedBy(1L << Math.min(attempt - 2, 16));
  }

  /**
   * True for the statuses a later attempt may get past: too many requests, a gateway or node not
   * available.
   */
  public static boolean isTransient(int status) {
    return status == 429 || status == 502 || status == 503 || status == 504;
  }
}
