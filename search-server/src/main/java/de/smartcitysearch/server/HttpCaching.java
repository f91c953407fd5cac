package de.smartcitysearch.server;

import de.smartcitysearch.document.Sha256;
import de.smartcitysearch.search.SearchBackend;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import spark.Request;
import spark.Response;
import spark.Service;

/**
 * Conditional GET and compression for the API: an ETag from the index version, the day and the
 * request, a 304 before any work when the client's copy is current, gzip when the client asks for
 * it, and {@code no-store} on answers that must not be cached (errors, admin calls).
 */
final class HttpCaching implements HttpFeature {

  private static final String ETAG = "cache.etag";
  private static final String CACHE_CONTROL = "public, max-age=60";

  private final SearchBackend backend;
  private final Cors cors;
  private final String apiVersion;

  /**
   * {@code apiVersion} changes the ETags when the API itself changes (a new release answering
   * differently).
   */
  HttpCaching(SearchBackend backend, Cors cors, String apiVersion) {
    this.backend = backend;
    this.cors = cors;
    this.apiVersion = apiVersion;
  }

  @Override
  public void register(Service http) {
    http.before((req, res) -> conditionalGet(req, res, http));
    http.after(this::cachingAndCompression);
  }

  private void conditionalGet(Request req, Response res, Service http) throws IOException {
    if (!req.requestMethod().equals("GET")
        || Cors.isAdmin(req.uri())
        || WebPages.serves(req.uri())
        || CuratorRoutes.changesWithoutTheIndex(req.uri())
        || WidgetRoutes.changesWithoutTheIndex(req.uri())) {
      // pages have their own ETag
      return;
    }
    SearchBackend.IndexState state = backend.indexState();
    String representation =
        state.version()
            + "|"
            + state.documents()
            + "|"
            + LocalDate.now()
            + "|"
            + req.uri()
            + "?"
            + req.queryString()
            + "|"
            + apiVersion;
    String etag = "W/\"" + HexFormat.of().formatHex(Sha256.digest(representation), 0, 12) + "\"";
    req.attribute(ETAG, etag);
    String ifNoneMatch = req.headers("If-None-Match");
    if (ifNoneMatch != null && List.of(ifNoneMatch.split("\\s*,\\s*")).contains(etag)) {
      res.header("ETag", etag);
      res.header("Cache-Control", CACHE_CONTROL);
      http.halt(304);
    }
  }

  private void cachingAndCompression(Request req, Response res) {
    String etag = req.attribute(ETAG);
    int status = res.status();
    boolean answered =
        res.body() != null; // null: no route took the request, the 404 or 405 comes after this
    if (etag != null && answered && (status == 200 || status == 304)) {
      res.header("ETag", etag);
      res.header("Cache-Control", CACHE_CONTROL);
    } else if (!WebPages.serves(req.uri())) {
      res.header("Cache-Control", "no-store");
    }
    res.header("Vary", "Accept-Encoding" + (cors.varyOrigin() ? ", Origin" : ""));
    String accept = req.headers("Accept-Encoding");
    if (status != 304
        && accept != null
        && accept.contains("gzip")
        && res.body() != null
        && !res.body().isEmpty()) {
      res.header("Content-Encoding", "gzip"); // Spark compresses the body when the route sets this
    }
  }
}
