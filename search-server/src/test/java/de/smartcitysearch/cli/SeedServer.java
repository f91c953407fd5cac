package de.smartcitysearch.cli;

import com.google.gson.JsonParser;
import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.extract.InputOptions;
import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.search.LuceneSearchBackend;
import de.smartcitysearch.server.SearchServer;
import de.smartcitysearch.server.ServedIndex;
import de.smartcitysearch.server.ServerConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;

/**
 * The product as shipped, for tests: the five seed pages indexed by the real pipeline (Tika, page
 * structure, enrichment) into a folder and served by the real server on a loopback port, with a
 * fixed today after every seed event. {@link #documents()} reads the index's stored documents
 * directly, a path apart from the facets the API counts with, so a test can hold the API's numbers
 * against them.
 */
public final class SeedServer implements AutoCloseable {

  /** The seed pages. */
  public static final Path SEEDS =
      Path.of(System.getProperty("project.root", "..")).resolve("seeds");

  /**
   * A fixed "today" after every seed event, so ranking and "upcoming" do not drift with the
   * calendar.
   */
  public static final Clock NOVEMBER_2026 =
      Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);

  private final EventSchema schema;
  private final ServedIndex served;
  private final SearchServer server;
  private final int port;

  private SeedServer(EventSchema schema, ServedIndex served, SearchServer server, int port) {
    this.schema = schema;
    this.served = served;
    this.server = server;
    this.port = port;
  }

  /**
   * Indexes the seeds into this (empty) folder and starts the server on a free port of 127.0.0.1.
   */
  public static SeedServer start(Path index) throws IOException {
    EventSchema schema = Searchers.schema();
    new IndexPreparer(
            schema,
            Enrichers.create(new EnrichmentOptions(null), schema.analysis()),
            InputOptions.DEFAULTS)
        .ensureFresh(SEEDS, index);
    ServedIndex served = ServedIndex.open(index, schema, false);
    LuceneSearchBackend backend = Searchers.create(served.manager(), schema, NOVEMBER_2026);
    // many requests from one client address: a browser test types fast
    SearchServer server =
        new SearchServer(
            backend,
            null,
            new ServerConfig("127.0.0.1", 0, List.of(), null)
                .withRateLimit(ServerConfig.RateLimit.OFF));
    return new SeedServer(schema, served, server, server.start());
  }

  /** The base URL, e.g. {@code http://127.0.0.1:41234}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /** The port the server listens on. */
  public int port() {
    return port;
  }

  /** The index being served. */
  public ServedIndex served() {
    return served;
  }

  /** The {@code total} of {@code GET /api/search?<query>}, asked over HTTP. */
  public long searchTotal(String query) throws IOException, InterruptedException {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/api/search?" + query)).build(),
                HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(
          "/api/search?" + query + " answered " + r.statusCode() + ": " + r.body());
    }
    return JsonParser.parseString(r.body()).getAsJsonObject().get("total").getAsLong();
  }

  /** Every stored document (events and sessions), read from the stored fields. */
  public List<EventDocument> documents() throws IOException {
    IndexSearcher searcher = served.manager().acquire();
    try {
      StoredFields stored = searcher.storedFields();
      List<EventDocument> out = new ArrayList<>();
      for (ScoreDoc sd :
          searcher.search(new MatchAllDocsQuery(), Math.max(1, searcher.getIndexReader().maxDoc()))
              .scoreDocs) {
        out.add(schema.fromStored(stored.document(sd.doc)));
      }
      return out;
    } finally {
      served.manager().release(searcher);
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    served.close();
  }
}
