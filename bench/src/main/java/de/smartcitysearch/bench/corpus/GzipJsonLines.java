package de.smartcitysearch.bench.corpus;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/** Streams the JSON objects of a gzip-compressed JSON Lines file of the shared data, one line at a time. */
final class GzipJsonLines {

  private GzipJsonLines() {}

  /** Hands each object to {@code consumer} in file order until it returns false or the file ends. */
  static void read(Path file, Predicate<JsonObject> consumer) {
    if (!Files.isRegularFile(file)) {
      throw new SharedDataException(file, "file not found");
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
      int lineNumber = 0;
      String line;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (!line.isBlank() && !consumer.test(parse(file, lineNumber, line))) {
          return;
        }
      }
    } catch (IOException e) {
      throw new SharedDataException(file, "cannot read: " + e.getMessage(), e);
    }
  }

  /** The string member, or empty when it is missing, null or not a string. */
  static String string(JsonObject object, String member) {
    var value = object.get(member);
    return value != null && value.isJsonPrimitive() ? value.getAsString() : "";
  }

  private static JsonObject parse(Path file, int lineNumber, String line) {
    try {
      return JsonParser.parseString(line).getAsJsonObject();
    } catch (JsonParseException | IllegalStateException e) {
      throw new SharedDataException(file, "line " + lineNumber + " is not a JSON object: " + e.getMessage(), e);
    }
  }
}
