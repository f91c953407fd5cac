package de.smartcitysearch.server;

import de.smartcitysearch.document.Sha256;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import spark.Request;
import spark.Response;

/**
 * The keys that open a group of endpoints, checked against {@code Authorization: Bearer <key>}.
 * Keys are compared as SHA-256 digests with {@link MessageDigest#isEqual}, so the time taken
 * reveals neither a key nor its length.
 */
final class BearerKeys {

  private static final String BEARER = "Bearer ";

  private final List<byte[]> digests;

  /** The given keys; null or blank ones are left out. */
  BearerKeys(String... keys) {
    this.digests =
        Arrays.stream(keys)
            .filter(Objects::nonNull)
            .filter(k -> !k.isBlank())
            .map(Sha256::digest)
            .toList();
  }

  /** True when no key was configured: the endpoints are switched off. */
  boolean none() {
    return digests.isEmpty();
  }

  /**
   * Lets the request through with one of the keys; a 401 with {@code WWW-Authenticate: Bearer}
   * otherwise.
   */
  void require(Request req, Response res) {
    String header = req.headers("Authorization");
    String given =
        header != null && header.startsWith(BEARER)
            ? header.substring(BEARER.length()).strip()
            : null;
    boolean accepted = false;
    if (given != null) {
      byte[] digest = Sha256.digest(given);
      for (byte[] key : digests) {
        accepted |=
            MessageDigest.isEqual(
                key, digest); // every key compared: the time does not tell which matched
      }
    }
    if (!accepted) {
      res.header("WWW-Authenticate", "Bearer");
      throw new ApiException(
          401, "unauthorized", "a valid 'Authorization: Bearer <key>' header is required", null);
    }
  }
}
