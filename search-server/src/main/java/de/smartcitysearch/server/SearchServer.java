package de.smartcitysearch.server;

import de.smartcitysearch.document.Sha256;
import de.smartcitysearch.index.DocumentIngestion;
import de.smartcitysearch.search.Coverage;
import de.smartcitysearch.search.EventSearcher;
import de.smartcitysearch.search.FacetDimension;
import de.smartcitysearch.search.SearchRequest;
import de.smartcitysearch.search.SearchResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.http.BadMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import spark.Request;
import spark.Response;
import spark.Service;

/**
 * The HTTP JSON API over an {@link EventSearcher}: search, suggestions, events, facet values, coverage, the queries
 * that found nothing, health, its OpenAPI description, and (with an admin key) adding and removing documents; and
 * the web UI that uses it (see {@link WebPages}).
 */
public final class SearchServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SearchServer.class);
  private static final String JSON = "application/json; charset=utf-8";
  private static final String START = "access.start";
  private static final String ETAG = "cache.etag";
  private static final int SUGGEST_DEFAULT = 8;
  private static final int SUGGEST_MAX = 20;
  private static final int ZERO_RESULT_QUERIES = 1000;
  private static final String ZERO_RESULTS = "/api/zero-results";

  private final EventSearcher searcher;
  private final DocumentIntake intake;
  private final ServerConfig config;
  private final Cors cors;
  private final AdminGuard admin;
  private final ClientAddress clients;
  private final RateLimiter rateLimiter;
  private final String openApi = resource("/openapi.json");
  private final AccessLog accessLog = new AccessLog();
  private final AnswerCache answers;
  private final WebPages pages;
  private final ZeroResultLog zeroResults = new ZeroResultLog(ZERO_RESULT_QUERIES, Clock.systemUTC());
  private Service http;

  /**
   * A server (not yet started).
   *
   * @param ingestion where admin uploads and deletes go; null when the index is served read-only
   */
  public SearchServer(EventSearcher searcher, DocumentIngestion ingestion, ServerConfig config) {
    this.searcher = searcher;
    this.config = config;
    this.cors = new Cors(config.corsOrigins());
    this.admin = new AdminGuard(ingestion == null ? null : config.adminKey());
    this.clients = new ClientAddress(config.trustedProxies());
    this.rateLimiter = config.rateLimit().enabled() ? new RateLimiter(config.rateLimit()) : null;
    this.intake = ingestion == null ? null : new DocumentIntake(ingestion, new BodyLimit(config.maxBodyBytes()));
    this.answers = new AnswerCache(config.cachedAnswers());
    this.pages = new WebPages(new SecurityHeaders(config.frameAncestors()));
  }

  /** Starts listening and returns once the server accepts requests; the port it listens on. */
  public int start() {
    CompletableFuture<Exception> failure = new CompletableFuture<>();
    http = Service.ignite().ipAddress(config.host()).port(config.port());
    http.embeddedServerIdentifier(GracefulJetty.identifier());
    http.untrustForwardHeaders(); // no proxy is assumed in front: clients must not spoof their address
    http.initExceptionHandler(failure::complete); // Spark's default would end the JVM
    routes(http);
    http.awaitInitialization();
    if (failure.isDone()) {
      throw new IllegalStateException("cannot listen on " + config.host() + ":" + config.port() + ": "
          + failure.join().getMessage(), failure.join());
    }
    LOG.info("listening on http://{}:{}/ ({})", config.host(), http.port(), config);
    return http.port();
  }

  /** The routes this server answers (method and path), for the OpenAPI check. */
  public List<spark.routematch.RouteMatch> routes() {
    return http.routes();
  }

  /** Stops accepting requests, lets running ones finish, and returns when the server is down. */
  @Override
  public void close() {
    if (http != null) {
      http.stop();
      http.awaitStop();
      http = null;
    }
    accessLog.close();
  }

  private void routes(Service s) {
    s.before((req, res) -> {
      req.attribute(START, System.nanoTime());
      res.type(JSON);
      cors.allow(req, res);
      SecurityHeaders.common(res);
    });
    s.before((req, res) -> limitRate(req, res));
    s.before((req, res) -> conditionalGet(req, res, s));
    s.before("/api/documents", (req, res) -> guardAdmin(req, res));
    s.before("/api/documents/*", (req, res) -> guardAdmin(req, res));
    s.options("/*", cors::preflight);

    s.get("/health", (req, res) -> {
      new Params(req).only(Set.of());
      EventSearcher.IndexState state = searcher.indexState();
      return Json.write(Map.of("status", "ok", "documents", state.documents()));
    });
    s.get("/openapi.json", (req, res) -> openApi);
    s.get("/api/search", (req, res) -> {
      SearchRequest request = new Params(req).searchRequest();
      long started = System.nanoTime();
      long version = searcher.indexState().version();
      LocalDate day = searcher.today();
      SearchResponse answer = answers.get(request, version, day);
      if (answer == null) {
        answer = searcher.search(request);
        answers.put(request, version, day, answer);
      } else {
        answer = answer.withTookMs((System.nanoTime() - started) / 1_000_000);
      }
      if (answer.total() == 0) {
        zeroResults.record(answer.query());
      }
      return Json.write(answer);
    });
    s.get(ZERO_RESULTS, (req, res) -> {
      new Params(req).only(Set.of());
      return Json.write(Map.of("queries", zeroResults.queries()));
    });
    s.get("/api/suggest", (req, res) -> {
      Params p = new Params(req).only(Set.of("q", "size"));
      String q = p.query("q");
      int size = p.integer("size", SUGGEST_DEFAULT, 1, SUGGEST_MAX);
      return Json.write(Map.of("query", q, "suggestions", q.isBlank() ? List.of() : searcher.suggest(q, size)));
    });
    s.get("/api/events/*", (req, res) -> {
      new Params(req).only(Set.of());
      String id = splat(req);
      return Json.write(searcher.event(id).orElseThrow(() -> ApiException.notFound("no event with id " + id)));
    });
    s.get("/api/facets/*", (req, res) -> {
      Params p = new Params(req).only(Set.of("prefix", "reference"));
      FacetDimension dim = Params.dimension(splat(req), "dimension");
      String prefix = p.single("prefix");
      List<String> reference = reference(p.single("reference"));
      return Json.write(Map.of("dimension", dim.apiName(),
          "values", searcher.facetValues(dim, prefix == null ? "" : prefix.strip(), reference)));
    });
    s.get("/api/coverage", (req, res) -> coverage(req, res));
    pages.routes(s);
    // without an ingestion the admin guard refuses these before they run (admin_disabled)
    s.post("/api/documents", (req, res) -> intake.post(req, res));
    s.delete("/api/documents/*", (req, res) -> intake.delete(splat(req)));

    s.after((req, res) -> cachingAndCompression(req, res));
    s.afterAfter((req, res) -> accessLog(req, res));

    s.exception(ApiException.class, (e, req, res) -> error(res, e));
    // Jetty decodes the query string lazily and refuses malformed UTF-8 then, inside the route
    s.exception(BadMessageException.class, (e, req, res) -> error(res,
        new ApiException(e.getCode(), JsonErrorHandler.code(e.getCode()), e.getReason(), null)));
    s.exception(Exception.class, (e, req, res) -> {
      LOG.error("{} {} failed", req.requestMethod(), req.uri(), e);
      error(res, new ApiException(500, "internal_error", "the server could not answer this request", null));
    });
    s.notFound((req, res) -> {
      res.type(JSON);
      return Json.write(ApiException.notFound("no route " + req.requestMethod() + " " + req.uri()).body());
    });
    s.internalServerError((req, res) -> {
      res.type(JSON);
      return Json.write(new ApiException(500, "internal_error", "the server could not answer this request", null)
          .body());
    });
  }

  private Object coverage(Request req, Response res) throws IOException {
    Params p = new Params(req).only(Set.of("rows", "cols", "reference", "format"));
    FacetDimension rows = Params.dimension(p.single("rows"), "rows");
    if (rows == FacetDimension.MONTH) {
      throw ApiException.badParameter("rows", "rows cannot be month; use cols=month");
    }
    FacetDimension cols = Params.dimension(p.single("cols"), "cols");
    if (cols == rows) {
      throw ApiException.badParameter("cols", "cols must differ from rows");
    }
    String format = p.single("format") == null ? "json" : p.single("format");
    if (!format.equals("json") && !format.equals("csv")) {
      throw ApiException.badParameter("format", "format must be json or csv, not '" + format + "'");
    }
    Coverage table = searcher.coverage(rows, cols, reference(p.single("reference")));
    if (format.equals("csv")) {
      res.type("text/csv; charset=utf-8");
      res.header("Content-Disposition", "inline; filename=\"coverage-" + rows.apiName() + "-" + cols.apiName()
          + ".csv\"");
      return table.toCsv();
    }
    return Json.write(table);
  }

  private List<String> reference(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    return searcher.references().get(name.strip()).orElseThrow(() -> ApiException.badParameter("reference",
        "no reference list named '" + name + "' (known: laender, topics when a taxonomy is configured, or a "
            + "list under reference/)"));
  }

  /** Read endpoints only: admin calls are already limited by the key, health checks must always answer. */
  private void limitRate(Request req, Response res) {
    if (rateLimiter == null || !req.uri().startsWith("/api/") || Cors.isAdmin(req.uri())
        || req.requestMethod().equals("OPTIONS")) {
      return;
    }
    RateLimiter.Decision decision = rateLimiter.acquire(clients.of(req));
    if (!decision.allowed()) {
      res.header("Retry-After", Long.toString(decision.retryAfterSeconds()));
      throw new ApiException(429, "rate_limited", "too many requests from your address; retry after "
          + decision.retryAfterSeconds() + " s", null);
    }
  }

  private void guardAdmin(Request req, Response res) {
    if (!req.requestMethod().equals("OPTIONS")) {
      admin.check(req, res);
    }
  }

  /** Answers 304 before any work when the client's copy is still current. */
  private void conditionalGet(Request req, Response res, Service s) throws IOException {
    if (!req.requestMethod().equals("GET") || Cors.isAdmin(req.uri()) || WebPages.serves(req.uri())
        || req.uri().equals(ZERO_RESULTS)) { // pages have their own ETag; the log changes without the index
      return;
    }
    EventSearcher.IndexState state = searcher.indexState();
    String representation = state.version() + "|" + state.documents() + "|" + LocalDate.now() + "|"
        + req.uri() + "?" + req.queryString() + "|" + openApi.length();
    String etag = "W/\"" + HexFormat.of().formatHex(Sha256.digest(representation), 0, 12) + "\"";
    req.attribute(ETAG, etag);
    String ifNoneMatch = req.headers("If-None-Match");
    if (ifNoneMatch != null && List.of(ifNoneMatch.split("\\s*,\\s*")).contains(etag)) {
      res.header("ETag", etag);
      res.header("Cache-Control", "public, max-age=60");
      s.halt(304);
    }
  }

  private void cachingAndCompression(Request req, Response res) {
    String etag = req.attribute(ETAG);
    int status = res.status();
    if (etag != null && (status == 200 || status == 304)) {
      res.header("ETag", etag);
      res.header("Cache-Control", "public, max-age=60");
    } else if (!WebPages.serves(req.uri())) {
      res.header("Cache-Control", "no-store");
    }
    res.header("Vary", "Accept-Encoding" + (cors.varyOrigin() ? ", Origin" : ""));
    String accept = req.headers("Accept-Encoding");
    if (status != 304 && accept != null && accept.contains("gzip") && res.body() != null && !res.body().isEmpty()) {
      res.header("Content-Encoding", "gzip"); // Spark compresses the body when the route sets this
    }
  }

  private void accessLog(Request req, Response res) {
    Long start = req.attribute(START);
    long micros = start == null ? 0 : (System.nanoTime() - start) / 1000;
    // a client that puts its admin key into the URL must not get it written to the log
    boolean showQuery = req.queryString() != null && !Cors.isAdmin(req.uri());
    accessLog.request(req.requestMethod(), req.uri(), showQuery ? req.queryString() : null, res.status(),
        micros / 1000.0);
  }

  private static void error(Response res, ApiException e) {
    res.status(e.status());
    res.type(JSON);
    res.body(Json.write(e.body()));
  }

  private static String splat(Request req) {
    String[] splat = req.splat();
    if (splat.length == 0 || splat[0].isBlank()) {
      throw ApiException.notFound("no id given");
    }
    return splat[0];
  }

  private static String resource(String name) {
    try (InputStream in = SearchServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
