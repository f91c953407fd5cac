package de.smartcitysearch.server;

import de.smartcitysearch.document.EventDocument;
import java.io.IOException;
import java.util.List;

/** Where the admin endpoints write: adds and removes documents, visible to searches when the call returns. */
public interface LiveIndex {

  /** Adds the document, replacing any with the same id. */
  void upsert(EventDocument document) throws IOException;

  /** Replaces every document of this source (an event and its sessions) with these, in one commit. */
  void replaceSource(String source, List<EventDocument> documents) throws IOException;

  /** Removes the document with this id and its sessions; false when there was none. */
  boolean delete(String id) throws IOException;
}
