package de.smartcitysearch.opensearch.client;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * The product's connection to an OpenSearch cluster: OpenSearch's Java client over the nodes given
 * (a node that does not answer is skipped for the next), and every request sent again after a
 * transient refusal or a lost connection, as the {@link RetryPolicy} says. When a request keeps
 * failing, an {@link OpenSearchUnavailableException} names the cluster, what was being done and the
 * last reason.
 *
 * <p>Thread-safe. Close it to release the HTTP connections.
 */
public final class OpenSearchConnection implements AutoCloseable {

  /**
   * What OpenSearch accepts as an index name (lowercase, no spaces or special characters, not
   * starting with _ - +).
   */
  private static final Pattern INDEX_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,254}");

  private final OpenSearchClient client;
  private final String where;
  private final RetryPolicy retries;
  private volatile RetryListener retryListener = (what, attempt, reason) -> {};
  private volatile int retried;

  /**
   * A connection over this client (closed with the connection).
   *
   * @param where how the cluster is named in error messages, e.g. its URL
   */
  public OpenSearchConnection(OpenSearchClient client, String where, RetryPolicy retries) {
    this.client = client;
    this.where = where;
    this.retries = retries;
  }

  /**
   * A connection to the cluster at these nodes.
   *
   * @param urls one or more node URLs separated by commas, each http or https with a host, e.g.
   *     {@code http://localhost:9200}
   * @throws IllegalArgumentException for a URL that is not http(s) with a host (the message shows
   *     the form expected)
   */
  public static OpenSearchConnection open(String urls, RetryPolicy retries) {
    List<HttpHost> hosts = new ArrayList<>();
    for (URI url : nodeUrls(urls)) {
      hosts.add(
          new HttpHost(url.getScheme(), url.getHost(), url.getPort() < 0 ? 9200 : url.getPort()));
    }
    var transport =
        ApacheHttpClient5TransportBuilder.builder(hosts.toArray(HttpHost[]::new)).build();
    return new OpenSearchConnection(new OpenSearchClient(transport), urls.strip(), retries);
  }

  /**
   * The node URLs of a comma-separated list.
   *
   * @throws IllegalArgumentException for an empty list or a URL that is not http(s) with a host
   */
  public static List<URI> nodeUrls(String urls) {
    List<URI> out = new ArrayList<>();
    for (String part : (urls == null ? "" : urls).split(",", -1)) {
      URI url;
      try {
        url = URI.create(part.strip());
      } catch (IllegalArgumentException e) {
        url = null;
      }
      if (url == null
          || url.getHost() == null
          || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
        throw new IllegalArgumentException(
            "OpenSearch URL must be http:// or https:// with a host, e.g. "
                + "http://localhost:9200 (several separated by commas), got '"
                + part.strip()
                + "'");
      }
      out.add(url);
    }
    return List.copyOf(out);
  }

  /**
   * The index name, if OpenSearch accepts it.
   *
   * @throws IllegalArgumentException naming the rule otherwise
   */
  public static String requireIndexName(String index) {
    if (index == null || !INDEX_NAME.matcher(index).matches()) {
      throw new IllegalArgumentException(
          "index name must be lowercase letters, digits, '.', '_' or '-', not starting"
              + " with '.', '_' or '-', got '"
              + index
              + "'");
    }
    return index;
  }

  /** The client, for building requests; send them through {@link #call}. */
  public OpenSearchClient client() {
    return client;
  }

  /** How the cluster is named in messages (its URLs). */
  public String where() {
    return where;
  }

  /**
   * Tells {@code listener} before each retry (the command line shows them, so a slow run says why).
   */
  public void onRetry(RetryListener listener) {
    this.retryListener = listener;
  }

  /** Requests (or single documents of a bulk request) sent again so far. */
  public int retries() {
    return retried;
  }

  /**
   * Sends a request, again after a transient refusal or a lost connection, up to the policy's
   * attempts.
   *
   * @param what what the request does, for messages ("bulk indexing into events")
   * @throws OpenSearchUnavailableException when every attempt failed transiently
   * @throws OpenSearchException when the cluster refused the request for good (a 4xx, a 500)
   */
  public <T> T call(String what, Request<T> request) {
    for (int attempt = 1; ; attempt++) {
      try {
        return request.send();
      } catch (OpenSearchException e) {
        Integer status = e.response().status();
        if (status == null || !RetryPolicy.isTransient(status)) {
          throw e;
        }
        giveUpOrWait(what, attempt, e.getMessage(), e);
      } catch (IOException e) {
        giveUpOrWait(what, attempt, describe(e), e);
      }
    }
  }

  /**
   * Waits before sending again what the cluster refused transiently, or gives up after the last
   * attempt.
   *
   * @param attempt the attempt that was just refused (1, 2, ...)
   * @throws OpenSearchUnavailableException after the last attempt
   */
  public void giveUpOrWait(String what, int attempt, String reason, Exception cause) {
    if (attempt >= retries.maxAttempts()) {
      throw new OpenSearchUnavailableException(
          "OpenSearch at "
              + where
              + ": "
              + what
              + " failed after "
              + attempt
              + " attempts: "
              + reason,
          cause);
    }
    retried++;
    retryListener.retrying(what, attempt + 1, reason);
    try {
      Thread.sleep(retries.backoffBefore(attempt + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OpenSearchUnavailableException(
          "interrupted while waiting to retry at " + where + " (" + reason + ")", e);
    }
  }

  /** Whether a refused single operation (of a bulk request) may get through on a later attempt. */
  public boolean mayRetry(int status, int attempt) {
    return RetryPolicy.isTransient(status) && attempt < retries.maxAttempts();
  }

  @Override
  public void close() throws IOException {
    client._transport().close();
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName()
        + (message == null ? "" : ": " + message.toLowerCase(Locale.ROOT).strip());
  }

  /**
   * Hears of each retry: what is sent again, the attempt it will be (2, 3, ...) and the last
   * refusal.
   */
  @FunctionalInterface
  public interface RetryListener {
    void retrying(String what, int attempt, String reason);
  }

  /** One call to the cluster. */
  @FunctionalInterface
  public interface Request<T> {
    T send() throws IOException;
  }
}
