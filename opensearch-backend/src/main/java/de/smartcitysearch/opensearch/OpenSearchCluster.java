package de.smartcitysearch.opensearch;

import de.smartcitysearch.cluster.SearchCluster;
import de.smartcitysearch.index.EventStore;
import de.smartcitysearch.opensearch.client.OpenSearchConnection;
import de.smartcitysearch.opensearch.client.RetryPolicy;
import de.smartcitysearch.opensearch.index.BulkWriteOptions;
import de.smartcitysearch.opensearch.index.IndexShape;
import de.smartcitysearch.opensearch.index.OpenSearchEventWriter;

/**
 * OpenSearch as the command line's {@link SearchCluster}: {@code index --opensearch URL
 * --index-name NAME} writes through an {@link OpenSearchEventWriter}, creating the index from the
 * product's template when it is missing.
 */
public final class OpenSearchCluster implements SearchCluster {

  @Override
  public EventStore.Opener store(
      String urls, String index, int shards, int replicas, Notices notices) {
    OpenSearchConnection.nodeUrls(
        urls); // a bad argument is reported before the run reads any input
    OpenSearchConnection.requireIndexName(index);
    IndexShape shape = new IndexShape(shards, replicas);
    return () -> {
      OpenSearchEventWriter writer =
          OpenSearchEventWriter.connect(urls, index, BulkWriteOptions.DEFAULTS, RetryPolicy.WRITES);
      writer
          .connection()
          .onRetry(
              (what, attempt, reason) ->
                  notices.notice(
                      "OpenSearch at "
                          + urls
                          + ": "
                          + what
                          + ", attempt "
                          + attempt
                          + " after "
                          + reason));
      try {
        if (writer.createIndexIfMissing(shape)) {
          notices.notice(
              "created index "
                  + index
                  + " ("
                  + shape.shards()
                  + " shards, "
                  + shape.replicas()
                  + " replicas)");
        }
      } catch (RuntimeException e) {
        writer.close();
        throw e;
      }
      return writer;
    };
  }
}
