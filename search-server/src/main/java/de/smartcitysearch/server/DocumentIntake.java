package de.smartcitysearch.server;

import java.util.List;
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

  /**
   * The event (and its program sessions) of an uploaded file, parsed as the indexer parses files.
   *
   * @param fileName the name the uploader gives; its ending decides the parser (.txt, .html, .pdf, .docx, .odt)
   * @throws ApiException 415 when files cannot be uploaded or the ending is not one of those, 422 when the
   *     file cannot be read (named with the reason)
   */
  default List<EventDocument> fromFile(String fileName, byte[] bytes) {
    throw new ApiException(415, "unsupported_media_type", "this server takes documents as application/json only",
        null);
  }
}
