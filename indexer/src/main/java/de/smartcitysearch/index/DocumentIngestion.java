package de.smartcitysearch.index;

import de.smartcitysearch.document.DocumentId;
import de.smartcitysearch.extract.ExtractionException;
import de.smartcitysearch.extract.InputOptions;
import de.smartcitysearch.extract.InputReader;
import de.smartcitysearch.extract.PageEnricher;
import de.smartcitysearch.extract.SourceItem;
import de.smartcitysearch.index.DocumentGate.Admitted;
import de.smartcitysearch.index.RejectedDocument.Reason;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Adding and removing single documents while the index is served (the admin API): a JSON record,
 * read exactly as a line of a JSON Lines input, or a file, read as a file of an input folder; both
 * go through the same extraction, enrichment and writer as an indexing run, and each change is
 * committed and searchable when the call returns.
 *
 * <p>Sources: a record is {@code api#<id>}, a file {@code upload/<its name with folders>}, so the
 * same name replaces the earlier upload and two files of the same name in different folders are two
 * documents.
 */
public final class DocumentIngestion implements AutoCloseable {

  /** What stands for the file in the source of a posted record. */
  static final String RECORD_SOURCE = "api";

  /** Prefix of the source of uploaded files, so they never collide with indexed paths. */
  static final String UPLOAD_SOURCE = "upload/";

  private final EventStore writer;
  private final InputReader reader;
  private final PagePipeline pipeline;

  /**
   * Ingestion into this store (which stays the caller's to close) with this enrichment and these
   * limits.
   */
  public DocumentIngestion(EventStore writer, PageEnricher enricher, InputOptions options) {
    this.writer = writer;
    this.reader = new InputReader(options);
    this.pipeline = new PagePipeline(enricher, options.limits().timeout());
  }

  /** The file name endings that can be uploaded. */
  public static List<String> fileTypes() {
    return InputReader.DOCUMENT_EXTENSIONS.stream().sorted().toList();
  }

  /**
   * Adds (or replaces) the event of a JSON record.
   *
   * @throws RejectedDocument invalid JSON, a missing or malformed field, an id taken by another
   *     source, or a record that cannot be enriched within the time limit
   */
  public Ingested addRecord(String json) throws RejectedDocument, IOException {
    SourceItem item;
    try {
      item = reader.record(json, RECORD_SOURCE);
    } catch (ExtractionException e) {
      throw rejected(e, e.field() == null ? Reason.INVALID_JSON : Reason.INVALID_FIELD);
    }
    return ingest(item);
  }

  /**
   * Adds (or replaces) the event and program sessions of an uploaded file.
   *
   * @param fileName the name given, folders included ("kiel/programm.pdf"); its ending decides the
   *     parser
   * @throws RejectedDocument a type that is not indexed, a file that cannot be read (named with the
   *     reason), an id taken
   */
  public Ingested addFile(String fileName, byte[] bytes) throws RejectedDocument, IOException {
    String name = uploadName(fileName);
    if (name.isEmpty() || !InputReader.isDocument(name)) {
      throw new RejectedDocument(
          Reason.UNSUPPORTED_TYPE,
          "filename",
          "files ending in " + fileTypes() + " can be uploaded, not '" + fileName + "'");
    }
    String baseName = name.substring(name.lastIndexOf('/') + 1);
    try {
      return ingest(reader.file(bytes, baseName, UPLOAD_SOURCE + name));
    } catch (ExtractionException e) {
      throw new RejectedDocument(Reason.UNREADABLE, null, name + ": " + e.getMessage());
    } catch (RejectedDocument e) {
      if (e.reason() == Reason.UNREADABLE || e.reason() == Reason.INVALID_FIELD) {
        throw new RejectedDocument(Reason.UNREADABLE, null, name + ": " + e.getMessage());
      }
      throw e;
    }
  }

  /**
   * Deletes the document with this id (an event with its sessions), for good: re-indexing its
   * unchanged source does not bring it back.
   *
   * @return false when there is no document with this id
   * @throws RejectedDocument when the id breaks the id rule
   */
  public boolean delete(String id) throws RejectedDocument, IOException {
    if (!DocumentId.isStored(id)) {
      throw new RejectedDocument(
          Reason.INVALID_FIELD,
          "id",
          "'"
              + id
              + "' is no document id: an id is "
              + DocumentId.RULE
              + " (a session's id adds #s and its number)");
    }
    synchronized (writer) {
      if (writer.delete(id).isEmpty()) {
        return false;
      }
      writer.commit();
      return true;
    }
  }

  private Ingested ingest(SourceItem item) throws RejectedDocument, IOException {
    Admitted admitted;
    try {
      admitted = pipeline.prepare(item);
    } catch (ExtractionException e) {
      throw rejected(e, e.field() == null ? Reason.UNREADABLE : Reason.INVALID_FIELD);
    }
    boolean replaced;
    List<WriteRefusal> refused;
    synchronized (writer) {
      try {
        replaced = writer.write(item.source(), admitted.documents());
        refused = writer.commit();
      } catch (IdTakenException e) {
        throw new RejectedDocument(
            Reason.ID_TAKEN,
            "id",
            e.getMessage() + "; delete it there first or choose " + "another id");
      }
    }
    if (!refused.isEmpty()) {
      throw new RejectedDocument(
          Reason.UNREADABLE,
          null,
          "the index refused it: "
              + refused.stream().map(WriteRefusal::toString).collect(Collectors.joining("; ")));
    }
    return new Ingested(
        admitted.eventId(),
        item.source(),
        admitted.documents().size(),
        replaced,
        admitted.warnings());
  }

  private static RejectedDocument rejected(ExtractionException e, Reason reason) {
    return new RejectedDocument(reason, e.field(), e.getMessage());
  }

  /**
   * The name as a path of names: backslashes as slashes, without empty, "." and ".." parts (a name,
   * never a place on disk: "../../etc/jena.txt" is "etc/jena.txt").
   */
  static String uploadName(String fileName) {
    List<String> parts = new ArrayList<>();
    for (String part : fileName.replace('\\', '/').split("/")) {
      String p = part.strip();
      if (!p.isEmpty() && !p.equals(".") && !p.equals("..")) {
        parts.add(p);
      }
    }
    return String.join("/", parts);
  }

  @Override
  public void close() {
    pipeline.close();
  }
}
