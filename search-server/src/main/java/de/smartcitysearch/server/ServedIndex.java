package de.smartcitysearch.server;

import de.smartcitysearch.index.EventIndexWriter;
import de.smartcitysearch.index.EventSchema;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * An index folder opened for serving: read-only, or (when admin writes are wanted) through the
 * indexer's one {@link EventIndexWriter}, whose commits the searches see at once.
 */
public final class ServedIndex implements AutoCloseable {

  private final Directory readOnly;
  private final EventIndexWriter writer;
  private final SearcherManager manager;

  private ServedIndex(Directory readOnly, EventIndexWriter writer, SearcherManager manager) {
    this.readOnly = readOnly;
    this.writer = writer;
    this.manager = manager;
  }

  /**
   * Opens the index in this folder.
   *
   * @param writable true to hold the index's write lock for admin uploads
   * @throws IllegalArgumentException when the folder holds no index (the message names it)
   */
  public static ServedIndex open(Path folder, EventSchema schema, boolean writable)
      throws IOException {
    Directory dir = FSDirectory.open(folder);
    try {
      if (!DirectoryReader.indexExists(dir)) {
        throw new IllegalArgumentException("no search index in " + folder.toAbsolutePath());
      }
      if (!writable) {
        return new ServedIndex(dir, null, new SearcherManager(dir, null));
      }
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
    dir.close();
    EventIndexWriter writer = EventIndexWriter.open(folder, schema);
    return new ServedIndex(null, writer, writer.searcherManager());
  }

  /** The manager every query acquires its searcher from. */
  public SearcherManager manager() {
    return manager;
  }

  /** Where admin uploads and deletes are written, or null for a read-only index. */
  public EventIndexWriter writer() {
    return writer;
  }

  @Override
  public void close() throws IOException {
    if (writer != null) {
      writer.close(); // every admin change was committed when its call returned
    } else {
      manager.close();
      readOnly.close();
    }
  }
}
