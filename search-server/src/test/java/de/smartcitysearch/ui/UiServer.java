package de.smartcitysearch.ui;

import de.smartcitysearch.document.DocumentKind;
import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.document.Place;
import de.smartcitysearch.search.LuceneSearchBackend;
import de.smartcitysearch.search.SampleEvents;
import de.smartcitysearch.server.SearchServer;
import de.smartcitysearch.server.ServerConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

/**
 * The real server on a free loopback port, read-only, over the sample events plus one hostile page,
 * indexed on disk through the real schema: what the browser tests talk to.
 */
final class UiServer implements AutoCloseable {

  /** Title of the hostile page: markup that must show as text and never run. */
  static final String HOSTILE_TITLE = "<script>window.__pwned=1;alert(1)</script> Datenabend";

  /** A passage of its text with an image whose error handler must never fire. */
  static final String HOSTILE_IMG = "<img src=x onerror=\"window.__pwned=2;alert(2)\">";

  /**
   * Its organisation, shown as a badge, a facet value and a row of the curator's organisation
   * table.
   */
  static final String HOSTILE_ORGANISATION = "<img src=x onerror=\"window.__pwned=3\">Verein";

  /** The key curators type into the console to see the searches that found nothing. */
  static final String CURATOR_KEY = "kurator-schluessel-fuer-tests";

  static final List<String> TOPICS =
      List.of("Digitale Verwaltung", "Mobilität", "Bürgerbeteiligung", "Open Data", "Energie");

  private final FSDirectory directory;
  private final SearcherManager manager;
  private final SearchServer server;
  private final int port;

  UiServer(Path dir) throws IOException {
    List<EventDocument> docs = new ArrayList<>(SampleEvents.all());
    docs.add(
        EventDocument.builder("leipzig-datenabend", "seed:leipzig-datenabend", DocumentKind.EVENT)
            .title(HOSTILE_TITLE)
            .body("Ein Vortrag " + HOSTILE_IMG + " über offene Daten und Datenschutz in der Stadt.")
            .url("https://example.org/leipzig-datenabend")
            .startDate(LocalDate.parse("2026-03-12"))
            .venue(new Place("Leipzig", "Sachsen", "14713000"))
            .cities(List.of(new Place("Leipzig", "Sachsen", "14713000")))
            .topics(List.of("Open Data"))
            .organisations(List.of(HOSTILE_ORGANISATION))
            .format("Online")
            .eventType("Vortrag")
            .build());
    SampleEvents.index(dir, docs);
    directory = FSDirectory.open(dir);
    manager = new SearcherManager(directory, null);
    Clock january2026 = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);
    LuceneSearchBackend searcher =
        LuceneSearchBackend.builder(manager, SampleEvents.SCHEMA)
            .clock(january2026)
            .topics(TOPICS)
            .build();
    server =
        new SearchServer(
            searcher,
            null,
            new ServerConfig("127.0.0.1", 0, List.of(), null)
                .withRateLimit(
                    ServerConfig.RateLimit.OFF) // the browser tests type fast from one address
                .withCuratorKey(CURATOR_KEY));
    port = server.start();
  }

  /** The base URL, e.g. {@code http://127.0.0.1:41234}. */
  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  @Override
  public void close() throws IOException {
    server.close();
    manager.close();
    directory.close();
  }
}
