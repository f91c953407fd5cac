package de.smartcitysearch.opensearch.index;

/**
 * How an event index is spread over the cluster.
 *
 * @param shards primary shards (fixed once the index exists)
 * @param replicas copies of each primary on other nodes (0 on a single node)
 */
public record IndexShape(int shards, int replicas) {

  /** One primary and one replica: enough for the event pages of a programme, survives one node. */
  public static final IndexShape DEFAULT = new IndexShape(1, 1);

  public IndexShape {
    if (shards < 1) {
      throw new IllegalArgumentException("an index needs at least 1 shard, not " + shards);
    }
    if (replicas < 0) {
      throw new IllegalArgumentException("replicas must not be negative, not " + replicas);
    }
  }
}
