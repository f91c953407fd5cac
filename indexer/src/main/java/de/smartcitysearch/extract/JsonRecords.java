package de.smartcitysearch.extract;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import de.smartcitysearch.extract.ExtractedPage.Declared;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one JSON object into a page. Which kind of record it is follows from its fields, so one
 * JSON Lines file may mix them:
 * <ul>
 *   <li>an OParl meeting: {@code "type"} ending in {@code /Meeting} (plain OParl 1.1), or an
 *       {@code "agendaItems"} field (the Karlsruhe records) -> a council meeting page;</li>
 *   <li>an extracted council document: {@code "file_id"} and {@code "text"} (the Karlsruhe file texts)
 *       -> a page titled by its first line;</li>
 *   <li>otherwise an event page with {@code id}, {@code title}, {@code text} and optional {@code url},
 *       {@code start}, {@code end}, {@code city}, {@code organisations}, {@code topics}, {@code teaser},
 *       {@code location}, {@code format}, {@code type}.</li>
 * </ul>
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
  SourceItem item(JsonObject record, String raw, String fileSource, String location) throws ExtractionException {
    String id = text(record, isKarlsruheText(record) ? "file_id" : "id");
    if (id == null) {
      throw new ExtractionException(isKarlsruheText(record) ? "missing field 'file_id'" : "missing field 'id'");
    }
    String source = fileSource + "#" + id;
    String hash = ContentHash.of(raw);
    return new SourceItem() {
      @Override public String source() { return source; }
      @Override public String location() { return location; }
      @Override public String contentHash() { return hash; }
      @Override public ExtractedPage extract() throws ExtractionException {
        try {
          if (isMeeting(record)) {
            return meeting(record, id, source, hash);
          }
          return isKarlsruheText(record) ? councilText(record, id, source, hash) : page(record, id, source, hash);
        } catch (IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
          throw new ExtractionException(e.getMessage(), e);
        }
      }
    };
  }

  static boolean isMeeting(JsonObject record) {
    String type = text(record, "type");
    return record.has("agendaItems") || type != null && type.endsWith("/Meeting");
  }

  private static boolean isKarlsruheText(JsonObject record) {
    return record.has("file_id") && record.has("text");
  }

  private ExtractedPage page(JsonObject r, String id, String source, String hash) throws ExtractionException {
    String title = required(r, "title");
    String body = truncate(required(r, "text"));
    LocalDateTime start = date(r, "start");
    Declared declared = new Declared(text(r, "url"), start, DeclaredDates.endAfter(start, date(r, "end")),
        text(r, "city"), text(r, "location"), strings(r, "organisations"), strings(r, "topics"), text(r, "type"),
        text(r, "format"), null);
    return new ExtractedPage(id, source, hash, title, text(r, "teaser"), body, Map.of(), List.of(), declared);
  }

  private ExtractedPage councilText(JsonObject r, String id, String source, String hash) throws ExtractionException {
    String body = truncate(text(r, "text"));
    if (body == null || body.isBlank()) {
      throw new ExtractionException("no text");
    }
    return new ExtractedPage(id, source, hash, FilePageReader.firstLine(body), "", body, Map.of(), List.of(),
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
      String name = org.isJsonObject() ? text(org.getAsJsonObject(), "name") : null; // plain OParl: only a URL
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
          agenda.add((number == null ? "" : number + " ") + name + (result == null ? "" : " (" + result + ")"));
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
    if (r.has("cancelled") && r.get("cancelled").isJsonPrimitive() && r.get("cancelled").getAsBoolean()) {
      details.put("Status", "abgesagt");
    }
    LocalDateTime start = date(r, "start");
    String url = text(r, "web") != null ? text(r, "web") : id.startsWith("http") ? id : null;
    Declared declared = new Declared(url, start, DeclaredDates.endAfter(start, date(r, "end")), city, location,
        bodies, List.of(), COUNCIL_MEETING, null, null);
    String title = text(r, "name") != null ? text(r, "name") : bodies.isEmpty() ? "Sitzung" : "Sitzung " + bodies.getFirst();
    return new ExtractedPage(id, source, hash, title, location == null ? "" : location, String.join("\n", agenda),
        details, List.of(), declared);
  }

  private String truncate(String text) {
    int max = options.limits().maxChars();
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  private static String required(JsonObject r, String field) throws ExtractionException {
    String value = text(r, field);
    if (value == null || value.isBlank()) {
      throw new ExtractionException("missing field '" + field + "'");
    }
    return value;
  }

  private static LocalDateTime date(JsonObject r, String field) {
    try {
      return DeclaredDates.parse(text(r, field));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("field '" + field + "': " + e.getMessage());
    }
  }

  static String text(JsonObject r, String field) {
    JsonElement v = r.get(field);
    if (v == null || v.isJsonNull()) {
      return null;
    }
    if (!v.isJsonPrimitive()) {
      throw new IllegalArgumentException("field '" + field + "' must be a string");
    }
    String s = v.getAsString().strip();
    return s.isEmpty() ? null : s;
  }

  private static List<String> strings(JsonObject r, String field) {
    List<String> out = new ArrayList<>();
    for (JsonElement e : list(r, field)) {
      if (!e.isJsonPrimitive()) {
        throw new IllegalArgumentException("field '" + field + "' must hold strings");
      }
      if (!e.getAsString().isBlank()) {
        out.add(e.getAsString().strip());
      }
    }
    return out;
  }

  private static List<JsonElement> list(JsonObject r, String field) {
    JsonElement v = r.get(field);
    if (v == null || v.isJsonNull()) {
      return List.of();
    }
    return v.isJsonArray() ? v.getAsJsonArray().asList() : List.of(v);
  }
}
