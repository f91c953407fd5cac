package de.smartcitysearch.server;

import de.smartcitysearch.document.Sha256;
import java.security.MessageDigest;
import spark.Request;
import spark.Response;
import spark.Service;

/**
 * Lets a request to the admin endpoints through only with {@code Authorization: Bearer <key>}; without a
 * configured key the endpoints are switched off (403 {@code admin_disabled}).
 */
final class AdminGuard implements HttpFeature {

  private static final String BEARER = "Bearer ";

  private final byte[] keyDigest;

  /** Null key: admin switched off. */
  AdminGuard(String key) {
    this.keyDigest = key == null ? null : Sha256.digest(key);
  }

  @Override
  public void register(Service http) {
    http.before("/api/documents", this::guard);
    http.before("/api/documents/*", this::guard);
  }

  private void guard(Request req, Response res) {
    if (!req.requestMethod().equals("OPTIONS")) { // a preflight is refused by CORS, with its own answer
      check(req, res);
    }
  }

  private void check(Request req, Response res) {
    if (keyDigest == null) {
      throw new ApiException(403, "admin_disabled",
          "the admin endpoints are switched off; set " + ServerConfig.ADMIN_KEY_ENV + " to enable them", null);
    }
    String header = req.headers("Authorization");
    String given = header != null && header.startsWith(BEARER) ? header.substring(BEARER.length()).strip() : null;
    // comparing digests keeps the comparison constant-time and independent of the key's length
    if (given == null || !MessageDigest.isEqual(keyDigest, Sha256.digest(given))) {
      res.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, "unauthorized", "a valid 'Authorization: Bearer <key>' header is required", null);
    }
  }
}
