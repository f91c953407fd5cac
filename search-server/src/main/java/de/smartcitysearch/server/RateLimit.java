package de.smartcitysearch.server;

import de.smartcitysearch.server.instantsearch.InstantSearchProtocol;
import spark.Request;
import spark.Service;

/**
 * A token bucket per client address for the read endpoints under {@code /api/} and the
 * InstantSearch protocol's: admin calls are limited by the key, health checks must always answer.
 */
final class RateLimit implements HttpFeature {

  private final RateLimiter limiter;
  private final ClientAddress clients;

  RateLimit(RateLimiter limiter, ClientAddress clients) {
    this.limiter = limiter;
    this.clients = clients;
  }

  @Override
  public void register(Service http) {
    http.before(
        (req, res) -> {
          if (!limited(req)) {
            return;
          }
          RateLimiter.Decision decision = limiter.acquire(clients.of(req));
          if (!decision.allowed()) {
            res.header("Retry-After", Long.toString(decision.retryAfterSeconds()));
            throw new ApiException(
                429,
                "rate_limited",
                "too many requests from your address; retry after "
                    + decision.retryAfterSeconds()
                    + " s",
                null);
          }
        });
  }

  private static boolean limited(Request req) {
    return (req.uri().startsWith("/api/") || InstantSearchProtocol.serves(req.uri()))
        && !Cors.isAdmin(req.uri())
        && !req.requestMethod().equals("OPTIONS");
  }
}
