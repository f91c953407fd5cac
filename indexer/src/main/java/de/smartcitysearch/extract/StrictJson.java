package de.smartcitysearch.extract;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;

/**
 * Reads JSON text as RFC 8259 has it, nothing more: the one parser of event records, JSON Lines and
 * OParl files.
 *
 * <p>Gson's strict mode refuses comments, single quotes, unquoted names, {@code NaN} and {@code
 * Infinity}, trailing commas, leading zeros, unescaped control characters and trailing data. It
 * accepts two things this class refuses: a name given twice in one object (Gson keeps the last
 * value, so {@code {"id":"a","id":"b"}} would silently be "b"), and a lone UTF-16 surrogate written
 * as an escape ({@code "\uD800"}), which is no character and cannot be stored as UTF-8. Messages
 * say what is wrong and where, in words, never which Java class noticed it.
 */
final class StrictJson {

  /**
   * Gson's message for anything its strict mode refuses; it advises a Java method, not the JSON's
   * author.
   */
  private static final String GSON_LENIENCY_ADVICE =
      "Use JsonReader.setStrictness(Strictness.LENIENT) to accept " + "malformed JSON";

  private StrictJson() {}

  /**
   * The JSON value of the text, nested at most Gson's default 255 levels deep.
   *
   * @throws JsonParseException with what is wrong and where ("at line 1 column 9 path $.title")
   */
  static JsonElement parse(String json) {
    JsonReader reader = new JsonReader(new StringReader(json));
    reader.setStrictness(Strictness.STRICT);
    try {
      JsonElement value = read(reader);
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        throw new JsonParseException(
            "more than one JSON value (text after the end at " + reader.getPath() + ")");
      }
      return value;
    } catch (IOException e) { // MalformedJsonException, EOFException: a position is in the message
      throw new JsonParseException(plain(e.getMessage()));
    } catch (IllegalStateException e) { // Gson's tree reader refusing a token where a value must be
      throw new JsonParseException(plain(e.getMessage()));
    }
  }

  private static JsonElement read(JsonReader reader) throws IOException {
    return switch (reader.peek()) {
      case BEGIN_OBJECT -> {
        JsonObject object = new JsonObject();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = checked(reader.nextName(), reader);
          if (object.has(name)) {
            throw new JsonParseException(
                "the name '"
                    + name
                    + "' is given twice in one object at "
                    + reader.getPreviousPath());
          }
          object.add(name, read(reader));
        }
        reader.endObject();
        yield object;
      }
      case BEGIN_ARRAY -> {
        JsonArray array = new JsonArray();
        reader.beginArray();
        while (reader.hasNext()) {
          array.add(read(reader));
        }
        reader.endArray();
        yield array;
      }
      case STRING -> new JsonPrimitive(checked(reader.nextString(), reader));
      // the number as written, parsed by Gson as it would parse it (no rounding of long digit
      // strings here)
      case NUMBER -> JsonParser.parseString(reader.nextString());
      case BOOLEAN -> new JsonPrimitive(reader.nextBoolean());
      case NULL -> {
        reader.nextNull();
        yield JsonNull.INSTANCE;
      }
      default -> throw new JsonParseException("a value was expected at " + reader.getPath());
    };
  }

  /** The text, unless it holds a surrogate without its partner. */
  private static String checked(String text, JsonReader reader) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new JsonParseException(
            String.format(
                "a lone surrogate \\u%04X (no character) at %s",
                (int) c, reader.getPreviousPath()));
      }
    }
    return text;
  }

  /** Gson's message without its Java advice and its link to Gson's troubleshooting page. */
  private static String plain(String message) {
    if (message == null || message.isBlank()) {
      return "malformed JSON";
    }
    String firstLine = message.lines().findFirst().orElse("").strip();
    return firstLine.replace(
        GSON_LENIENCY_ADVICE,
        "malformed JSON (comments, single quotes, unquoted names, NaN "
            + "and trailing commas are not JSON)");
  }
}
