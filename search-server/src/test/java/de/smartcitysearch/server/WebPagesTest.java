package de.smartcitysearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server hands out the web UI: the right file under each page path with its content type, the
 * browser protections on the pages, the widget readable from partner sites, and nothing else from
 * the classpath or disk.
 */
class WebPagesTest {

  private static final String DEFAULT_CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; "
          + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; object-src 'none'; "
          + "frame-ancestors 'self'";

  @TempDir static Path openDir;
  @TempDir static Path partnerDir;
  static TestServer open;
  static TestServer partnered;

  @BeforeAll
  static void start() throws IOException {
    open = new TestServer(openDir, List.of(), TestServer.ADMIN_KEY);
    partnered =
        new TestServer(
            partnerDir,
            List.of("https://partner.example"),
            TestServer.ADMIN_KEY,
            List.of("'self'", "https://partner.example", "https://*.stadt.example"));
  }

  @AfterAll
  static void stop() throws IOException {
    open.close();
    partnered.close();
  }

  @Test
  void theSearchPageIsTheStartPage() throws Exception {
    HttpResponse<String> page = open.get("/");
    assertEquals(200, page.statusCode());
    assertEquals("text/html;charset=utf-8", contentType(page));
    assertTrue(page.body().contains("<title>Smart-City-Veranstaltungssuche</title>"), page.body());
    assertTrue(page.body().contains("<script type=\"module\" src=\"/app.js\">"));
  }

  @Test
  void theCuratorConsoleHasItsOwnPath() throws Exception {
    HttpResponse<String> page = open.get("/curator");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<h1>Kuratorenkonsole</h1>"));
  }

  @Test
  void scriptsStylesAndTheIconHaveTheirContentTypes() throws Exception {
    assertEquals("text/javascript;charset=utf-8", contentType(open.get("/app.js")));
    assertEquals("text/javascript;charset=utf-8", contentType(open.get("/widget.js")));
    assertEquals("text/css;charset=utf-8", contentType(open.get("/style.css")));
    assertEquals("image/svg+xml;charset=utf-8", contentType(open.get("/favicon.svg")));
    HttpResponse<String> demo = open.get("/widget-demo.html");
    assertEquals("text/html;charset=utf-8", contentType(demo));
    assertTrue(demo.body().contains("<script src=\"/widget.js\" defer></script>"));
    assertTrue(open.get("/widget.js").body().contains("customElements.define('smartcity-search'"));
  }

  @Test
  void htmlPagesCarryThePolicyAndTheProtectiveHeaders() throws Exception {
    for (String path :
        List.of("/", "/curator", "/index.html", "/curator.html", "/widget-demo.html")) {
      HttpResponse<String> page = open.get(path);
      assertEquals(
          DEFAULT_CSP, page.headers().firstValue("Content-Security-Policy").orElse(null), path);
      assertEquals(
          "nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null), path);
      assertEquals(
          "strict-origin-when-cross-origin",
          page.headers().firstValue("Referrer-Policy").orElse(null),
          path);
    }
    HttpResponse<String> script = open.get("/app.js");
    assertEquals("nosniff", script.headers().firstValue("X-Content-Type-Options").orElse(null));
    assertFalse(
        script.headers().firstValue("Content-Security-Policy").isPresent(),
        "a policy is for documents");
  }

  @Test
  void partnersConfiguredAsFrameAncestorsMayFrameThePages() throws Exception {
    String csp = partnered.get("/").headers().firstValue("Content-Security-Policy").orElseThrow();
    assertTrue(
        csp.endsWith("; frame-ancestors 'self' https://partner.example https://*.stadt.example"),
        csp);
  }

  @Test
  void aFrameAncestorThatWouldInjectADirectiveIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new ServerConfig(
                    "127.0.0.1",
                    0,
                    List.of(),
                    null,
                    List.of("https://partner.example; script-src *")));
    assertTrue(e.getMessage().contains("https://partner.example; script-src *"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ServerConfig(
                "127.0.0.1", 0, List.of(), null, List.of("'none'", "https://partner.example")));
  }

  @Test
  void theWidgetScriptMayBeReadFromAnyPartnerSite() throws Exception {
    HttpResponse<String> widget = open.get("/widget.js", "Origin", "https://www.kiel.example");
    assertEquals(200, widget.statusCode());
    assertEquals("*", widget.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    assertFalse(widget.headers().firstValue("Access-Control-Allow-Credentials").isPresent());
    assertEquals(
        "cross-origin", widget.headers().firstValue("Cross-Origin-Resource-Policy").orElse(null));
  }

  @Test
  void withAnOriginListOnlyListedPartnersGetCorsHeaders() throws Exception {
    HttpResponse<String> listed = partnered.get("/widget.js", "Origin", "https://partner.example");
    assertEquals(
        "https://partner.example",
        listed.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    HttpResponse<String> other = partnered.get("/widget.js", "Origin", "https://elsewhere.example");
    assertFalse(other.headers().firstValue("Access-Control-Allow-Origin").isPresent());
  }

  @Test
  void aPageIsRevalidatedByItsOwnContentTag() throws Exception {
    HttpResponse<String> first = open.get("/app.js");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
    HttpResponse<String> again = open.get("/app.js", "If-None-Match", etag);
    assertEquals(304, again.statusCode());
    assertEquals("", again.body());
    assertTrue(
        !etag.equals(open.get("/common.js").headers().firstValue("ETag").orElseThrow()),
        "another file has another tag");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/public/index.html",
        "/public/",
        "/public",
        "/openapi.json/",
        "/reference/modellprojekte-smart-cities-beispiel.txt",
        "/de/smartcitysearch/server/SearchServer.class",
        "/WEB-INF/web.xml",
        "/app.js.map",
        "/index.html.bak",
        "/..%2f..%2fpom.xml",
        "/%2e%2e/%2e%2e/pom.xml",
        "/%2e%2e%2f%2e%2e%2fpom.xml",
        "/public/..%2f..%2f..%2fpom.xml",
        "/..%5c..%5cpom.xml",
        "/%5c..%5c..%5cpom.xml",
        "/app.js%00.html",
        "/%252e%252e/pom.xml",
        "/public/../../../pom.xml",
        "/../../pom.xml",
        "/./../pom.xml",
        "/curator/../../pom.xml",
        "/etc/passwd",
        "/..;/pom.xml",
        "/static/",
        "/api/"
      })
  void nothingOutsideTheUiIsServedAndNoFolderIsListed(String path) throws Exception {
    String answer = raw(open.port, path);
    String status = answer.substring(0, answer.indexOf("\r\n"));
    String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
    assertFalse(
        body.contains("<modelVersion>")
            || body.contains("package de.smartcitysearch")
            || body.contains("Bamberg")
            || body.contains("root:")
            || body.contains("<html")
            || body.contains("Jetty"),
        answer);
    // unknown paths are 404; paths Jetty finds ambiguous (encoded separators, ".." above the root)
    // it refuses
    // as 400 before any route sees them: both in the API's error shape
    JsonObject error = JsonParser.parseString(body).getAsJsonObject().getAsJsonObject("error");
    if (status.contains(" 404 ")) {
      assertEquals("not_found", error.get("code").getAsString(), path);
    } else {
      assertTrue(status.contains(" 400 "), path + " -> " + answer);
      assertEquals("bad_request", error.get("code").getAsString(), path);
    }
    assertTrue(
        answer.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/json"),
        answer);
  }

  /**
   * The Content-Type header without spaces (Jetty writes some types as "text/html;charset=utf-8").
   */
  private static String contentType(HttpResponse<String> response) {
    return response.headers().firstValue("Content-Type").orElseThrow().replace(" ", "");
  }

  /**
   * Sends the path exactly as written (no client-side normalisation of dots or escapes) and reads
   * the answer.
   */
  private static String raw(int port, String path) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      try (InputStream in = socket.getInputStream()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
  }
}
