package de.smartcitysearch.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
    this.keyDigest = key == null ? null : sha256(key);
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
    if (given == null || !MessageDigest.isEqual(keyDigest, sha256(given))) {
      res.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, "unauthorized", "a valid 'Authorization: Bearer <key>' header is required", null);
    }
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
