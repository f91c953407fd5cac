package de.smartcitysearch.server;

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
 * Spark's Jetty with a graceful stop: Spark installs its handler with {@code Server.setHandler}, which would drop
 * any wrapper set beforehand, so the server wraps whatever handler it gets in a {@link GracefulHandler}. On stop,
 * Jetty then refuses new requests and waits up to {@link #STOP_TIMEOUT_MS} for running ones.
 */
final class GracefulJetty extends VirtualThreadAware.Base implements JettyServerFactory {

  /** The identifier to pass to {@code Service.embeddedServerIdentifier}. */
  static final String IDENTIFIER = "smartcity-search-graceful-jetty";
  static final long STOP_TIMEOUT_MS = 10_000;
  private static final int MIN_THREADS = 8;
  private static final int IDLE_THREAD_TIMEOUT_MS = 60_000;

  static {
    EmbeddedServers.add(IDENTIFIER, new EmbeddedJettyFactory(new GracefulJetty()));
  }

  private GracefulJetty() {}

  /** Makes sure the factory is registered with Spark. */
  static String identifier() {
    return IDENTIFIER;
  }

  @Override
  public Server create(int maxThreads, int minThreads, int threadTimeoutMillis) {
    if (maxThreads <= 0) {
      return create(new QueuedThreadPool());
    }
    return create(new QueuedThreadPool(maxThreads, minThreads > 0 ? minThreads : MIN_THREADS,
        threadTimeoutMillis > 0 ? threadTimeoutMillis : IDLE_THREAD_TIMEOUT_MS));
  }

  @Override
  public Server create(ThreadPool threadPool) {
    Server server = new Server(threadPool) {
      @Override
      public void setHandler(Handler handler) {
        GracefulHandler graceful = new GracefulHandler();
        graceful.setHandler(handler);
        super.setHandler(graceful);
      }

      @Override
      protected void doStart() throws Exception {
        // no "Server: Jetty(version)" header: it tells an attacker which CVEs to try
        for (Connector connector : getConnectors()) {
          HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
          if (http != null) {
            http.getHttpConfiguration().setSendServerVersion(false);
          }
        }
        super.doStart();
      }
    };
    server.setStopTimeout(STOP_TIMEOUT_MS);
    server.setErrorHandler(new JsonErrorHandler());
    return server;
  }
}
