package de.smartcitysearch.extract;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import de.smartcitysearch.document.DocumentId;
import de.smartcitysearch.document.Sha256;
import de.smartcitysearch.extract.ExtractedPage.Declared;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one JSON object into a page. Which kind of record it is follows from its fields, so one
 * JSON Lines file may mix them:
 *
 * <ul>
 *   <li>an OParl meeting: {@code "type"} ending in {@code /Meeting} (plain OParl 1.1), or an {@code
 *       "agendaItems"} field (the Karlsruhe records) -> a council meeting page;
 *   <li>an extracted council document: {@code "file_id"} and {@code "text"} (the Karlsruhe file
 *       texts) -> a page titled by its first line;
 *   <li>otherwise an {@link EventRecord}.
 * </ul>
 *
 * OParl ids are URLs; they become ids by {@link DocumentId#ofUrl}.
 */
final class JsonRecords {

  static final String COUNCIL_MEETING = "Ratssitzung";

  private final InputOptions options;

  JsonRecords(InputOptions options) {
    this.options = options;
  }

  /**
   * The record as a source item; the id is read now (it names the source), the rest on extraction.
   *
   * @param raw the record's JSON text, fingerprinted for incremental runs
   * @param fileSource the source name of the file the record is in
   * @param location where problems are reported ("meetings.jsonl.gz:12")
   * @throws ExtractionException when the record has no usable id
   */
  SourceItem item(JsonObject record, String raw, String fileSource, String location)
      throws ExtractionException {
    String id = id(record);
    String source = fileSource + "#" + id;
    String hash = Sha256.hex(raw);
    return new SourceItem() {
      @Override
      public String source() {
        return source;
      }

      @Override
      public String location() {
        return location;
      }

      @Override
      public String contentHash() {
        return hash;
      }

      @Override
      public ExtractedPage extract() throws ExtractionException {
        try {
          if (isMeeting(record)) {
            return meeting(record, id, source, hash);
          }
          return isKarlsruheText(record)
              ? councilText(record, id, source, hash)
              : EventRecord.page(record, id, source, hash, options.limits().maxChars());
        } catch (InvalidField e) {
          throw e.toExtractionException();
        } catch (IllegalArgumentException
            | IllegalStateException
            | UnsupportedOperationException e) {
          throw new ExtractionException(e.getMessage(), e);
        }
      }
    };
  }

  private static String id(JsonObject record) throws ExtractionException {
    if (!isMeeting(record) && !isKarlsruheText(record)) {
      return EventRecord.id(record);
    }
    String field = isKarlsruheText(record) ? "file_id" : "id";
    try {
      String id = text(record, field);
      if (id == null) {
        throw ExtractionException.inField(field, "missing field '" + field + "'");
      }
      return DocumentId.given(id);
    } catch (InvalidField e) {
      throw e.toExtractionException();
    } catch (IllegalArgumentException e) {
      throw ExtractionException.inField(field, e.getMessage());
    }
  }

  static boolean isMeeting(JsonObject record) {
    JsonElement type = record.get("type");
    return record.has("agendaItems")
        || type != null && type.isJsonPrimitive() && type.getAsString().endsWith("/Meeting");
  }

  private static boolean isKarlsruheText(JsonObject record) {
    return record.has("file_id") && record.has("text");
  }

  private ExtractedPage councilText(JsonObject r, String id, String source, String hash)
      throws ExtractionException {
    String body = truncate(text(r, "text"));
    if (body == null || body.isBlank()) {
      throw new ExtractionException("no text");
    }
    return new ExtractedPage(
        id,
        source,
        hash,
        FilePageReader.firstLine(body),
        "",
        body,
        Map.of(),
        List.of(),
        Declared.NONE);
  }

  private ExtractedPage meeting(JsonObject r, String id, String source, String hash) {
    String location = null;
    String city = options.oparlCity();
    JsonElement place = r.get("location");
    if (place != null && place.isJsonPrimitive()) {
      location = place.getAsString().strip();
    } else if (place != null && place.isJsonObject()) {
      JsonObject p = place.getAsJsonObject();
      List<String> parts = new ArrayList<>();
      for (String key : List.of("description", "room", "streetAddress", "postalCode", "locality")) {
        String v = text(p, key);
        if (v != null) {
          parts.add(v);
        }
      }
      location = parts.isEmpty() ? null : String.join(", ", parts);
      city = text(p, "locality") != null ? text(p, "locality") : city;
    }
    List<String> bodies = new ArrayList<>();
    for (JsonElement org : list(r, "organization")) {
      String name =
          org.isJsonObject()
              ? text(org.getAsJsonObject(), "name")
              : null; // plain OParl: only a URL
      if (name != null) {
        bodies.add(name);
      }
    }
    List<String> agenda = new ArrayList<>();
    for (JsonElement item : list(r, r.has("agendaItems") ? "agendaItems" : "agendaItem")) {
      if (item.isJsonObject()) {
        JsonObject a = item.getAsJsonObject();
        String name = text(a, "name");
        if (name != null) {
          String number = text(a, "number");
          String result = text(a, "result");
          agenda.add(
              (number == null ? "" : number + " ")
                  + name
                  + (result == null ? "" : " (" + result + ")"));
        }
      }
    }
    Map<String, String> details = new LinkedHashMap<>();
    if (location != null) {
      details.put("Veranstaltungsort", location);
    }
    List<String> files = new ArrayList<>();
    for (JsonElement f : list(r, "files")) {
      if (f.isJsonPrimitive()) {
        files.add(f.getAsString());
      }
    }
    if (!files.isEmpty()) {
      details.put("Dokumente", String.join("\n", files));
    }
    if (r.has("cancelled")
        && r.get("cancelled").isJsonPrimitive()
        && r.get("cancelled").getAsBoolean()) {
      details.put("Status", "abgesagt");
    }
    DeclaredDate start = date(r, "start");
    String given = text(r, "id");
    String url =
        text(r, "web") != null
            ? text(r, "web")
            : given != null && given.startsWith("http") ? given : null;
    Declared declared =
        Declared.builder()
            .url(url)
            .start(DeclaredDate.dateOf(start))
            .startTime(DeclaredDate.timeOf(start))
            .end(DeclaredDate.dateOf(date(r, "end")))
            .city(city)
            .location(location)
            .organisations(bodies)
            .eventType(COUNCIL_MEETING)
            .build();
    String title =
        text(r, "name") != null
            ? text(r, "name")
            : bodies.isEmpty() ? "Sitzung" : "Sitzung " + bodies.getFirst();
    return new ExtractedPage(
        id,
        source,
        hash,
        title,
        location == null ? "" : location,
        String.join("\n", agenda),
        details,
        List.of(),
        declared);
  }

  private String truncate(String text) {
    int max = options.limits().maxChars();
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  /** The field as a stripped string, null when absent or blank. */
  static String text(JsonObject r, String field) {
    JsonElement v = r.get(field);
    if (v == null || v.isJsonNull()) {
      return null;
    }
    if (!v.isJsonPrimitive()) {
      throw new InvalidField(field, "field '" + field + "' must be a string");
    }
    String s = v.getAsString().strip();
    return s.isEmpty() ? null : s;
  }

  /** The field as an ISO date, null when absent. */
  static DeclaredDate date(JsonObject r, String field) {
    String value = text(r, field);
    try {
      return DeclaredDate.parse(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidField(field, "field '" + field + "': " + e.getMessage());
    }
  }

  private static List<JsonElement> list(JsonObject r, String field) {
    JsonElement v = r.get(field);
    if (v == null || v.isJsonNull()) {
      return List.of();
    }
    return v.isJsonArray() ? v.getAsJsonArray().asList() : List.of(v);
  }
}
