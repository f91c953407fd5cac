package de.smartcitysearch.index;

import de.smartcitysearch.document.DocumentKind;
import de.smartcitysearch.document.EventDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;

/**
 * The one path into the index: the indexer's runs and the admin API both write through it. It
 * writes a source's documents in place of the previous ones, deletes documents and remembers the
 * deletes ({@link Tombstones}), keeps ids unique across sources, and commits (tombstones included)
 * when its user says so.
 *
 * <p>One writer per index folder: a second one gets {@link IndexInUseException}. Searches see the
 * last commit through {@link #searcherManager()}, refreshed by every commit.
 */
public final class EventIndexWriter implements EventStore {

  private static final Set<String> BOOKKEEPING_FIELDS =
      Set.of(EventSchema.SOURCE, EventSchema.CONTENT_HASH, EventSchema.KIND, EventSchema.ID);

  private final Path indexDir;
  private final Directory directory;
  private final IndexWriter writer;
  private final EventSchema schema;
  private final SearcherManager committed;
  private final Tombstones tombstones;

  /** Event ids written since the last commit, to the source that took them. */
  private final Map<String, String> pendingIds = new ConcurrentHashMap<>();

  /**
   * Sources written or removed since the last commit: what the committed view says of them is
   * stale.
   */
  private final Set<String> pendingSources = ConcurrentHashMap.newKeySet();

  private boolean closed;

  private EventIndexWriter(
      Path indexDir,
      Directory directory,
      IndexWriter writer,
      EventSchema schema,
      Tombstones tombstones)
      throws IOException {
    this.indexDir = indexDir;
    this.directory = directory;
    this.writer = writer;
    this.schema = schema;
    this.tombstones = tombstones;
    this.committed = new SearcherManager(writer, null);
  }

  /**
   * Opens (or creates) the index in this folder for writing.
   *
   * @throws IndexInUseException when another writer holds the index
   */
  public static EventIndexWriter open(Path indexDir, EventSchema schema) throws IOException {
    Files.createDirectories(indexDir);
    Directory directory = FSDirectory.open(indexDir);
    try {
      Tombstones tombstones =
          DirectoryReader.indexExists(directory)
              ? Tombstones.of(SegmentInfos.readLatestCommit(directory).getUserData())
              : Tombstones.of(Map.of());
      IndexWriterConfig config =
          new IndexWriterConfig(schema.indexAnalyzer())
              .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
              .setCommitOnClose(false)
              .setRAMBufferSizeMB(128);
      IndexWriter writer;
      try {
        writer = new IndexWriter(directory, config);
      } catch (LockObtainFailedException e) {
        throw new IndexInUseException(indexDir, e);
      }
      try {
        return new EventIndexWriter(indexDir, directory, writer, schema, tombstones);
      } catch (IOException | RuntimeException e) {
        writer.rollback();
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** The folder of the index. */
  public Path folder() {
    return indexDir;
  }

  /** Source to content hash of the last commit (see {@link EventStore#sourceHashes}). */
  @Override
  public Map<String, String> sourceHashes() throws IOException {
    Map<String, String> hashes = new HashMap<>(tombstones.hashes());
    IndexSearcher searcher = committed.acquire();
    try {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            Document fields = stored.document(doc, BOOKKEEPING_FIELDS);
            hashes.put(fields.get(EventSchema.SOURCE), fields.get(EventSchema.CONTENT_HASH));
          }
        }
      }
    } finally {
      committed.release(searcher);
    }
    return hashes;
  }

  /**
   * Writes the documents of a source (its event first, then its sessions) in place of whatever the
   * source had, and lifts the source's tombstone. Safe to call from several threads.
   *
   * @return whether the source had documents before
   * @throws IdTakenException when the event's id is another source's
   */
  @Override
  public boolean write(String source, List<EventDocument> documents)
      throws IOException, IdTakenException {
    String eventId = documents.getFirst().id();
    claim(eventId, source);
    boolean replaced =
        pendingSources.contains(source) || countCommitted(new Term(EventSchema.SOURCE, source)) > 0;
    pendingSources.add(source);
    writer.updateDocuments(
        new Term(EventSchema.SOURCE, source), documents.stream().map(schema::toDocument).toList());
    tombstones.lift(source);
    return replaced;
  }

  /** Removes every document of the source and its tombstone. */
  @Override
  public void removeSource(String source) throws IOException {
    pendingSources.add(source);
    writer.deleteDocuments(new Term(EventSchema.SOURCE, source));
    tombstones.lift(source);
  }

  /**
   * Deletes the document with this id (an event with its sessions) and leaves a tombstone for it.
   * Reads the last commit: the caller commits after each delete.
   *
   * @return the source of the deleted document, or empty when there is none with this id
   */
  @Override
  public Optional<String> delete(String id) throws IOException {
    Document doc = committedDocument(new Term(EventSchema.ID, id));
    if (doc == null || pendingSources.contains(doc.get(EventSchema.SOURCE))) {
      return Optional.empty();
    }
    String source = doc.get(EventSchema.SOURCE);
    if (DocumentKind.fromId(doc.get(EventSchema.KIND)) == DocumentKind.EVENT) {
      writer.deleteDocuments(new Term(EventSchema.ID, id), new Term(EventSchema.EVENT_ID, id));
    } else {
      writer.deleteDocuments(new Term(EventSchema.ID, id));
    }
    pendingSources.add(source);
    tombstones.add(source, doc.get(EventSchema.CONTENT_HASH), id);
    return Optional.of(source);
  }

  /**
   * Makes everything written since the last commit durable, tombstones included, and visible to
   * searches.
   *
   * @return no refusals: a Lucene index takes every document the schema builds
   */
  @Override
  public List<WriteRefusal> commit() throws IOException {
    writer.setLiveCommitData(tombstones.commitData().entrySet());
    writer.commit();
    committed.maybeRefreshBlocking();
    pendingIds.clear();
    pendingSources.clear();
    return List.of();
  }

  /** Drops everything since the last commit and closes the writer. */
  public void rollback() throws IOException {
    if (!closed) {
      closed = true;
      try {
        committed.close();
        writer.rollback();
      } finally {
        directory.close();
      }
    }
  }

  /** Where searches get their view of the last commit (the server's searcher uses it). */
  public SearcherManager searcherManager() {
    return committed;
  }

  /** Closes the writer without committing (what was not committed is lost, as after a crash). */
  @Override
  public void close() throws IOException {
    rollback();
  }

  /** Takes the id for the source, or says which other source holds it. */
  private void claim(String id, String source) throws IOException, IdTakenException {
    String pending = pendingIds.putIfAbsent(id, source);
    if (pending != null && !pending.equals(source)) {
      throw new IdTakenException(id, pending);
    }
    Document holder = committedDocument(new Term(EventSchema.ID, id));
    String owner = holder == null ? null : holder.get(EventSchema.SOURCE);
    if (owner != null && !owner.equals(source) && !pendingSources.contains(owner)) {
      pendingIds.remove(id, source);
      throw new IdTakenException(id, owner);
    }
  }

  private Document committedDocument(Term term) throws IOException {
    IndexSearcher searcher = committed.acquire();
    try {
      TopDocs top = searcher.search(new TermQuery(term), 1);
      return top.scoreDocs.length == 0
          ? null
          : searcher.storedFields().document(top.scoreDocs[0].doc, BOOKKEEPING_FIELDS);
    } finally {
      committed.release(searcher);
    }
  }

  private int countCommitted(Term term) throws IOException {
    IndexSearcher searcher = committed.acquire();
    try {
      return searcher.count(new TermQuery(term));
    } finally {
      committed.release(searcher);
    }
  }
}
