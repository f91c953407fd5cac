package de.smartcitysearch.index;

import de.smartcitysearch.document.EventDocument;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the one ingestion path keeps the events: the embedded Lucene index ({@link
 * EventIndexWriter}) or an index in a search cluster. What to write is decided before the store,
 * the same way for every store: per source (a file, a record) by content hash in an indexing run
 * ({@link EventIndexer}), one source or one delete at a time through the admin API ({@link
 * DocumentIngestion}); deletes leave {@link Tombstones}. A store only keeps what it is given.
 *
 * <p>Writes and deletes become durable and searchable with {@link #commit}. Implementations are
 * safe to call from several threads.
 */
public interface EventStore extends AutoCloseable {

  /** Opens a store for one indexing run, which closes it again. */
  @FunctionalInterface
  interface Opener {
    EventStore open() throws IOException;
  }

  /**
   * Source to content hash of what the store holds: of every source with documents, and of every
   * tombstoned source (which counts as present, so that re-indexing does not bring back what was
   * deleted).
   */
  Map<String, String> sourceHashes() throws IOException;

  /**
   * Writes the documents of a source (its event first, then its sessions) in place of whatever the
   * source had, and lifts the source's tombstone.
   *
   * @return whether the source had documents before
   * @throws IdTakenException when the event's id is another source's
   */
  boolean write(String source, List<EventDocument> documents) throws IOException, IdTakenException;

  /** Removes every document of the source and its tombstone. */
  void removeSource(String source) throws IOException;

  /**
   * Deletes the document with this id (an event with its sessions) and leaves a tombstone for it;
   * the caller commits after each delete.
   *
   * @return the source of the deleted document, or empty when there is none with this id
   */
  Optional<String> delete(String id) throws IOException;

  /**
   * Makes everything written since the last commit durable, tombstones included, and visible to
   * searches.
   *
   * @return the documents the store refused (a value its mapping rejects), each with the reason; a
   *     source with a refused document is not kept in its new version and counts as changed, so the
   *     next run writes it again
   */
  List<WriteRefusal> commit() throws IOException;

  /** Closes the store; what was not committed may be lost. */
  @Override
  void close() throws IOException;
}
