package de.smartcitysearch.server;

import spark.Request;
import spark.Response;
import spark.Service;

/**
 * Refuses query parameters with control characters (U+0000 to U+001F, U+007F to U+009F), in their
 * names or values, with a 400 naming the parameter: no search, filter, id or file name is written
 * with them, and a NUL in {@code kind=event%00} must not pass as "event" to one part of the system
 * and as something else to another.
 */
final class ParameterCharacters implements HttpFeature {

  @Override
  public void register(Service http) {
    http.before(ParameterCharacters::check);
  }

  private static void check(Request req, Response res) {
    if (req.queryString() == null) {
      return;
    }
    for (String name : req.queryParams()) {
      int at = controlCharacter(name);
      if (at >= 0) {
        throw ApiException.badParameter(
            null,
            "a parameter name contains the control character "
                + codePoint(name.charAt(at))
                + "; parameters are text without control characters");
      }
      for (String value : req.queryParamsValues(name)) {
        at = controlCharacter(value);
        if (at >= 0) {
          throw ApiException.badParameter(
              name,
              name
                  + " contains the control character "
                  + codePoint(value.charAt(at))
                  + " at position "
                  + (at + 1)
                  + "; parameters are text without control characters");
        }
      }
    }
  }

  /** The index of the first control character, or -1. */
  static int controlCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isISOControl(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static String codePoint(char c) {
    return String.format("U+%04X", (int) c);
  }
}
