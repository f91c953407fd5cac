package de.smartcitysearch.bench.query;

import de.smartcitysearch.analysis.GermanAnalysis;
import de.smartcitysearch.cli.Searchers;
import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.search.LuceneSearchBackend;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;

/**
 * The product's query core over a benchmark index, configured as the {@code serve} command
 * configures it.
 */
public final class ProductSearch implements AutoCloseable {

  /**
   * "Today" of every benchmark run, so that the upcoming boost and date facets do not drift between
   * runs.
   */
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  private final Directory directory;
  private final SearcherManager manager;
  private final LuceneSearchBackend searcher;

  private ProductSearch(
      Directory directory, SearcherManager manager, LuceneSearchBackend searcher) {
    this.directory = directory;
    this.manager = manager;
    this.searcher = searcher;
  }

  /** Opens the index read-only with memory mapping, {@link #TODAY} being today. */
  public static ProductSearch open(Path index) throws IOException {
    return open(index, TODAY);
  }

  /**
   * Opens the index read-only with memory mapping, for searches on this day (what is upcoming,
   * which month is next).
   */
  public static ProductSearch open(Path index, LocalDate today) throws IOException {
    Directory dir = new MMapDirectory(index);
    SearcherManager manager = new SearcherManager(DirectoryReader.open(dir), null);
    EventSchema schema = new EventSchema(GermanAnalysis.defaults());
    // configured exactly as serve and search configure it
    LuceneSearchBackend searcher =
        Searchers.create(
            manager,
            schema,
            Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    return new ProductSearch(dir, manager, searcher);
  }

  /** The query core. */
  public LuceneSearchBackend searcher() {
    return searcher;
  }

  @Override
  public void close() throws IOException {
    manager.close();
    directory.close();
  }
}
