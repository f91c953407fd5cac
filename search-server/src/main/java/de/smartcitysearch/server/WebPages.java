package de.smartcitysearch.server;

import de.smartcitysearch.document.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import spark.Request;
import spark.Response;
import spark.Service;

/**
 * The web UI (search page, curator console, widget and its demo) served from the classpath folder
 * {@code /public}.
 *
 * <p>Only the files named here are served, each under one exact path and read into memory at
 * start-up, so no request path ever reaches a file system or class loader lookup: there is nothing
 * to list and nothing to traverse. Each file carries an ETag of its own content (not of the index),
 * so a browser revalidates it cheaply.
 */
final class WebPages implements HttpFeature {

  private static final String FOLDER = "/public/";

  /** URL path to file name in {@link #FOLDER}. */
  private static final Map<String, String> FILES = files();

  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "svg", "image/svg+xml; charset=utf-8");

  /**
   * The pages change with a deployment, not with the index: a browser may keep them briefly, then
   * revalidates.
   */
  private static final String CACHE_CONTROL = "public, max-age=300";

  private final Map<String, Page> pages = new LinkedHashMap<>();
  private final SecurityHeaders headers;

  /**
   * Reads every file of the UI now, so a missing one stops the start instead of failing a visitor
   * later.
   */
  WebPages(SecurityHeaders headers) {
    this.headers = headers;
    FILES.forEach((path, file) -> pages.put(path, Page.read(file)));
  }

  /** True for the paths this class answers (they are pages, not API routes). */
  static boolean serves(String path) {
    return FILES.containsKey(path);
  }

  /** Registers one GET route per file. */
  @Override
  public void register(Service http) {
    pages.forEach((path, page) -> http.get(path, (req, res) -> answer(page, req, res)));
  }

  private String answer(Page page, Request req, Response res) {
    res.type(page.type());
    res.header("ETag", page.etag());
    res.header("Cache-Control", CACHE_CONTROL);
    headers.apply(page.html(), res);
    if (page.name().equals("widget.js")) {
      // partners load the widget from their own pages, also ones isolated with
      // Cross-Origin-Embedder-Policy
      res.header("Cross-Origin-Resource-Policy", "cross-origin");
    }
    String ifNoneMatch = req.headers("If-None-Match");
    if (ifNoneMatch != null && List.of(ifNoneMatch.split("\\s*,\\s*")).contains(page.etag())) {
      res.status(304);
      return "";
    }
    return page.text();
  }

  private static Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("/", "index.html");
    files.put("/curator", "curator.html");
    for (String name :
        Set.of(
            "index.html",
            "curator.html",
            "widget-demo.html",
            "app.js",
            "common.js",
            "curator.js",
            "curator.css",
            "widget.js",
            "widget-demo.js",
            "style.css",
            "widget-demo.css",
            "favicon.svg",
            // built from src/main/instantsearch-demo by npm during the build
            "instantsearch-demo.html",
            "instantsearch-demo.js",
            "instantsearch-demo.css")) {
      files.put("/" + name, name);
    }
    return Map.copyOf(files);
  }

  /** One file of the UI, its content type and an ETag of its bytes. */
  private record Page(String name, String text, String type, String etag) {

    boolean html() {
      return name.endsWith(".html");
    }

    static Page read(String name) {
      try (InputStream in = WebPages.class.getResourceAsStream(FOLDER + name)) {
        if (in == null) {
          throw new IllegalStateException(
              "the web UI file " + FOLDER + name + " is missing from the classpath");
        }
        byte[] bytes = in.readAllBytes();
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        String etag = "\"" + HexFormat.of().formatHex(Sha256.digest(bytes), 0, 12) + "\"";
        return new Page(name, new String(bytes, StandardCharsets.UTF_8), type, etag);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the web UI file " + FOLDER + name, e);
      }
    }
  }
}
