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

/**
 * Streams the JSON objects of a gzip-compressed JSON Lines file of the shared data, one line at a
 * time.
 */
public final class GzipJsonLines {

  private GzipJsonLines() {}

  /**
   * Hands each object to {@code consumer} in file order until it returns false or the file ends.
   */
  public static void read(Path file, Predicate<JsonObject> consumer) {
    int[] lineNumber = {0};
    lines(
        file,
        line -> {
          lineNumber[0]++;
          return line.isBlank() || consumer.test(parse(file, lineNumber[0], line));
        });
  }

  /**
   * Hands each line to {@code consumer} unparsed, in file order until it returns false or the file
   * ends: for readers that pick a few records out of a large file by a cheap look at the line
   * (parsing all 38,000 council texts takes seconds), then {@link #parse} those.
   */
  public static void lines(Path file, Predicate<String> consumer) {
    if (!Files.isRegularFile(file)) {
      throw new SharedDataException(file, "file not found");
    }
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!consumer.test(line)) {
          return;
        }
      }
    } catch (IOException e) {
      throw new SharedDataException(file, "cannot read: " + e.getMessage(), e);
    }
  }

  /** The string member, or empty when it is missing, null or not a string. */
  public static String string(JsonObject object, String member) {
    var value = object.get(member);
    return value != null && value.isJsonPrimitive() ? value.getAsString() : "";
  }

  /** One line as a JSON object; the exception names the file and line when it is not one. */
  public static JsonObject parse(Path file, int lineNumber, String line) {
    try {
      return JsonParser.parseString(line).getAsJsonObject();
    } catch (JsonParseException | IllegalStateException e) {
      throw new SharedDataException(
          file, "line " + lineNumber + " is not a JSON object: " + e.getMessage(), e);
    }
  }
}
