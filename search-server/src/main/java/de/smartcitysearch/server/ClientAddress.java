package de.smartcitysearch.server;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;

/**
 * Who a request comes from: the socket's peer, or, when that peer is a configured reverse proxy,
 * the nearest address in {@code X-Forwarded-For} that is not one of the trusted proxies.
 *
 * <p>Walking the header from the right matters: a client can write anything into the left part of
 * the header, only the entries appended by trusted proxies are facts. Without configured proxies
 * the header is ignored entirely.
 */
final class ClientAddress {

  private static final String FORWARDED_FOR = "X-Forwarded-For";
  private static final int MAX_ENTRIES = 32;

  private final Set<String> trustedProxies;

  /**
   * Proxies given as the addresses they connect from (e.g. {@code 127.0.0.1}, {@code 10.0.0.5}).
   */
  ClientAddress(List<String> trustedProxies) {
    this.trustedProxies =
        Set.copyOf(trustedProxies.stream().map(ClientAddress::normalize).toList());
  }

  /** The client's address for this peer and these {@code X-Forwarded-For} header values. */
  String of(String peer, List<String> forwardedFor) {
    String client = normalize(peer);
    if (!trustedProxies.contains(client)) {
      return client;
    }
    List<String> hops = new ArrayList<>();
    for (String header : forwardedFor) {
      for (String hop : header.split(",")) {
        if (!hop.isBlank()) {
          hops.add(normalize(hop));
        }
      }
    }
    for (int i = hops.size() - 1; i >= 0 && i >= hops.size() - MAX_ENTRIES; i--) {
      client = hops.get(i);
      if (!trustedProxies.contains(client)) {
        return client;
      }
    }
    return client;
  }

  /** True when connections from this address are a configured proxy's. */
  boolean isTrustedProxy(String peer) {
    return trustedProxies.contains(normalize(peer));
  }

  /** The client address of a Spark request. */
  String of(spark.Request req) {
    List<String> headers = new ArrayList<>();
    Enumeration<String> values = req.raw().getHeaders(FORWARDED_FOR);
    while (values != null && values.hasMoreElements()) {
      headers.add(values.nextElement());
    }
    return of(req.raw().getRemoteAddr(), headers);
  }

  private static String normalize(String address) {
    String a = address.strip();
    if (a.startsWith("[") && a.endsWith("]")) {
      a = a.substring(1, a.length() - 1);
    }
    return a.toLowerCase(java.util.Locale.ROOT);
  }
}
