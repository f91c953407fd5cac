package de.smartcitysearch.extract;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import de.smartcitysearch.document.DocumentId;
import de.smartcitysearch.extract.ExtractedPage.Declared;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The event record: one line of a JSON Lines input, and the body of {@code POST /api/documents} —
 * the same shape read by the same code, so an event posted and an event indexed from a file become
 * the same document.
 *
 * <p>Fields (snake_case; only {@code id} and {@code title} are required): {@code id} (see {@link
 * DocumentId}), {@code title}, {@code teaser}, {@code text}, {@code url}, {@code start} and {@code
 * end} (ISO dates; a date-time also gives {@code start_time}), {@code start_time} ({@code HH:mm}),
 * {@code city}, {@code land}, {@code location} (venue name and address as text), {@code
 * organisations}, {@code topics} and {@code audiences} (lists of strings), {@code type}, {@code
 * format}. Every value given is declared and wins over what enrichment finds in the text. A
 * misspelt field is an error, not silently ignored.
 */
final class EventRecord {

  /** The fields of a record, in the order the README lists them. */
  static final List<String> FIELDS =
      List.of(
          "id",
          "title",
          "teaser",
          "text",
          "url",
          "start",
          "end",
          "start_time",
          "city",
          "land",
          "location",
          "organisations",
          "topics",
          "audiences",
          "type",
          "format");

  private EventRecord() {}

  /** The id the record gives, as the index keeps it. */
  static String id(JsonObject record) throws ExtractionException {
    try {
      String id = JsonRecords.text(record, "id");
      if (id == null) {
        throw ExtractionException.inField("id", "missing field 'id'");
      }
      return DocumentId.given(id);
    } catch (InvalidField e) {
      throw e.toExtractionException();
    } catch (IllegalArgumentException e) {
      throw ExtractionException.inField("id", e.getMessage());
    }
  }

  /**
   * The page of the record.
   *
   * @param maxChars the text is cut after this many characters, as a file's would be
   * @throws ExtractionException naming the field that is missing, unknown or malformed
   */
  static ExtractedPage page(JsonObject r, String id, String source, String hash, int maxChars)
      throws ExtractionException {
    for (Map.Entry<String, JsonElement> field : r.entrySet()) {
      if (!FIELDS.contains(field.getKey())) {
        throw ExtractionException.inField(
            field.getKey(),
            "unknown field '" + field.getKey() + "'; an event record has " + FIELDS);
      }
    }
    String title = JsonRecords.text(r, "title");
    if (title == null) {
      throw ExtractionException.inField("title", "missing field 'title'");
    }
    DeclaredDate start = JsonRecords.date(r, "start");
    DeclaredDate end = JsonRecords.date(r, "end");
    if (start != null && end != null && end.date().isBefore(start.date())) {
      throw ExtractionException.inField(
          "end", "field 'end': " + end.date() + " is before the start " + start.date());
    }
    LocalTime startTime = time(r, "start_time");
    Declared declared =
        Declared.builder()
            .url(JsonRecords.text(r, "url"))
            .start(DeclaredDate.dateOf(start))
            .end(DeclaredDate.dateOf(end))
            .startTime(startTime != null ? startTime : DeclaredDate.timeOf(start))
            .city(JsonRecords.text(r, "city"))
            .land(JsonRecords.text(r, "land"))
            .location(JsonRecords.text(r, "location"))
            .organisations(strings(r, "organisations"))
            .topics(strings(r, "topics"))
            .audiences(strings(r, "audiences"))
            .eventType(JsonRecords.text(r, "type"))
            .format(JsonRecords.text(r, "format"))
            .build();
    String text = JsonRecords.text(r, "text");
    String body = text == null || text.length() <= maxChars ? text : text.substring(0, maxChars);
    return new ExtractedPage(
        id,
        source,
        hash,
        title,
        JsonRecords.text(r, "teaser"),
        body,
        Map.of(),
        List.of(),
        declared);
  }

  private static LocalTime time(JsonObject r, String field) throws ExtractionException {
    String value = JsonRecords.text(r, field);
    if (value == null) {
      return null;
    }
    try {
      return LocalTime.parse(value);
    } catch (DateTimeParseException e) {
      throw ExtractionException.inField(
          field, "field '" + field + "': '" + value + "' is not a time like 09:30");
    }
  }

  private static List<String> strings(JsonObject r, String field) throws ExtractionException {
    JsonElement v = r.get(field);
    if (v == null || v.isJsonNull()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (JsonElement e : v.isJsonArray() ? v.getAsJsonArray().asList() : List.of(v)) {
      if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
        throw ExtractionException.inField(field, "field '" + field + "' must be a list of strings");
      }
      if (!e.getAsString().isBlank()) {
        out.add(e.getAsString().strip());
      }
    }
    return out;
  }
}
