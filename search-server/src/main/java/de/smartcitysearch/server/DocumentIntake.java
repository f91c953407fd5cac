package de.smartcitysearch.server;

import de.smartcitysearch.index.DocumentIngestion;
import de.smartcitysearch.index.Ingested;
import de.smartcitysearch.index.RejectedDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import spark.Request;
import spark.Response;
import spark.Service;

/**
 * The HTTP side of the admin endpoints: hands the body of {@code POST /api/documents} (a JSON
 * record, or a file named in {@code ?filename=}) and the id of {@code DELETE /api/documents/{id}}
 * to the indexer's {@link DocumentIngestion}, and turns its answer into JSON and its refusals into
 * 4xx errors.
 */
final class DocumentIntake implements HttpFeature {

  private final DocumentIngestion ingestion;
  private final BodyLimit bodyLimit;

  DocumentIntake(DocumentIngestion ingestion, BodyLimit bodyLimit) {
    this.ingestion = ingestion;
    this.bodyLimit = bodyLimit;
  }

  /**
   * {@code POST /api/documents} and {@code DELETE /api/documents/{id}}, behind the {@link
   * AdminGuard}.
   */
  @Override
  public void register(Service http) {
    http.post("/api/documents", this::post);
    http.delete("/api/documents/*", (req, res) -> delete(Params.pathId(req)));
  }

  /**
   * 201 with the new event's id, or 200 when it replaced an earlier version; the warnings either
   * way.
   */
  private String post(Request req, Response res) throws IOException {
    boolean json = req.contentType() != null && req.contentType().startsWith("application/json");
    String fileName = req.queryParams("filename");
    if (!json && (fileName == null || fileName.isBlank())) {
      throw new ApiException(
          415,
          "unsupported_media_type",
          "send a document as application/json, or a file as the body with its name in ?filename=",
          "filename");
    }
    byte[] body = bodyLimit.read(req);
    Ingested done;
    try {
      done =
          json
              ? ingestion.addRecord(new String(body, StandardCharsets.UTF_8))
              : ingestion.addFile(fileName.strip(), body);
    } catch (RejectedDocument e) {
      throw refusal(e, json);
    }
    res.status(done.replaced() ? 200 : 201);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("id", done.id());
    answer.put("source", done.source());
    answer.put("status", done.replaced() ? "replaced" : "indexed");
    answer.put("documents", done.documents());
    answer.put("warnings", done.warnings());
    return Json.write(answer);
  }

  /** 200 when the document is gone for good, 404 when there was none. */
  private String delete(String id) throws IOException {
    try {
      if (!ingestion.delete(id)) {
        throw ApiException.notFound("no document with id " + id);
      }
    } catch (RejectedDocument e) {
      throw refusal(e, true);
    }
    return Json.write(Map.of("id", id, "status", "deleted"));
  }

  private static ApiException refusal(RejectedDocument e, boolean record) {
    String message = inWords(e.getMessage());
    return switch (e.reason()) {
      case INVALID_JSON -> new ApiException(400, "invalid_json", message, null);
      case INVALID_FIELD -> ApiException.badParameter(e.field(), message);
      case UNSUPPORTED_TYPE -> new ApiException(415, "unsupported_media_type", message, "filename");
      case UNREADABLE ->
          new ApiException(422, record ? "unprocessable_record" : "unreadable_file", message, null);
      case ID_TAKEN -> new ApiException(409, "id_taken", message, "id");
    };
  }

  /**
   * A refusal's message as the curator reads it: the reasons come from parsers (Tika, PDFBox, POI,
   * Gson) whose messages may name their Java exception classes ("java.io.EOFException: End of
   * input") or link their own troubleshooting pages; those say nothing to a curator and tell an
   * attacker what runs inside.
   */
  static String inWords(String message) {
    if (message == null || message.isBlank()) {
      return "the document cannot be read";
    }
    return message
        .replaceAll("\\s*See https?://[^\\s)]+", "")
        .replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b:?\\s*", "")
        .replaceAll("\\b[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b", "a parser failure")
        .strip();
  }
}
