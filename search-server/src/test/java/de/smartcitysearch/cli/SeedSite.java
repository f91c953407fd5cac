package de.smartcitysearch.cli;

import de.smartcitysearch.extract.InputOptions;
import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.search.LuceneSearchBackend;
import de.smartcitysearch.server.SearchServer;
import de.smartcitysearch.server.ServedIndex;
import de.smartcitysearch.server.ServerConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The product as shipped, for end-to-end tests: the five seed pages indexed on disk by the real
 * pipeline and served by the real server on a free loopback port, with a fixed "today".
 */
public final class SeedSite implements AutoCloseable {

  private static final Path SEEDS =
      Path.of(System.getProperty("project.root", "..")).resolve("seeds");

  private final ServedIndex served;
  private final SearchServer server;
  private final int port;

  /**
   * Indexes the seeds into {@code index} and starts serving them, with {@code today} deciding what
   * is upcoming.
   */
  public SeedSite(Path index, Clock today) throws IOException {
    EventSchema schema = Searchers.schema();
    new IndexPreparer(
            schema,
            Enrichers.create(new EnrichmentOptions(null), schema.analysis()),
            InputOptions.DEFAULTS)
        .ensureFresh(SEEDS, index);
    served = ServedIndex.open(index, schema, false);
    LuceneSearchBackend searcher = Searchers.create(served.manager(), schema, today);
    server =
        new SearchServer(
            searcher,
            null, // a browser types fast from one address
            new ServerConfig("127.0.0.1", 0, List.of(), null)
                .withRateLimit(ServerConfig.RateLimit.OFF));
    port = server.start();
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  @Override
  public void close() throws IOException {
    server.close();
    served.close();
  }
}
