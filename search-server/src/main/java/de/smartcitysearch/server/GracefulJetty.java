package de.smartcitysearch.server;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ThreadPool;
import spark.embeddedserver.EmbeddedServers;
import spark.embeddedserver.VirtualThreadAware;
import spark.embeddedserver.jetty.EmbeddedJettyFactory;
import spark.embeddedserver.jetty.JettyServerFactory;

/**
 * Spark's Jetty with a graceful stop, the connection limits of {@link ServerConfig.Connections},
 * and no answer that looks reusable on a connection about to close ({@link UnreadBodyGuard}).
 *
 * <p>Spark installs its handler with {@code Server.setHandler}, which would drop any wrapper set
 * beforehand, so the server wraps whatever handler it gets in a {@link GracefulHandler} (around the
 * {@link UnreadBodyGuard}); on stop, Jetty then refuses new requests and waits up to {@link
 * #STOP_TIMEOUT_MS} for running ones. Spark creates the connectors itself (with an idle timeout of
 * an hour), so the limits are applied to them when the server starts.
 *
 * <p>Spark finds its server factory by an identifier in a static registry; each distinct set of
 * limits is registered once under its own identifier (a server's limits are part of its
 * configuration, not of the process).
 */
final class GracefulJetty extends VirtualThreadAware.Base implements JettyServerFactory {

  static final long STOP_TIMEOUT_MS = 10_000;
  private static final String IDENTIFIER_PREFIX = "smartcity-search-jetty ";
  private static final int MIN_THREADS = 8;
  private static final int IDLE_THREAD_TIMEOUT_MS = 60_000;
  private static final Set<String> REGISTERED = new HashSet<>();

  /**
   * What a server's connections may hold.
   *
   * @param trustedProxies their connections are not limited per address
   */
  record Limits(ServerConfig.Connections connections, List<String> trustedProxies) {}

  private final Limits limits;

  private GracefulJetty(Limits limits) {
    this.limits = limits;
  }

  /**
   * The identifier to pass to {@code Service.embeddedServerIdentifier} for a server with these
   * limits.
   */
  static synchronized String identifier(Limits limits) {
    String identifier = IDENTIFIER_PREFIX + limits;
    if (REGISTERED.add(identifier)) {
      EmbeddedServers.add(identifier, new EmbeddedJettyFactory(new GracefulJetty(limits)));
    }
    return identifier;
  }

  @Override
  public Server create(int maxThreads, int minThreads, int threadTimeoutMillis) {
    if (maxThreads <= 0) {
      return create(new QueuedThreadPool());
    }
    return create(
        new QueuedThreadPool(
            maxThreads,
            minThreads > 0 ? minThreads : MIN_THREADS,
            threadTimeoutMillis > 0 ? threadTimeoutMillis : IDLE_THREAD_TIMEOUT_MS));
  }

  @Override
  public Server create(ThreadPool threadPool) {
    Server server =
        new Server(threadPool) {
          @Override
          public void setHandler(Handler handler) {
            GracefulHandler graceful = new GracefulHandler();
            graceful.setHandler(new UnreadBodyGuard(handler));
            super.setHandler(graceful);
          }

          @Override
          protected void doStart() throws Exception {
            for (Connector connector : getConnectors()) {
              limit(connector);
            }
            super.doStart();
            for (Connector connector : getConnectors()) {
              if (connector instanceof AbstractConnector running) {
                new HeaderDeadline(running, limits.connections().headerTimeout()).start();
              }
            }
          }
        };
    server.setStopTimeout(STOP_TIMEOUT_MS);
    server.setErrorHandler(new JsonErrorHandler());
    return server;
  }

  private void limit(Connector connector) {
    // no "Server: Jetty(version)" header: it tells an attacker which CVEs to try
    HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
    if (http != null) {
      http.getHttpConfiguration().setSendServerVersion(false);
    }
    if (connector instanceof AbstractConnector c) {
      c.setIdleTimeout(limits.connections().idleTimeout().toMillis());
      if (limits.connections().perAddress() > 0) {
        c.addBean(
            new ConnectionsPerAddress(
                limits.connections().perAddress(), new ClientAddress(limits.trustedProxies())));
      }
    }
  }
}
