package de.smartcitysearch.opensearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.opensearch.client.OpenSearchConnection;
import de.smartcitysearch.opensearch.client.RetryPolicy;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the command line passes in is checked before any connection, with a message saying what is
 * expected.
 */
class OpenSearchEventWriterArgumentsTest {

  @Test
  void aUrlMustBeHttpWithAHost() {
    for (String url :
        new String[] {
          "localhost:9200", "ftp://localhost", "http:///events", "", "http://a:9200,"
        }) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  OpenSearchEventWriter.connect(
                      url, "events", BulkWriteOptions.DEFAULTS, RetryPolicy.WRITES));
      assertTrue(e.getMessage().contains("http://localhost:9200"), e.getMessage());
    }
  }

  @Test
  void severalNodesAreGivenSeparatedByCommas() {
    assertEquals(
        List.of(URI.create("http://a:9200"), URI.create("https://b:9201")),
        OpenSearchConnection.nodeUrls("http://a:9200, https://b:9201"));
  }

  @Test
  void anIndexNameMustBeOneOpenSearchAccepts() {
    for (String name : new String[] {"Events", "_events", "my events", "", "a/b"}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  OpenSearchEventWriter.connect(
                      "http://localhost:9200",
                      name,
                      BulkWriteOptions.DEFAULTS,
                      RetryPolicy.WRITES));
      assertTrue(e.getMessage().contains("'" + name + "'"), e.getMessage());
    }
  }

  @Test
  void anIndexNeedsAShardAndNoNegativeReplicas() {
    assertThrows(IllegalArgumentException.class, () -> new IndexShape(0, 1));
    assertThrows(IllegalArgumentException.class, () -> new IndexShape(1, -1));
  }
}
