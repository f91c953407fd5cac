package de.smartcitysearch.opensearch.index;

import java.time.Duration;

/**
 * How the writer sends documents to the cluster (how often it tries again is the connection's
 * {@link de.smartcitysearch.opensearch.client.RetryPolicy}).
 *
 * @param batchDocuments documents per bulk request
 * @param shardTimeout how long the cluster itself holds a write that waits for unavailable shards
 *     or a retryable block (a full disk) before it answers 503 or 429, which the writer then
 *     retries
 */
public record BulkWriteOptions(int batchDocuments, Duration shardTimeout) {

  /** 500 documents a request, 30 s for shards to come back. */
  public static final BulkWriteOptions DEFAULTS = new BulkWriteOptions(500, Duration.ofSeconds(30));

  public BulkWriteOptions {
    if (batchDocuments < 1) {
      throw new IllegalArgumentException(
          "batchDocuments must be at least 1, not " + batchDocuments);
    }
    if (shardTimeout.isNegative() || shardTimeout.isZero()) {
      throw new IllegalArgumentException("the shard timeout must be positive");
    }
  }
}
