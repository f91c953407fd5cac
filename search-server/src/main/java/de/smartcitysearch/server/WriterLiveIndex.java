package de.smartcitysearch.server;

import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.index.EventSchema;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;

/**
 * A {@link LiveIndex} on the server's own {@link IndexWriter}: each change is committed (durable) and the near-real
 * time searcher refreshed before the call returns, so the change is searchable at once.
 */
public final class WriterLiveIndex implements LiveIndex {

  private final IndexWriter writer;
  private final SearcherManager manager;
  private final EventSchema schema;

  /** The manager must have been opened on this writer (near-real-time). */
  public WriterLiveIndex(IndexWriter writer, SearcherManager manager, EventSchema schema) {
    this.writer = writer;
    this.manager = manager;
    this.schema = schema;
  }

  @Override
  public synchronized void upsert(EventDocument document) throws IOException {
    writer.updateDocument(new Term(EventSchema.ID, document.id()), schema.toDocument(document));
    writer.commit();
    manager.maybeRefreshBlocking();
  }

  @Override
  public synchronized void replaceSource(String source, List<EventDocument> documents) throws IOException {
    writer.updateDocuments(new Term(EventSchema.SOURCE, source),
        documents.stream().map(schema::toDocument).toList());
    writer.commit();
    manager.maybeRefreshBlocking();
  }

  @Override
  public synchronized boolean delete(String id) throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      if (searcher.count(new TermQuery(new Term(EventSchema.ID, id))) == 0) {
        return false;
      }
    } finally {
      manager.release(searcher);
    }
    writer.deleteDocuments(new Term(EventSchema.ID, id), new Term(EventSchema.EVENT_ID, id));
    writer.commit();
    manager.maybeRefreshBlocking();
    return true;
  }
}
