package de.smartcitysearch.ui;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A partner's web page on its own loopback origin that embeds the widget with one script tag and
 * one element, exactly as the demo page tells partners to.
 */
final class PartnerSite implements AutoCloseable {

  private final HttpServer server;
  private final String page;
  private final String policy;

  private PartnerSite(HttpServer server, String page, String policy) {
    this.server = server;
    this.page = page;
    this.policy = policy;
  }

  /**
   * Starts the partner site; its page loads {@code widget.js} from the search server and shows the
   * element.
   */
  static PartnerSite start(String searchServer, String element) {
    return start(searchServer, element, null);
  }

  /**
   * The same page sent with this {@code Content-Security-Policy} (and then without its inline
   * style, which such a policy forbids); every path of the site answers with it, so links to the
   * partner's own pages open.
   */
  static PartnerSite start(String searchServer, String element, String policy) {
    try {
      HttpServer http =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      String style =
          policy != null
              ? ""
              : """
          <style>body{font-family:Georgia,serif;max-width:720px;margin:2rem auto;background:#f6f3ea}
          smartcity-search{--scs-accent:#8a1538}</style>""";
      String page =
          """
          <!DOCTYPE html>
          <html lang="de"><head><meta charset="utf-8"><title>Stadt Kiel – Veranstaltungen</title>
          %s
          <script src="%s/widget.js" defer></script></head>
          <body><main><h1>Veranstaltungen in Kiel</h1><p>Die Stadt Kiel zeigt hier die Termine aus der Smart-City-Suche.</p>
          %s
          </main></body></html>
          """
              .formatted(style, searchServer, element);
      PartnerSite site = new PartnerSite(http, page, policy);
      http.createContext("/", site::serve);
      http.start();
      return site;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the partner site", e);
    }
  }

  /** The partner page's URL (another port, so another origin than the search server). */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = page.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      if (policy != null) {
        exchange.getResponseHeaders().set("Content-Security-Policy", policy);
      }
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
