package de.smartcitysearch.server;

import de.smartcitysearch.index.DocumentIngestion;
import de.smartcitysearch.search.SearchBackend;
import de.smartcitysearch.server.instantsearch.InstantSearchProtocol;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import spark.Service;

/**
 * The HTTP server: the JSON API over a {@link SearchBackend} (search, suggestions, events, facet
 * values, coverage, the queries that found nothing, health, the OpenAPI description; with an admin
 * key, adding and removing documents) and the web UI that uses it. Each concern is an {@link
 * HttpFeature}; {@link #features} lists them in the order their filters run.
 */
public final class SearchServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SearchServer.class);
  private static final int ZERO_RESULT_QUERIES = 1000;
  private static final int PRESET_PROBLEMS = 1000;

  private final ServerConfig config;
  private final List<HttpFeature> features;
  private final AccessLog accessLog = new AccessLog();
  private Service http;

  /**
   * A server (not yet started).
   *
   * @param ingestion where admin uploads and deletes go; null when the index is served read-only
   */
  public SearchServer(SearchBackend backend, DocumentIngestion ingestion, ServerConfig config) {
    this.config = config;
    this.features = features(backend, ingestion, config);
  }

  private List<HttpFeature> features(
      SearchBackend backend, DocumentIngestion ingestion, ServerConfig config) {
    String openApi = OpenApiDescription.read();
    Cors cors = new Cors(config.corsOrigins());
    ZeroResultLog zeroResults = new ZeroResultLog(ZERO_RESULT_QUERIES, Clock.systemUTC());
    List<HttpFeature> list = new ArrayList<>();
    // filters before the routes, in this order
    list.add(new CommonHeaders(cors));
    ClientAddress clients = new ClientAddress(config.trustedProxies());
    if (config.rateLimit().enabled()) {
      list.add(new RateLimit(new RateLimiter(config.rateLimit()), clients));
    }
    list.add(new ParameterCharacters());
    list.add(new HttpCaching(backend, cors, Integer.toHexString(openApi.hashCode())));
    list.add(new AdminGuard(ingestion == null ? null : config.adminKey()));
    list.add(new CuratorGuard(config.curatorKey(), config.adminKey()));
    // routes
    list.add(cors);
    list.add(new SystemRoutes(backend, openApi));
    list.add(
        new SearchRoutes(
            backend,
            new AnswerCache(config.cachedAnswers(), config.cachedAnswerBytes()),
            zeroResults,
            clients));
    list.add(new CuratorRoutes(backend, zeroResults));
    list.add(
        new WidgetRoutes(
            new WidgetPresets(backend), new PresetProblemLog(PRESET_PROBLEMS, Clock.systemUTC())));
    list.add(
        new InstantSearchProtocol(
                backend,
                new BodyLimit(InstantSearchProtocol.MAX_BODY_BYTES)::read,
                (request, req) ->
                    zeroResults.record(request, clients.of(req), backend.indexState().version()))
            ::register);
    list.add(new WebPages(new SecurityHeaders(config.frameAncestors())));
    list.add(new EventPages(backend, new SecurityHeaders(config.frameAncestors())));
    list.add(new SearchFeeds(backend));
    if (ingestion
        != null) { // without one, the admin guard refuses these paths first (admin_disabled)
      list.add(new DocumentIntake(ingestion, new BodyLimit(config.maxBodyBytes())));
    }
    // after every request, and the shape of every failure
    list.add(accessLog);
    list.add(new ErrorResponses(cors));
    return List.copyOf(list);
  }

  /** Starts listening and returns once the server accepts requests; the port it listens on. */
  public int start() {
    CompletableFuture<Exception> failure = new CompletableFuture<>();
    http = Service.ignite().ipAddress(config.host()).port(config.port());
    http.embeddedServerIdentifier(
        GracefulJetty.identifier(
            new GracefulJetty.Limits(config.connections(), config.trustedProxies())));
    http.untrustForwardHeaders(); // no proxy is assumed in front: clients must not spoof their
    // address
    http.initExceptionHandler(failure::complete); // Spark's default would end the JVM
    features.forEach(f -> f.register(http));
    http.awaitInitialization();
    if (failure.isDone()) {
      throw new IllegalStateException(
          "cannot listen on "
              + config.host()
              + ":"
              + config.port()
              + ": "
              + failure.join().getMessage(),
          failure.join());
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
}
