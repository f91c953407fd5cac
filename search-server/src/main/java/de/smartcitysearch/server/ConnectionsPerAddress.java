package de.smartcitysearch.server;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.io.Connection;

/**
 * Counts the open connections of each client address and answers one over the limit with 429 before
 * reading it, so that one host cannot hold all the server's connections (file descriptors, buffers)
 * open. A trusted proxy's connections are not counted: they carry many clients, whom the rate limit
 * tells apart.
 */
final class ConnectionsPerAddress implements Connection.Listener {

  private final int limit;
  private final ClientAddress clients;
  private final ConcurrentHashMap<String, Integer> open = new ConcurrentHashMap<>();

  /** The connections counted, with their address (a closed connection no longer knows it). */
  private final ConcurrentHashMap<Connection, String> counted = new ConcurrentHashMap<>();

  /** At most {@code limit} connections per address (at least 1). */
  ConnectionsPerAddress(int limit, ClientAddress clients) {
    this.limit = limit;
    this.clients = clients;
  }

  @Override
  public void onOpened(Connection connection) {
    String address = address(connection.getEndPoint().getRemoteSocketAddress());
    if (address == null || clients.isTrustedProxy(address)) {
      return;
    }
    counted.put(connection, address);
    if (open.merge(address, 1, Integer::sum) > limit) {
      RawAnswer.sendAndClose(
          connection.getEndPoint(),
          429,
          "too_many_connections",
          "at most "
              + limit
              + " connections from one address at a time; close idle ones or wait for them to time out");
    }
  }

  @Override
  public void onClosed(Connection connection) {
    String address = counted.remove(connection);
    if (address != null) {
      open.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
    }
  }

  private static String address(SocketAddress socket) {
    return socket instanceof InetSocketAddress inet && inet.getAddress() != null
        ? inet.getAddress().getHostAddress()
        : null;
  }
}
