package de.smartcitysearch.opensearch.search;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import de.smartcitysearch.opensearch.client.OpenSearchConnection;
import de.smartcitysearch.opensearch.client.RetryPolicy;
import java.io.IOException;
import java.util.Map;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;

/**
 * Search requests to one index of a cluster as DSL JSON, through OpenSearch's Java client (its
 * generic client, which sends the DSL as written) and the connection's retries: a request the
 * cluster refuses transiently (429, 502-504, a lost connection, a node going away) is sent again,
 * to the next node.
 */
final class ClusterRequests {

  private final OpenSearchConnection cluster;
  private final String index;

  ClusterRequests(OpenSearchConnection cluster, String index) {
    this.cluster = cluster;
    this.index = OpenSearchConnection.requireIndexName(index);
  }

  String index() {
    return index;
  }

  /**
   * A search of the index; scored with the term statistics of all shards ({@code
   * dfs_query_then_fetch}) when {@code globalStatistics}, so that a document scores as it would in
   * one index.
   */
  JsonObject search(JsonObject body, boolean globalStatistics) {
    return send(
        "POST",
        "/" + index + "/_search",
        globalStatistics
            ? Map.of("search_type", "dfs_query_then_fetch", "allow_partial_search_results", "false")
            : Map.of("allow_partial_search_results", "false"),
        body);
  }

  /** A request to another endpoint of the index (e.g. {@code _count}). */
  JsonObject send(String method, String path, Map<String, String> parameters, JsonObject body) {
    return cluster.call(
        "searching " + index,
        () -> {
          var request = Requests.builder().method(method).endpoint(path).query(parameters);
          if (body != null) {
            request.json(body.toString());
          }
          try (Response response = cluster.client().generic().execute(request.build())) {
            String text = response.getBody().map(Body::bodyAsString).orElse("{}");
            int status = response.getStatus();
            if (status >= 400) {
              if (RetryPolicy.isTransient(status)) {
                throw new IOException("status " + status + ": " + reason(text));
              }
              throw new IllegalStateException(
                  "OpenSearch at "
                      + cluster.where()
                      + " refused a search of "
                      + index
                      + " ("
                      + status
                      + "): "
                      + reason(text));
            }
            return JsonParser.parseString(text).getAsJsonObject();
          }
        });
  }

  private static String reason(String body) {
    try {
      JsonObject error = JsonParser.parseString(body).getAsJsonObject().getAsJsonObject("error");
      return error.has("reason") ? error.get("reason").getAsString() : body;
    } catch (RuntimeException e) {
      return body.length() > 300 ? body.substring(0, 300) : body;
    }
  }
}
