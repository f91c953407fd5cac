package de.smartcitysearch.cluster;

import de.smartcitysearch.index.EventStore;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A search cluster the command line can keep the events in instead of the embedded index: found on
 * the class path (the {@code opensearch-backend} module provides OpenSearch's), so that the query
 * core and the command line do not depend on a cluster's client.
 */
public interface SearchCluster {

  /** The first cluster on the class path, or empty when the installation has none. */
  static Optional<SearchCluster> installed() {
    return ServiceLoader.load(SearchCluster.class).findFirst();
  }

  /**
   * What an indexing run writes to: the index {@code index} of the cluster at {@code urls}, created
   * from the product's index template when it does not exist yet. Nothing is contacted before the
   * run opens the store.
   *
   * @param urls one or more node URLs separated by commas
   * @param shards primary shards of a new index (an existing index keeps its shape)
   * @param replicas copies of each primary on other nodes, for a new index
   * @param notices hears of what a user should know during the run, e.g. a request sent again after
   *     a refusal
   * @throws IllegalArgumentException for a malformed URL, index name or shape, naming what is
   *     expected
   */
  EventStore.Opener store(String urls, String index, int shards, int replicas, Notices notices);

  /** Receives notices for the user, one line each. */
  @FunctionalInterface
  interface Notices {
    void notice(String line);
  }
}
