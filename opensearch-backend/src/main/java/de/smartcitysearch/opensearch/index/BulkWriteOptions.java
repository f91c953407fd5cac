package de.smartcitysearch.opensearch.index;

import java.time.Duration;

/**
 * How the writer talks to the cluster.
 *
 * @param batchDocuments documents per bulk request
 * @param maxAttempts attempts per request (and per rejected document) before giving up; 1 = no retry
 * @param firstBackoff wait before the second attempt; doubled for each further one
 * @param shardTimeout how long the cluster itself holds a write that waits for unavailable shards or a retryable
 *     block (a full disk) before it answers 503 or 429, which the writer then retries
 */
public record BulkWriteOptions(int batchDocuments, int maxAttempts, Duration firstBackoff, Duration shardTimeout) {

  /** 500 documents a request, 5 attempts from 200 ms on (about 6 s in all), 30 s for shards to come back. */
  public static final BulkWriteOptions DEFAULTS = new BulkWriteOptions(500, 5, Duration.ofMillis(200), Duration.ofSeconds(30));

  public BulkWriteOptions {
    if (batchDocuments < 1 || maxAttempts < 1) {
      throw new IllegalArgumentException("batchDocuments and maxAttempts must be at least 1");
    }
    if (firstBackoff.isNegative() || shardTimeout.isNegative() || shardTimeout.isZero()) {
      throw new IllegalArgumentException("backoff must not be negative and the shard timeout must be positive");
    }
  }

  /** The wait before attempt {@code attempt} (2, 3, ...). */
  Duration backoffBefore(int attempt) {
    return firstBackoff.multipliedBy(1L << Math.min(attempt - 2, 16));
  }
}
