package de.smartcitysearch.server.instantsearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import de.smartcitysearch.search.SearchBackend;
import de.smartcitysearch.search.SearchRequest;
import de.smartcitysearch.server.ApiException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import spark.Request;
import spark.Response;
import spark.Service;

/**
 * The routes of Algolia's search protocol, so that InstantSearch.js and the {@code algoliasearch}
 * clients work unchanged with this server as their host: several queries in one call, one query,
 * and a facet-value search. Only searches are answered; every other path under {@code /1/}
 * (Algolia's indexing, settings and key operations) is a 404, and every error on these paths is
 * written in the protocol's shape {@code {"message","status"}}.
 */
public final class InstantSearchProtocol {

  /** Most body bytes of one call: a page of InstantSearch widgets sends a few kilobytes. */
  public static final int MAX_BODY_BYTES = 64 * 1024;

  private static final String PREFIX = "/1/";
  private static final int MAX_QUERIES = 50;

  /**
   * Query-string parameters Algolia's clients add to every call: credentials, agent and a request
   * id.
   */
  private static final Set<String> CLIENT_PARAMETERS =
      Set.of(
          "x-algolia-api-key",
          "x-algolia-application-id",
          "x-algolia-agent",
          "x-algolia-request-id");

  private final ProtocolSearch search;
  private final Function<Request, byte[]> body;
  private final NothingFound nothingFound;

  /** Told of a visitor's search that found nothing, for the curators' list. */
  @FunctionalInterface
  public interface NothingFound {
    /** The search as the query core read it, and the HTTP request it came in (its client). */
    void record(SearchRequest request, Request http) throws IOException;
  }

  /**
   * @param backend the query core
   * @param body reads a request's body within {@link #MAX_BODY_BYTES} (a 413 beyond)
   * @param nothingFound told of a visitor's search that found nothing (the curators' list), with
   *     its HTTP request
   */
  public InstantSearchProtocol(
      SearchBackend backend, Function<Request, byte[]> body, NothingFound nothingFound) {
    this.search = new ProtocolSearch(backend);
    this.body = body;
    this.nothingFound = nothingFound;
  }

  /** True for the paths of the protocol: read-only like {@code /api/}, and limited like it. */
  public static boolean serves(String path) {
    return path != null && path.startsWith(PREFIX);
  }

  /** Adds the routes, the refusal of every other protocol path and the protocol's error shape. */
  public void register(Service http) {
    http.post(
        "/1/indexes/*/queries",
        (req, res) -> {
          JsonObject call = json(req);
          JsonElement strategy = call.get("strategy");
          if (strategy != null
              && !strategy.isJsonNull()
              && !"none".equals(strategy.getAsString())) {
            throw new ApiException(
                400,
                "unsupported_parameter",
                "strategy "
                    + strategy
                    + " is not supported: every "
                    + "query is answered (strategy none)",
                "strategy");
          }
          for (String key : call.keySet()) {
            if (!key.equals("requests") && !key.equals("strategy")) {
              throw new ApiException(
                  400,
                  "unknown_parameter",
                  "unknown key '" + key + "'; a call has requests and " + "strategy",
                  key);
            }
          }
          JsonArray results = new JsonArray();
          for (JsonObject request : requests(call)) {
            String index = text(request, "indexName");
            QueryParameters parameters = QueryParameters.of(request);
            JsonElement type = request.get("type");
            String kind = type == null || type.isJsonNull() ? "default" : type.getAsString();
            results.add(
                switch (kind) {
                  case "default" ->
                      search.search(index, parameters, r -> nothingFound.record(r, req));
                  case "facet" ->
                      search.facetValues(index, facetOf(request, parameters), parameters);
                  default ->
                      throw QueryParameters.bad(
                          "type", "type is default or facet, not '" + kind + "'");
                });
          }
          JsonObject out = new JsonObject();
          out.add("results", results);
          return out.toString();
        });
    http.post(
        "/1/indexes/:index/query",
        (req, res) -> {
          JsonObject request = json(req);
          return search
              .search(
                  req.params(":index"),
                  QueryParameters.of(request),
                  r -> nothingFound.record(r, req))
              .toString();
        });
    http.post(
        "/1/indexes/:index/facets/:facet/query",
        (req, res) -> {
          JsonObject request = json(req);
          return search
              .facetValues(req.params(":index"), req.params(":facet"), QueryParameters.of(request))
              .toString();
        });
    for (String path : new String[] {"/1", "/1/*"}) {
      http.get(path, this::notSearch);
      http.post(path, this::notSearch);
      http.put(path, this::notSearch);
      http.patch(path, this::notSearch);
      http.delete(path, this::notSearch);
    }
    http.afterAfter(this::protocolErrorShape);
  }

  private Object notSearch(Request req, Response res) {
    throw new ApiException(
        404,
        "not_found",
        "this server answers only searches here: POST /1/indexes/*/queries, "
            + "POST /1/indexes/{index}/query and POST /1/indexes/{index}/facets/{facet}/query; not "
            + req.requestMethod()
            + " "
            + req.uri(),
        null);
  }

  /**
   * The body as a JSON object, after checking the query string holds only what Algolia's clients
   * add.
   */
  private JsonObject json(Request req) {
    for (String name : req.queryParams()) {
      if (!CLIENT_PARAMETERS.contains(name.toLowerCase(Locale.ROOT))) {
        throw new ApiException(
            400,
            "unknown_parameter",
            "unknown query-string parameter '" + name + "'; search parameters go into the body",
            name);
      }
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body.apply(req)))
              .toString();
    } catch (CharacterCodingException e) {
      throw new ApiException(400, "invalid_body", "the body is not valid UTF-8", null);
    }
    try {
      JsonElement parsed = JsonParser.parseString(text);
      if (parsed.isJsonObject()) {
        return parsed.getAsJsonObject();
      }
    } catch (JsonParseException | StackOverflowError e) {
      // answered below, like any body that is not an object
    }
    throw new ApiException(
        400,
        "invalid_body",
        "the body must be a JSON object, such as "
            + "{\"requests\":[{\"indexName\":\"events\",\"params\":{\"query\":\"Kiel\"}}]}",
        null);
  }

  private static List<JsonObject> requests(JsonObject call) {
    JsonElement requests = call.get("requests");
    if (requests == null || !requests.isJsonArray() || requests.getAsJsonArray().isEmpty()) {
      throw QueryParameters.bad(
          "requests", "requests must be a list of 1 to " + MAX_QUERIES + " queries");
    }
    if (requests.getAsJsonArray().size() > MAX_QUERIES) {
      throw QueryParameters.bad(
          "requests",
          "at most "
              + MAX_QUERIES
              + " queries in one call, not "
              + requests.getAsJsonArray().size());
    }
    List<JsonObject> out = new ArrayList<>();
    for (JsonElement r : requests.getAsJsonArray()) {
      if (!r.isJsonObject()) {
        throw QueryParameters.bad(
            "requests", "each query is an object with indexName and params, not " + r);
      }
      out.add(r.getAsJsonObject());
    }
    return out;
  }

  /**
   * The facet a facet-value search of a multi-query searches in: {@code facet}, or {@code
   * facetName} (v4).
   */
  private static String facetOf(JsonObject request, QueryParameters parameters) {
    JsonElement facet = request.get("facet");
    return facet != null && facet.isJsonPrimitive()
        ? facet.getAsString()
        : parameters.text("facetName", null);
  }

  private static String text(JsonObject request, String key) {
    JsonElement v = request.get(key);
    if (v == null || !v.isJsonPrimitive() || v.getAsString().isBlank()) {
      throw QueryParameters.bad(key, "each query names its index in " + key);
    }
    return v.getAsString();
  }

  /**
   * Every error on the protocol's paths, also those of the shared filters (rate limit, body limit),
   * as Algolia's clients read them: {@code {"message","status"}}, with the API's code and parameter
   * beside them.
   */
  private void protocolErrorShape(Request req, Response res) {
    if (!serves(req.uri()) || res.status() < 400 || res.body() == null) {
      return;
    }
    try {
      JsonObject error =
          JsonParser.parseString(res.body()).getAsJsonObject().getAsJsonObject("error");
      JsonObject out = new JsonObject();
      out.add("message", error.get("message"));
      out.addProperty("status", res.status());
      out.add("code", error.get("code"));
      out.add("parameter", error.get("parameter"));
      res.body(out.toString());
    } catch (RuntimeException e) {
      // not the API's error shape: left as it is
    }
  }
}
