package de.smartcitysearch.index;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.document.Place;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The JSON shape of search results, shared by the command line and the HTTP API:
 * {@code {"total":N,"hits":[{"id","source","type","title",...}]}} with dates as YYYY-MM-DD. Absent
 * values are {@code null} or empty lists, so every hit has the same keys.
 */
public final class EventJson {

  private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();
  private static final Gson PRETTY = new GsonBuilder().serializeNulls().disableHtmlEscaping().setPrettyPrinting().create();

  private EventJson() {}

  /** One hit: the event's display fields (the body is left out, it can be long). */
  public static JsonObject hit(EventDocument event) {
    JsonObject hit = new JsonObject();
    hit.addProperty("id", event.id());
    hit.addProperty("source", event.source());
    hit.addProperty("type", event.kind().id());
    hit.addProperty("title", event.title());
    hit.addProperty("teaser", event.teaser());
    hit.add("url", string(event.url()));
    hit.add("start_date", date(event.startDate()));
    hit.add("end_date", date(event.endDate()));
    hit.add("start_time", event.startTime() == null ? JsonNull.INSTANCE : new JsonPrimitive(event.startTime().toString()));
    Place venue = event.venue();
    hit.add("venue_city", venue == null ? JsonNull.INSTANCE : new JsonPrimitive(venue.name()));
    hit.add("land", venue == null ? JsonNull.INSTANCE : new JsonPrimitive(venue.land()));
    hit.add("cities", strings(event.cities().stream().map(Place::name).distinct().toList()));
    hit.add("organisations", strings(event.organisations()));
    hit.add("topics", strings(event.topics()));
    hit.add("format", string(event.format()));
    hit.add("event_type", string(event.eventType()));
    hit.add("event_id", string(event.eventId()));
    hit.add("event_title", string(event.eventTitle()));
    return hit;
  }

  /** The result object around the hits. */
  public static JsonObject results(long total, List<JsonObject> hits) {
    JsonObject results = new JsonObject();
    results.addProperty("total", total);
    JsonArray array = new JsonArray();
    hits.forEach(array::add);
    results.add("hits", array);
    return results;
  }

  /** Compact JSON text, nulls kept. */
  public static String toJson(JsonObject json) {
    return GSON.toJson(json);
  }

  /** Indented JSON text, nulls kept, for people reading a terminal. */
  public static String toPrettyJson(JsonObject json) {
    return PRETTY.toJson(json);
  }

  private static JsonArray strings(Collection<String> values) {
    JsonArray array = new JsonArray();
    values.forEach(array::add);
    return array;
  }

  private static com.google.gson.JsonElement string(String value) {
    return value == null ? JsonNull.INSTANCE : new JsonPrimitive(value);
  }

  private static com.google.gson.JsonElement date(LocalDate date) {
    return date == null ? JsonNull.INSTANCE : new JsonPrimitive(date.toString());
  }
}
