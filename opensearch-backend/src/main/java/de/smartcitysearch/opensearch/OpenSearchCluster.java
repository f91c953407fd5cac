package de.smartcitysearch.opensearch;

import de.smartcitysearch.cluster.SearchCluster;
import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.index.EventStore;
import de.smartcitysearch.opensearch.client.OpenSearchConnection;
import de.smartcitysearch.opensearch.client.RetryPolicy;
import de.smartcitysearch.opensearch.index.BulkWriteOptions;
import de.smartcitysearch.opensearch.index.IndexShape;
import de.smartcitysearch.opensearch.index.OpenSearchEventWriter;
import de.smartcitysearch.opensearch.search.OpenSearchSearchBackend;
import de.smartcitysearch.search.PlaceLexicon;
import de.smartcitysearch.search.SearchBackend;
import java.io.IOException;
import java.time.Clock;
import java.util.List;

/**
 * OpenSearch as the command line's {@link SearchCluster}: {@code index --opensearch URL
 * --index-name NAME} writes through an {@link OpenSearchEventWriter}, creating the index from the
 * product's template when it is missing; {@code serve --opensearch URL --index-name NAME} answers
 * through an {@link OpenSearchSearchBackend}.
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

  @Override
  public ServedCluster serve(
      String urls,
      String index,
      EventSchema schema,
      PlaceLexicon places,
      List<String> topics,
      Clock clock) {
    OpenSearchConnection.nodeUrls(urls);
    OpenSearchConnection.requireIndexName(index);
    OpenSearchSearchBackend backend =
        OpenSearchSearchBackend.builder(
                OpenSearchConnection.open(urls, RetryPolicy.SEARCHES), index, schema)
            .places(places)
            .topics(topics)
            .clock(clock)
            .build();
    return new ServedCluster() {
      @Override
      public SearchBackend backend() {
        return backend;
      }

      @Override
      public void close() throws IOException {
        backend.close();
      }
    };
  }
}
