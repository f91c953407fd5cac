package de.smartcitysearch.server;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** The one Gson of the API: snake_case names, nulls written out, dates as ISO strings. */
public final class Json {

  static final Gson GSON = new GsonBuilder()
      .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
      .serializeNulls()
      .disableHtmlEscaping() // the JSON is not HTML; snippets already carry their own escaping
      .registerTypeAdapter(LocalDate.class, (JsonSerializer<LocalDate>) (d, t, c) -> new JsonPrimitive(d.toString()))
      .registerTypeAdapter(Instant.class, (JsonSerializer<Instant>) (d, t, c) -> new JsonPrimitive(d.toString()))
      .registerTypeAdapter(LocalTime.class, (JsonSerializer<LocalTime>) (d, t, c) -> new JsonPrimitive(d.toString()))
      .create();

  private Json() {}

  /** The JSON of any API value, exactly as the HTTP API writes it (for the command line too). */
  public static String write(Object value) {
    return GSON.toJson(value);
  }
}
