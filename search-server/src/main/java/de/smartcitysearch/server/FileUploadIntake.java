package de.smartcitysearch.server;

import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.extract.ContentHash;
import de.smartcitysearch.extract.ExtractedPage;
import de.smartcitysearch.extract.ExtractionException;
import de.smartcitysearch.extract.FilePageReader;
import de.smartcitysearch.extract.PageEnricher;
import java.util.List;

/**
 * Takes JSON documents as the given intake does, and uploaded files through the indexer's own path: Tika under
 * its limits, the page parser, then enrichment, so an uploaded page becomes the same event (with its program
 * sessions) as the same file indexed from disk.
 */
public final class FileUploadIntake implements DocumentIntake {

  /** Prefix of the source of uploaded files, so they never collide with indexed paths. */
  static final String SOURCE_PREFIX = "upload/";

  private final DocumentIntake json;
  private final FilePageReader files;
  private final PageEnricher enricher;

  public FileUploadIntake(DocumentIntake json, FilePageReader files, PageEnricher enricher) {
    this.json = json;
    this.files = files;
    this.enricher = enricher;
  }

  @Override
  public EventDocument toEvent(DocumentUpload upload) {
    return json.toEvent(upload);
  }

  @Override
  public List<EventDocument> fromFile(String fileName, byte[] bytes) {
    String normalised = fileName.replace('\\', '/');
    String name = normalised.substring(normalised.lastIndexOf('/') + 1); // a name, never a path from outside
    if (!FilePageReader.handles(name)) {
      throw new ApiException(415, "unsupported_media_type",
          "files ending in " + FilePageReader.EXTENSIONS + " can be uploaded, not " + name, "filename");
    }
    String source = SOURCE_PREFIX + name;
    ExtractedPage page;
    try {
      page = files.read(bytes, name, ContentHash.idFor(source), source, ContentHash.of(bytes));
    } catch (ExtractionException e) {
      throw new ApiException(422, "unreadable_file", name + ": " + e.getMessage(), null);
    }
    return enricher.enrich(page);
  }
}
