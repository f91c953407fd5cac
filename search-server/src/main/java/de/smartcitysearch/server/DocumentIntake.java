package de.smartcitysearch.server;

import de.smartcitysearch.document.EventDocument;

/**
 * Turns an uploaded document into the event to index. The seam where enrichment (dates, cities, topics from the
 * text) and uploaded files parsed by Tika plug in; {@link PlainDocumentIntake} takes the fields as given.
 */
@FunctionalInterface
public interface DocumentIntake {

  /**
   * The event to index.
   *
   * @throws ApiException 400 when a field is missing or malformed
   */
  EventDocument toEvent(DocumentUpload upload);
}
