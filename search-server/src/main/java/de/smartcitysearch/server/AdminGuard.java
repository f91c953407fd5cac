package de.smartcitysearch.server;

import de.smartcitysearch.document.Sha256;
import java.security.MessageDigest;
import spark.Request;
import spark.Response;

/**
 * Lets a request to the admin endpoints through only with {@code Authorization: Bearer <key>}; without a
 * configured key the endpoints are switched off (403 {@code admin_disabled}).
 */
final class AdminGuard {

  private static final String BEARER = "Bearer ";

  private final byte[] keyDigest;

  /** Null key: admin switched off. */
  AdminGuard(String key) {
    this.keyDigest = key == null ? null : Sha256.digest(key);
  }

  boolean enabled() {
    return keyDigest != null;
  }

  void check(Request req, Response res) {
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
