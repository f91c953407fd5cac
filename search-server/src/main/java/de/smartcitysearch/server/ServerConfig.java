package de.smartcitysearch.server;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How the server listens, whom it lets in and how much one client may ask of it.
 *
 * @param host the address to bind ("0.0.0.0" for all, "127.0.0.1" for local only)
 * @param port the port; 0 picks a free one
 * @param corsOrigins origins allowed to read the API from a browser; empty allows any
 * @param adminKey the bearer key of the admin endpoints; null switches them off
 * @param frameAncestors CSP source expressions of the sites that may show the pages in a frame
 *     (default {@code 'self'}), e.g. {@code https://partner.example}
 * @param trustedProxies addresses of reverse proxies whose {@code X-Forwarded-For} names the
 *     client; empty trusts no header (the socket's peer is the client)
 * @param rateLimit how many read requests one client may make
 * @param maxBodyBytes request bodies longer than this are refused with 413, whatever Content-Length
 *     says
 * @param cachedAnswers how many recent search answers are kept for the same request on the same
 *     index version and day; 0 switches the cache off
 * @param cachedAnswerBytes about how many heap bytes the kept answers may take (each estimated
 *     once, when kept)
 * @param connections how long connections may idle or take to send their headers, and how many one
 *     address holds
 * @param curatorKey the bearer key of the curators' endpoints (the searches that found nothing),
 *     which the admin key opens too; null (and no admin key) switches them off
 */
public record ServerConfig(
    String host,
    int port,
    List<String> corsOrigins,
    String adminKey,
    List<String> frameAncestors,
    List<String> trustedProxies,
    RateLimit rateLimit,
    int maxBodyBytes,
    int cachedAnswers,
    long cachedAnswerBytes,
    Connections connections,
    String curatorKey) {

  /** Name of the environment variable holding the admin key. */
  public static final String ADMIN_KEY_ENV = "SMARTCITY_SEARCH_ADMIN_KEY";

  /** Name of the environment variable holding the curator key. */
  public static final String CURATOR_KEY_ENV = "SMARTCITY_SEARCH_CURATOR_KEY";

  /** Who may frame the pages when nobody was configured: only this server itself. */
  public static final List<String> SELF_ONLY = List.of("'self'");

  /** The port {@code serve} listens on unless told otherwise. */
  public static final int DEFAULT_PORT = 4567;

  /** All interfaces; a reverse proxy setup binds to 127.0.0.1 instead. */
  public static final String DEFAULT_HOST = "0.0.0.0";

  /** 5 MB: a long event page with its program as JSON fits many times over. */
  public static final int DEFAULT_MAX_BODY_KB = 5 * 1024;

  /** {@link #DEFAULT_MAX_BODY_KB} in bytes. */
  public static final int DEFAULT_MAX_BODY_BYTES = DEFAULT_MAX_BODY_KB * 1024;

  /**
   * Answers kept by default: the popular searches and the preset searches of embedded widgets. An
   * answer holds every facet value of its matches (hundreds of cities on a large index), some
   * 10-100 KB, so this stays small next to a 512 MB heap.
   */
  public static final int DEFAULT_CACHED_ANSWERS = 256;

  /**
   * Megabytes the kept answers may take by default: 256 typical answers (10-100 KB) fit, a few huge
   * ones (a facet with thousands of values) cannot crowd the heap; 1/32 of the heap the launcher
   * gives {@code serve}.
   */
  public static final int DEFAULT_CACHE_MB = 64;

  // a scheme, a host (optionally *.-prefixed) with optional port, or one of the two keywords;
  // nothing that could
  // end the directive (";" or ",") or add another one
  private static final Pattern SOURCE =
      Pattern.compile(
          "'self'|'none'|[a-z][a-z0-9+.-]*:|([a-z][a-z0-9+.-]*://)?(\\*\\.)?[A-Za-z0-9.-]+(:(\\d{1,5}|\\*))?");

  /**
   * A token bucket per client: {@code perSecond} requests on average, bursts of up to {@code
   * burst}.
   *
   * @param perSecond sustained requests per second; 0 switches the limit off
   * @param burst requests a client may make at once after a pause
   */
  public record RateLimit(double perSecond, int burst) {

    /**
     * Requests per second by default: a visitor typing, paging and filtering stays far below it.
     */
    public static final int DEFAULT_PER_SECOND = 20;

    /** Requests at once by default, after a pause. */
    public static final int DEFAULT_BURST = 100;

    /** {@value #DEFAULT_PER_SECOND} requests per second with bursts of {@value #DEFAULT_BURST}. */
    public static final RateLimit DEFAULT = new RateLimit(DEFAULT_PER_SECOND, DEFAULT_BURST);

    /** No limit (benchmarks, a server only reachable by trusted callers). */
    public static final RateLimit OFF = new RateLimit(0, 0);

    public RateLimit {
      if (perSecond < 0 || burst < 0 || (perSecond > 0 && burst < 1)) {
        throw new IllegalArgumentException(
            "rate limit needs perSecond >= 0 and burst >= 1 (perSecond 0: off)");
      }
    }

    /** True when requests are limited at all. */
    public boolean enabled() {
      return perSecond > 0;
    }
  }

  /**
   * What one connection may hold of the server: Spark leaves idle connections open for an hour, and
   * a client that sends its headers a byte at a time (slowloris) resets the idle timeout with each
   * byte.
   *
   * @param idleTimeout a connection with no bytes in either direction for this long is closed
   * @param headerTimeout a request whose headers have begun to arrive but are not complete after
   *     this long is answered 408 and its connection closed, however steadily its bytes trickle in
   * @param perAddress connections one client address may hold open at once; one more is answered
   *     429 and closed. 0: no limit. Connections from a trusted proxy are not counted (they carry
   *     many clients)
   */
  public record Connections(Duration idleTimeout, Duration headerTimeout, int perAddress) {

    /**
     * Seconds a connection may idle by default: long enough for a visitor reading a page and
     * clicking on.
     */
    public static final int DEFAULT_IDLE_SECONDS = 30;

    /**
     * Seconds the headers of a request may take by default: a real client sends them in one packet.
     */
    public static final int DEFAULT_HEADER_SECONDS = 10;

    /**
     * Connections per address by default: a browser opens at most six per server, so this leaves
     * room for an office behind one NAT address, and a single host cannot tie up the server's
     * connections.
     */
    public static final int DEFAULT_PER_ADDRESS = 64;

    /** The defaults above. */
    public static final Connections DEFAULT =
        new Connections(
            Duration.ofSeconds(DEFAULT_IDLE_SECONDS),
            Duration.ofSeconds(DEFAULT_HEADER_SECONDS),
            DEFAULT_PER_ADDRESS);

    public Connections {
      if (idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()) {
        throw new IllegalArgumentException("the idle timeout must be positive");
      }
      if (headerTimeout == null || headerTimeout.isNegative() || headerTimeout.isZero()) {
        throw new IllegalArgumentException("the header timeout must be positive");
      }
      if (perAddress < 0) {
        throw new IllegalArgumentException("connections per address must be 0 (no limit) or more");
      }
    }
  }

  public ServerConfig {
    corsOrigins = List.copyOf(corsOrigins);
    adminKey = adminKey == null || adminKey.isBlank() ? null : adminKey;
    curatorKey = curatorKey == null || curatorKey.isBlank() ? null : curatorKey;
    frameAncestors =
        frameAncestors == null || frameAncestors.isEmpty()
            ? SELF_ONLY
            : List.copyOf(frameAncestors);
    for (String source : frameAncestors) {
      if (!SOURCE.matcher(source).matches()) {
        throw new IllegalArgumentException(
            "frame ancestor '"
                + source
                + "' is not a CSP source such as 'self', "
                + "'none' or https://partner.example");
      }
    }
    if (frameAncestors.contains("'none'") && frameAncestors.size() > 1) {
      throw new IllegalArgumentException(
          "frame ancestor 'none' cannot be combined with other sources");
    }
    trustedProxies = List.copyOf(trustedProxies);
    if (rateLimit == null) {
      throw new IllegalArgumentException("rateLimit is required (RateLimit.OFF to switch it off)");
    }
    if (maxBodyBytes <= 0) {
      throw new IllegalArgumentException("maxBodyBytes must be positive");
    }
    if (cachedAnswers < 0) {
      throw new IllegalArgumentException("cachedAnswers must be 0 (off) or more");
    }
    if (cachedAnswerBytes < 0) {
      throw new IllegalArgumentException("cachedAnswerBytes must be 0 or more");
    }
    if (connections == null) {
      throw new IllegalArgumentException(
          "connections is required (Connections.DEFAULT for the defaults)");
    }
  }

  /** Pages framed by the given sites; no trusted proxy, the default rate limit and body size. */
  public ServerConfig(
      String host,
      int port,
      List<String> corsOrigins,
      String adminKey,
      List<String> frameAncestors) {
    this(
        host,
        port,
        corsOrigins,
        adminKey,
        frameAncestors,
        List.of(),
        RateLimit.DEFAULT,
        DEFAULT_MAX_BODY_BYTES,
        DEFAULT_CACHED_ANSWERS,
        (long) DEFAULT_CACHE_MB << 20,
        Connections.DEFAULT,
        null);
  }

  /**
   * Pages may be framed only by this server itself; no trusted proxy, the default rate limit and
   * body size.
   */
  public ServerConfig(String host, int port, List<String> corsOrigins, String adminKey) {
    this(host, port, corsOrigins, adminKey, SELF_ONLY);
  }

  /** This configuration with these trusted reverse proxies. */
  public ServerConfig withTrustedProxies(List<String> proxies) {
    return new ServerConfig(
        host,
        port,
        corsOrigins,
        adminKey,
        frameAncestors,
        proxies,
        rateLimit,
        maxBodyBytes,
        cachedAnswers,
        cachedAnswerBytes,
        connections,
        curatorKey);
  }

  /** This configuration with this rate limit. */
  public ServerConfig withRateLimit(RateLimit limit) {
    return new ServerConfig(
        host,
        port,
        corsOrigins,
        adminKey,
        frameAncestors,
        trustedProxies,
        limit,
        maxBodyBytes,
        cachedAnswers,
        cachedAnswerBytes,
        connections,
        curatorKey);
  }

  /** This configuration with this body size limit. */
  public ServerConfig withMaxBodyBytes(int bytes) {
    return new ServerConfig(
        host,
        port,
        corsOrigins,
        adminKey,
        frameAncestors,
        trustedProxies,
        rateLimit,
        bytes,
        cachedAnswers,
        cachedAnswerBytes,
        connections,
        curatorKey);
  }

  /** This configuration keeping this many search answers (0: none). */
  public ServerConfig withCachedAnswers(int answers) {
    return new ServerConfig(
        host,
        port,
        corsOrigins,
        adminKey,
        frameAncestors,
        trustedProxies,
        rateLimit,
        maxBodyBytes,
        answers,
        cachedAnswerBytes,
        connections,
        curatorKey);
  }

  /** This configuration keeping search answers of at most about this many bytes together. */
  public ServerConfig withCachedAnswerBytes(long bytes) {
    return new ServerConfig(
        host,
        port,
        corsOrigins,
        adminKey,
        frameAncestors,
        trustedProxies,
        rateLimit,
        maxBodyBytes,
        cachedAnswers,
        bytes,
        connections,
        curatorKey);
  }

  /**
   * This configuration with this curator key (null: only the admin key opens the curators'
   * endpoints).
   */
  public ServerConfig withCuratorKey(String key) {
    return new ServerConfig(
        host,
        port,
        corsOrigins,
        adminKey,
        frameAncestors,
        trustedProxies,
        rateLimit,
        maxBodyBytes,
        cachedAnswers,
        cachedAnswerBytes,
        connections,
        key);
  }

  /** This configuration with these connection limits. */
  public ServerConfig withConnections(Connections limits) {
    return new ServerConfig(
        host,
        port,
        corsOrigins,
        adminKey,
        frameAncestors,
        trustedProxies,
        rateLimit,
        maxBodyBytes,
        cachedAnswers,
        cachedAnswerBytes,
        limits,
        curatorKey);
  }

  @Override
  public String toString() { // never print a key
    return "ServerConfig[host="
        + host
        + ", port="
        + port
        + ", corsOrigins="
        + corsOrigins
        + ", admin="
        + (adminKey == null ? "off" : "on")
        + ", curator="
        + (curatorKey == null ? "off" : "on")
        + ", frameAncestors="
        + frameAncestors
        + ", trustedProxies="
        + trustedProxies
        + ", rateLimit="
        + (rateLimit.enabled() ? rateLimit.perSecond() + "/s burst " + rateLimit.burst() : "off")
        + ", maxBodyBytes="
        + maxBodyBytes
        + ", cachedAnswers="
        + cachedAnswers
        + " ("
        + (cachedAnswerBytes >> 20)
        + " MB), idleTimeout="
        + readable(connections.idleTimeout())
        + ", headerTimeout="
        + readable(connections.headerTimeout())
        + ", connectionsPerAddress="
        + (connections.perAddress() == 0 ? "unlimited" : connections.perAddress())
        + "]";
  }

  private static String readable(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
