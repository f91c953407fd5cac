package de.smartcitysearch.server;

import java.util.List;

/**
 * How the server listens and whom it lets in.
 *
 * @param host the address to bind ("0.0.0.0" for all, "127.0.0.1" for local only)
 * @param port the port; 0 picks a free one
 * @param corsOrigins origins allowed to read the API from a browser; empty allows any
 * @param adminKey the bearer key of the admin endpoints; null switches them off
 */
public record ServerConfig(String host, int port, List<String> corsOrigins, String adminKey) {

  /** Name of the environment variable holding the admin key. */
  public static final String ADMIN_KEY_ENV = "SMARTCITY_SEARCH_ADMIN_KEY";

  public ServerConfig {
    corsOrigins = List.copyOf(corsOrigins);
    adminKey = adminKey == null || adminKey.isBlank() ? null : adminKey;
  }

  @Override
  public String toString() { // never print the key
    return "ServerConfig[host=" + host + ", port=" + port + ", corsOrigins=" + corsOrigins + ", admin="
        + (adminKey == null ? "off" : "on") + "]";
  }
}
