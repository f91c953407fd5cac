package de.smartcitysearch.ui;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;

/**
 * Serves the classpath folder {@code public/} on a loopback port, so browser tests of the page
 * scripts themselves (without the search API) can load them as ES modules from a real http origin.
 */
final class PublicFolderServer implements AutoCloseable {

  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8");

  private final HttpServer server;

  private PublicFolderServer(HttpServer server) {
    this.server = server;
  }

  /** Starts the server on a free port of 127.0.0.1. */
  static PublicFolderServer start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/", PublicFolderServer::serve);
      server.start();
      return new PublicFolderServer(server);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the static file server", e);
    }
  }

  /** The base URL, e.g. {@code http://127.0.0.1:41234}. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static void serve(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String name = path.equals("/") ? "index.html" : path.substring(1);
    InputStream resource =
        name.contains("..")
            ? null
            : PublicFolderServer.class.getClassLoader().getResourceAsStream("public/" + name);
    try (exchange) {
      if (resource == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      try (resource) {
        byte[] body = resource.readAllBytes();
        String extension = name.substring(name.lastIndexOf('.') + 1);
        exchange
            .getResponseHeaders()
            .set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
