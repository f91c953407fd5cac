package de.smartcitysearch.server;

import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.search.EventSearcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * An index folder opened for serving: read-only, or (when admin writes are wanted) with the one
 * {@link IndexWriter} and a near-real-time {@link SearcherManager} on it.
 */
public final class ServedIndex implements AutoCloseable {

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager manager;
  private final EventSchema schema;

  private ServedIndex(Directory directory, IndexWriter writer, SearcherManager manager, EventSchema schema) {
    this.directory = directory;
    this.writer = writer;
    this.manager = manager;
    this.schema = schema;
  }

  /**
   * Opens the index in this folder.
   *
   * @param writable true to hold the index's write lock for admin uploads
   * @throws IllegalArgumentException when the folder holds no index (the message names it)
   */
  public static ServedIndex open(Path folder, EventSchema schema, boolean writable) throws IOException {
    Directory dir = FSDirectory.open(folder);
    try {
      if (!DirectoryReader.indexExists(dir)) {
        throw new IllegalArgumentException("no search index in " + folder.toAbsolutePath());
      }
      if (!writable) {
        return new ServedIndex(dir, null, new SearcherManager(dir, null), schema);
      }
      IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(schema.indexAnalyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.APPEND));
      return new ServedIndex(dir, writer, new SearcherManager(writer, null), schema);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /** The manager every query acquires its searcher from. */
  public SearcherManager manager() {
    return manager;
  }

  /** Where admin uploads go, or null for a read-only index. */
  public LiveIndex liveIndex() {
    return writer == null ? null : new WriterLiveIndex(writer, manager, schema);
  }

  /** An intake for uploads that looks up cities' Länder in this searcher. */
  public static DocumentIntake plainIntake(EventSearcher searcher) {
    return new PlainDocumentIntake(name -> {
      try {
        return searcher.knownCity(name);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Override
  public void close() throws IOException {
    manager.close();
    if (writer != null) {
      writer.close();
    }
    directory.close();
  }
}
