package de.smartcitysearch.server.instantsearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import de.smartcitysearch.server.ApiException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The parameters of one query, however the client wrote them: Algolia's clients send them
 * URL-encoded in a {@code params} string (v3, v4: {@code "query=Kiel&facets=%5B%22topic%22%5D"}),
 * as a {@code params} object, or beside {@code indexName} at the top of the request (v5). Every
 * name is checked: one the protocol does not know, or knows but does not support, is refused with a
 * 400 that names it.
 */
final class QueryParameters {

  /** What a search and a facet-value search may carry. */
  static final Set<String> SUPPORTED =
      Set.of(
          "query",
          "page",
          "hitsPerPage",
          "facets",
          "maxValuesPerFacet",
          "facetFilters",
          "numericFilters",
          "highlightPreTag",
          "highlightPostTag",
          "attributesToRetrieve",
          "attributesToHighlight",
          "attributesToSnippet",
          "facetQuery",
          "facetName",
          "maxFacetHits",
          // the helper sends these with its extra facet queries; nothing is recorded here either
          // way
          "analytics",
          "clickAnalytics");

  /** Algolia parameters a client may reasonably send, with what to do instead. */
  private static final Map<String, String> UNSUPPORTED =
      Map.of(
          "filters", "write the filter as facetFilters and numericFilters",
          "optionalFilters", "optional filters are not supported; the ranking is the query core's",
          "tagFilters", "this index has no tags; filter by a facet with facetFilters",
          "aroundLatLng", "there is no geo search; filter by land or city",
          "offset", "page through the hits with page and hitsPerPage",
          "length", "page through the hits with page and hitsPerPage",
          "distinct", "hits are events and program sessions, each once",
          "typoTolerance", "typos are always forgiven where the index has the word meant",
          "restrictSearchableAttributes", "every text field is searched");

  /** Keys of a request object that are not search parameters. */
  private static final Set<String> REQUEST_KEYS = Set.of("indexName", "params", "type", "facet");

  private final Map<String, JsonElement> values;

  private QueryParameters(Map<String, JsonElement> values) {
    this.values = values;
  }

  /**
   * The parameters of one element of {@code requests}: its own keys, then those of {@code params}.
   */
  static QueryParameters of(JsonObject request) {
    Map<String, JsonElement> values = new LinkedHashMap<>();
    request
        .entrySet()
        .forEach(
            e -> {
              if (!REQUEST_KEYS.contains(e.getKey()) && !e.getValue().isJsonNull()) {
                values.put(e.getKey(), e.getValue());
              }
            });
    JsonElement params = request.get("params");
    if (params != null && !params.isJsonNull()) {
      if (params.isJsonObject()) {
        params
            .getAsJsonObject()
            .entrySet()
            .forEach(
                e -> {
                  if (!e.getValue().isJsonNull()) {
                    values.put(e.getKey(), e.getValue());
                  }
                });
      } else if (params.isJsonPrimitive() && params.getAsJsonPrimitive().isString()) {
        values.putAll(urlEncoded(params.getAsString()));
      } else {
        throw bad("params", "params must be a URL-encoded string or an object");
      }
    }
    for (String name : values.keySet()) {
      if (UNSUPPORTED.containsKey(name)) {
        throw new ApiException(
            400,
            "unsupported_parameter",
            "'" + name + "' is not supported: " + UNSUPPORTED.get(name),
            name);
      }
      if (!SUPPORTED.contains(name)) {
        throw new ApiException(
            400,
            "unknown_parameter",
            "unknown parameter '" + name + "'; supported: " + new TreeSet<>(SUPPORTED),
            name);
      }
    }
    return new QueryParameters(values);
  }

  /**
   * The URL-encoded form: each value as Algolia's clients write it (arrays as JSON, numbers and
   * words plain).
   */
  private static Map<String, JsonElement> urlEncoded(String params) {
    Map<String, JsonElement> out = new LinkedHashMap<>();
    for (String pair : params.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      out.put(name, new JsonPrimitive(value));
    }
    return out;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw bad("params", "params is not valid URL encoding: " + e.getMessage());
    }
  }

  boolean has(String name) {
    return values.containsKey(name);
  }

  /** A text parameter, or the fallback when it is absent. */
  String text(String name, String fallback) {
    JsonElement v = values.get(name);
    if (v == null) {
      return fallback;
    }
    if (!v.isJsonPrimitive()) {
      throw bad(name, name + " must be a string");
    }
    return v.getAsString();
  }

  /** A whole number between min and max, or the fallback when it is absent. */
  int integer(String name, int fallback, int min, int max) {
    JsonElement v = values.get(name);
    if (v == null) {
      return fallback;
    }
    int n;
    try {
      if (!v.isJsonPrimitive()) {
        throw new NumberFormatException();
      }
      n =
          v.getAsJsonPrimitive().isNumber()
              ? Math.toIntExact(v.getAsJsonPrimitive().getAsLong())
              : Integer.parseInt(v.getAsString().strip());
      if (v.getAsJsonPrimitive().isNumber() && v.getAsDouble() != n) {
        throw new NumberFormatException();
      }
    } catch (NumberFormatException | ArithmeticException e) {
      throw bad(name, name + " must be a whole number, not " + v);
    }
    if (n < min || n > max) {
      throw new ApiException(
          400,
          "out_of_range",
          name + " must be between " + min + " and " + max + ", not " + n,
          name);
    }
    return n;
  }

  /**
   * A list of strings: a JSON array, or a string holding one ("[\"a\",\"b\"]"), or comma-separated
   * names ("a,b"); null when absent.
   */
  List<String> list(String name) {
    JsonElement v = values.get(name);
    if (v == null) {
      return null;
    }
    JsonElement parsed = json(name, v);
    if (parsed.isJsonPrimitive()) {
      List<String> out = new ArrayList<>();
      for (String part : parsed.getAsString().split(",")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
      return out;
    }
    if (!parsed.isJsonArray()) {
      throw bad(name, name + " must be a list of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonElement e : parsed.getAsJsonArray()) {
      if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
        throw bad(name, name + " must be a list of strings, not " + parsed);
      }
      out.add(e.getAsString());
    }
    return out;
  }

  /**
   * A filter list (facetFilters, numericFilters): an array whose elements are strings or arrays of
   * strings, a string holding such an array, or a single filter string; null when absent.
   */
  JsonArray filters(String name) {
    JsonElement v = values.get(name);
    if (v == null) {
      return null;
    }
    JsonElement parsed = json(name, v);
    if (parsed.isJsonPrimitive()) {
      JsonArray one = new JsonArray();
      one.add(parsed);
      return one;
    }
    if (!parsed.isJsonArray()) {
      throw bad(name, name + " must be a list of filters such as [\"topic:Mobilität\"]");
    }
    return parsed.getAsJsonArray();
  }

  /** The parameters as Algolia echoes them in {@code params}: URL-encoded, arrays as JSON. */
  String echo() {
    StringBuilder out = new StringBuilder();
    values.forEach(
        (name, value) -> {
          out.append(out.isEmpty() ? "" : "&")
              .append(encode(name))
              .append('=')
              .append(encode(value.isJsonPrimitive() ? value.getAsString() : value.toString()));
        });
    return out.toString();
  }

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * A string that looks like a JSON array is read as one (the URL-encoded form writes arrays so).
   */
  private static JsonElement json(String name, JsonElement v) {
    if (v.isJsonPrimitive()
        && v.getAsJsonPrimitive().isString()
        && v.getAsString().strip().startsWith("[")) {
      try {
        return JsonParser.parseString(v.getAsString());
      } catch (JsonParseException e) {
        throw bad(name, name + " is not a valid JSON array: " + v.getAsString());
      }
    }
    return v;
  }

  static ApiException bad(String name, String message) {
    return ApiException.badParameter(name, message);
  }
}
