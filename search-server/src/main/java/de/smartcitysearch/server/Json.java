package de.smartcitysearch.server;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializationContext;
import com.google.gson.JsonSerializer;
import de.smartcitysearch.search.EventDetails;
import de.smartcitysearch.search.PublicEvent;
import de.smartcitysearch.search.SearchResponse.Hit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The one Gson of the API: snake_case names, nulls written out, dates as ISO strings, and one shape
 * for an event: a hit and an event detail are the event's own fields with theirs added at the same
 * level.
 */
public final class Json {

  static final Gson GSON =
      new GsonBuilder()
          .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
          .serializeNulls()
          .disableHtmlEscaping() // the JSON is not HTML; highlights already carry their own
          // escaping
          .registerTypeAdapter(
              LocalDate.class,
              (JsonSerializer<LocalDate>) (d, t, c) -> new JsonPrimitive(d.toString()))
          .registerTypeAdapter(
              Instant.class, (JsonSerializer<Instant>) (d, t, c) -> new JsonPrimitive(d.toString()))
          .registerTypeAdapter(
              LocalTime.class,
              (JsonSerializer<LocalTime>) (d, t, c) -> new JsonPrimitive(d.toString()))
          .registerTypeAdapter(
              Hit.class,
              (JsonSerializer<Hit>)
                  (hit, t, c) -> {
                    JsonObject out = event(hit.document(), c);
                    out.add("highlight", c.serialize(hit.highlight()));
                    out.add("missing", c.serialize(hit.missing()));
                    out.addProperty("score", hit.score());
                    out.add("sessions", c.serialize(hit.sessions()));
                    return out;
                  })
          .registerTypeAdapter(
              EventDetails.class,
              (JsonSerializer<EventDetails>)
                  (details, t, c) -> {
                    JsonObject out = event(details.event(), c);
                    out.addProperty("text", details.text());
                    out.add("topic_reasons", c.serialize(details.topicReasons()));
                    out.add("sessions", c.serialize(details.sessions()));
                    return out;
                  })
          .create();

  private Json() {}

  /** The JSON of any API value, exactly as the HTTP API writes it (for the command line too). */
  public static String write(Object value) {
    return GSON.toJson(value);
  }

  private static JsonObject event(PublicEvent event, JsonSerializationContext context) {
    return context.serialize(event).getAsJsonObject();
  }
}
