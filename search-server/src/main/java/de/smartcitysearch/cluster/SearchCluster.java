package de.smartcitysearch.cluster;

import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.index.EventStore;
import de.smartcitysearch.search.PlaceLexicon;
import de.smartcitysearch.search.SearchBackend;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
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

  /**
   * The query core over the index {@code index} of the cluster at {@code urls}, for {@code serve}:
   * the same search, facets, suggestions and curator counts as over the embedded index. Closing it
   * closes the connection. Nothing is contacted before the first query.
   *
   * @param places which words name cities, before the venue cities of the index
   * @param topics the topic taxonomy's labels
   * @param clock decides what is upcoming
   * @throws IllegalArgumentException for a malformed URL or index name, naming what is expected
   */
  ServedCluster serve(
      String urls,
      String index,
      EventSchema schema,
      PlaceLexicon places,
      List<String> topics,
      Clock clock);

  /** A cluster's index served: the query core over it, and the connection to close. */
  interface ServedCluster extends AutoCloseable {
    SearchBackend backend();

    @Override
    void close() throws IOException;
  }

  /** Receives notices for the user, one line each. */
  @FunctionalInterface
  interface Notices {
    void notice(String line);
  }
}
