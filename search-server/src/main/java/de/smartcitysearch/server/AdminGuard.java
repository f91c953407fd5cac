package de.smartcitysearch.server;

import spark.Request;
import spark.Response;
import spark.Service;

/**
 * Lets a request to the admin endpoints through only with {@code Authorization: Bearer <admin
 * key>}; without a configured key the endpoints are switched off (403 {@code admin_disabled}).
 */
final class AdminGuard implements HttpFeature {

  private final BearerKeys keys;

  /** Null key: admin switched off. */
  AdminGuard(String key) {
    this.keys = new BearerKeys(key);
  }

  @Override
  public void register(Service http) {
    http.before("/api/documents", this::guard);
    http.before("/api/documents/*", this::guard);
  }

  private void guard(Request req, Response res) {
    if (req.requestMethod()
        .equals("OPTIONS")) { // a preflight is refused by CORS, with its own answer
      return;
    }
    if (keys.none()) {
      throw new ApiException(
          403,
          "admin_disabled",
          "the admin endpoints are switched off; set "
              + ServerConfig.ADMIN_KEY_ENV
              + " to enable them",
          null);
    }
    keys.require(req, res);
  }
}
