package de.smartcitysearch.server;

import de.smartcitysearch.server.instantsearch.InstantSearchProtocol;
import java.util.List;
import spark.Request;
import spark.Response;
import spark.Service;

/**
 * Cross-origin reads: the read-only API is public data without credentials, so any origin may read
 * it unless a list of origins was configured; the admin endpoints never answer a browser on another
 * origin.
 */
final class Cors implements HttpFeature {

  private static final String ALLOWED_METHODS = "GET, HEAD, OPTIONS";
  private static final String ALLOWED_HEADERS = "Content-Type, If-None-Match";

  /**
   * Algolia's clients POST their searches and may send their (here unused) credentials as headers.
   */
  private static final String PROTOCOL_METHODS = "POST, OPTIONS";

  private static final String PROTOCOL_HEADERS =
      "Content-Type, X-Algolia-API-Key, X-Algolia-Application-Id";

  private final List<String> origins;

  /** Empty list: any origin. */
  Cors(List<String> origins) {
    this.origins = origins;
  }

  /** Answers the browsers' preflight requests. */
  @Override
  public void register(Service http) {
    http.options("/*", this::preflight);
  }

  /**
   * Adds the CORS headers to a read-only response when the request's origin may read it. Open to
   * any origin, every read-only response says so, with an {@code Origin} or without: the browser
   * caches one answer per URL, and an answer first fetched by the search host's own page (no {@code
   * Origin}) must serve a partner's widget too.
   */
  void allow(Request req, Response res) {
    String origin = req.headers("Origin");
    if (isAdmin(req.uri())) {
      return;
    }
    if (origins.isEmpty()) {
      res.header("Access-Control-Allow-Origin", "*");
    } else if (origin != null && origins.contains(origin)) {
      res.header("Access-Control-Allow-Origin", origin);
    }
  }

  /** Answers a preflight: allowed for read-only paths from an allowed origin, refused otherwise. */
  private String preflight(Request req, Response res) {
    String origin = req.headers("Origin");
    if (isAdmin(req.uri())) {
      throw new ApiException(
          403,
          "cors_forbidden",
          "the admin endpoints cannot be called from a browser on another" + " origin",
          null);
    }
    if (origin != null && !origins.isEmpty() && !origins.contains(origin)) {
      throw new ApiException(
          403, "origin_not_allowed", "origin " + origin + " may not read this API", null);
    }
    boolean protocol = InstantSearchProtocol.serves(req.uri());
    res.header("Access-Control-Allow-Methods", protocol ? PROTOCOL_METHODS : ALLOWED_METHODS);
    res.header("Access-Control-Allow-Headers", protocol ? PROTOCOL_HEADERS : ALLOWED_HEADERS);
    res.header("Access-Control-Max-Age", "600");
    res.status(204);
    return "";
  }

  /** True when responses differ by origin (a configured list), so caches must key on it. */
  boolean varyOrigin() {
    return !origins.isEmpty();
  }

  static boolean isAdmin(String path) {
    return path != null && (path.equals("/api/documents") || path.startsWith("/api/documents/"));
  }
}
