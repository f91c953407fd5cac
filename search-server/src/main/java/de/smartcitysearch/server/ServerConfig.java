package de.smartcitysearch.server;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How the server listens and whom it lets in.
 *
 * @param host the address to bind ("0.0.0.0" for all, "127.0.0.1" for local only)
 * @param port the port; 0 picks a free one
 * @param corsOrigins origins allowed to read the API from a browser; empty allows any
 * @param adminKey the bearer key of the admin endpoints; null switches them off
 * @param frameAncestors CSP source expressions of the sites that may show the pages in a frame (default
 *     {@code 'self'}), e.g. {@code https://partner.example}
 */
public record ServerConfig(String host, int port, List<String> corsOrigins, String adminKey,
    List<String> frameAncestors) {

  /** Name of the environment variable holding the admin key. */
  public static final String ADMIN_KEY_ENV = "SMARTCITY_SEARCH_ADMIN_KEY";

  /** Who may frame the pages when nobody was configured: only this server itself. */
  public static final List<String> SELF_ONLY = List.of("'self'");

  // a scheme, a host (optionally *.-prefixed) with optional port, or one of the two keywords; nothing that could
  // end the directive (";" or ",") or add another one
  private static final Pattern SOURCE = Pattern.compile(
      "'self'|'none'|[a-z][a-z0-9+.-]*:|([a-z][a-z0-9+.-]*://)?(\\*\\.)?[A-Za-z0-9.-]+(:(\\d{1,5}|\\*))?");

  public ServerConfig {
    corsOrigins = List.copyOf(corsOrigins);
    adminKey = adminKey == null || adminKey.isBlank() ? null : adminKey;
    frameAncestors = frameAncestors == null || frameAncestors.isEmpty() ? SELF_ONLY : List.copyOf(frameAncestors);
    for (String source : frameAncestors) {
      if (!SOURCE.matcher(source).matches()) {
        throw new IllegalArgumentException("frame ancestor '" + source + "' is not a CSP source such as 'self', "
            + "'none' or https://partner.example");
      }
    }
    if (frameAncestors.contains("'none'") && frameAncestors.size() > 1) {
      throw new IllegalArgumentException("frame ancestor 'none' cannot be combined with other sources");
    }
  }

  /** Pages may be framed only by this server itself. */
  public ServerConfig(String host, int port, List<String> corsOrigins, String adminKey) {
    this(host, port, corsOrigins, adminKey, SELF_ONLY);
  }

  @Override
  public String toString() { // never print the key
    return "ServerConfig[host=" + host + ", port=" + port + ", corsOrigins=" + corsOrigins + ", admin="
        + (adminKey == null ? "off" : "on") + ", frameAncestors=" + frameAncestors + "]";
  }
}
