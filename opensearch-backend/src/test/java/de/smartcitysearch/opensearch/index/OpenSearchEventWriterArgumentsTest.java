package de.smartcitysearch.opensearch.index;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** What the command line passes in is checked before any connection, with a message saying what is expected. */
class OpenSearchEventWriterArgumentsTest {

  @Test
  void aUrlMustBeHttpWithAHost() {
    for (String url : new String[] {"localhost:9200", "ftp://localhost", "http:///events"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> OpenSearchEventWriter.connect(URI.create(url), "events", BulkWriteOptions.DEFAULTS));
      assertTrue(e.getMessage().contains("http://localhost:9200"), e.getMessage());
    }
  }

  @Test
  void anIndexNameMustBeOneOpenSearchAccepts() {
    for (String name : new String[] {"Events", "_events", "my events", "", "a/b"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> OpenSearchEventWriter.connect(URI.create("http://localhost:9200"), name, BulkWriteOptions.DEFAULTS));
      assertTrue(e.getMessage().contains("'" + name + "'"), e.getMessage());
    }
  }

  @Test
  void anIndexNeedsAShardAndNoNegativeReplicas() {
    assertThrows(IllegalArgumentException.class, () -> new IndexShape(0, 1));
    assertThrows(IllegalArgumentException.class, () -> new IndexShape(1, -1));
  }
}
