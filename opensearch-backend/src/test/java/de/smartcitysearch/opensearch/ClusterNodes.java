package de.smartcitysearch.opensearch;

import java.util.ArrayList;
import java.util.List;
import org.opensearch.core.common.transport.TransportAddress;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.test.OpenSearchIntegTestCase;

/** The nodes of the test's in-process cluster as a user names them on the command line. */
public final class ClusterNodes {

  private ClusterNodes() {}

  /** The HTTP address of every node, as a comma-separated list. */
  public static String httpUrls() {
    List<String> urls = new ArrayList<>();
    for (HttpServerTransport http :
        OpenSearchIntegTestCase.internalCluster().getInstances(HttpServerTransport.class)) {
      TransportAddress address = http.boundAddress().publishAddress();
      urls.add("http://" + address.getAddress() + ":" + address.getPort());
    }
    return String.join(",", urls);
  }
}
