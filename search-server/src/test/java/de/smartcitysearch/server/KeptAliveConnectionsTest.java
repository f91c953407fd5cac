package de.smartcitysearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An answer never looks reusable on a connection the server is about to close: an error answered
 * before the request body was read either leaves the connection able to serve the next request or
 * says {@code Connection: close}. A client that trusts a silent answer takes the closed connection
 * from its pool and its next request fails with no bytes.
 */
class KeptAliveConnectionsTest {

  private static final String BODY = "{\"objectID\":\"x\",\"title\":\"Eingeschleust\"}";
  private static final String NEXT = "GET /health HTTP/1.1\r\nHost: x\r\n\r\n";

  @TempDir static Path dir;
  private static TestServer server;

  @BeforeAll
  static void start() throws IOException {
    server = new TestServer(dir, List.of(), TestServer.ADMIN_KEY);
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  /** Requests with a body that are refused before their body is read, and the status they get. */
  static List<Object[]> refusedBeforeTheBody() {
    String key = "Authorization: Bearer " + TestServer.ADMIN_KEY + "\r\n";
    return List.of(
        new Object[] {"POST /api/nothing", "", 404},
        new Object[] {"POST /api/search", "", 405},
        new Object[] {"PUT /1/indexes/events/x", "", 404},
        new Object[] {"POST /1/indexes/events/batch", "", 404},
        new Object[] {"DELETE /api/documents/x", "", 401},
        new Object[] {"POST /api/documents", "", 401},
        new Object[] {"POST /api/documents", key, 415});
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("refusedBeforeTheBody")
  void anErrorAnsweredBeforeTheBodyArrivedSaysTheConnectionCloses(
      String requestLine, String extraHeaders, int status) throws IOException {
    try (Socket socket = connect()) {
      // the headers alone: the answer comes before a byte of the body has been sent
      send(socket, head(requestLine, extraHeaders, BODY.length()));
      Answer refusal = Answer.read(socket.getInputStream());
      assertComplete(status, refusal);
      if (!refusal.saysClose()) {
        send(socket, BODY + NEXT);
        Answer next = Answer.read(socket.getInputStream());
        assertEquals(
            200,
            next.status(),
            "the "
                + status
                + " answer did not say the connection closes, so it must serve the next request: "
                + next.text());
      }
    }
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("refusedBeforeTheBody")
  void anErrorToARequestWithItsBodyKeepsTheConnectionUsableOrSaysItClosesIt(
      String requestLine, String extraHeaders, int status) throws IOException {
    try (Socket socket = connect()) {
      send(socket, head(requestLine, extraHeaders, BODY.length()) + BODY);
      Answer refusal = Answer.read(socket.getInputStream());
      assertComplete(status, refusal);
      if (refusal.saysClose()) {
        assertEquals(-1, socket.getInputStream().read(), "closed as announced");
      } else {
        send(socket, NEXT);
        Answer next = Answer.read(socket.getInputStream());
        assertEquals(200, next.status(), "a kept connection serves the next request: " + next);
      }
    }
  }

  @Test
  void aBodyTooLargeToReadIsRefusedWithConnectionClose() throws IOException {
    String key = "Authorization: Bearer " + TestServer.ADMIN_KEY + "\r\n";
    try (Socket socket = connect()) {
      send(
          socket,
          head(
              "POST /api/documents",
              key + "Content-Type: application/json\r\n",
              ServerConfig.DEFAULT_MAX_BODY_BYTES + 1));
      Answer refusal = Answer.read(socket.getInputStream());
      assertComplete(413, refusal);
      assertTrue(refusal.saysClose(), "the body is not read: " + refusal.text());
    }
  }

  @Test
  void aRequestLineTooLongToParseIsRefusedWithConnectionClose() throws IOException {
    try (Socket socket = connect()) {
      send(socket, "GET /api/search?q=" + "a".repeat(64 * 1024) + " HTTP/1.1\r\nHost: x\r\n\r\n");
      Answer refusal = Answer.read(socket.getInputStream());
      assertComplete(414, refusal);
      assertTrue(refusal.saysClose(), "Jetty cannot parse on after it: " + refusal.text());
    }
  }

  /**
   * The answer has this status and its whole JSON error, framed by length or chunks: an answer that
   * ends only where the connection closes can be cut off by the reset an unread body causes.
   */
  private static void assertComplete(int status, Answer answer) {
    assertEquals(status, answer.status(), answer.text());
    assertTrue(answer.text().contains("\"message\":"), "the whole error: " + answer.text());
  }

  private static String head(String requestLine, String extraHeaders, long length) {
    return requestLine
        + " HTTP/1.1\r\nHost: x\r\n"
        + (extraHeaders.contains("Content-Type") ? "" : "Content-Type: text/plain\r\n")
        + extraHeaders
        + "Content-Length: "
        + length
        + "\r\n\r\n";
  }

  private static Socket connect() throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port);
    socket.setSoTimeout(5_000);
    return socket;
  }

  private static void send(Socket socket, String text) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /**
   * One answer read off a kept connection, framed by Content-Length or chunks.
   *
   * @param status -1 when the connection ended or went quiet before a status line
   * @param head the status line and headers
   */
  private record Answer(int status, String head, String text) {

    boolean saysClose() {
      return head.toLowerCase(Locale.ROOT).contains("\r\nconnection: close");
    }

    static Answer read(InputStream in) throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try {
        String head = readUntil(in, bytes, "\r\n\r\n");
        if (head == null) {
          return new Answer(-1, "", bytes.toString(StandardCharsets.UTF_8) + " [closed]");
        }
        String lower = head.toLowerCase(Locale.ROOT);
        int length = lower.indexOf("\r\ncontent-length:");
        if (length >= 0) {
          int from = length + "\r\ncontent-length:".length();
          int n = Integer.parseInt(head.substring(from, head.indexOf("\r\n", from)).strip());
          bytes.write(in.readNBytes(n));
        } else if (lower.contains("\r\ntransfer-encoding: chunked")) {
          readUntil(in, bytes, "\r\n0\r\n\r\n");
        }
        int status = Integer.parseInt(head.split(" ", 3)[1]);
        return new Answer(status, head, bytes.toString(StandardCharsets.UTF_8));
      } catch (SocketTimeoutException | java.net.SocketException gone) {
        return new Answer(-1, "", bytes.toString(StandardCharsets.UTF_8) + " [" + gone + "]");
      }
    }

    /** Reads until the bytes end with the marker; all bytes so far, or null at the end. */
    private static String readUntil(InputStream in, ByteArrayOutputStream bytes, String marker)
        throws IOException {
      while (!bytes.toString(StandardCharsets.ISO_8859_1).endsWith(marker)) {
        int b = in.read();
        if (b < 0) {
          return null;
        }
        bytes.write(b);
      }
      return bytes.toString(StandardCharsets.ISO_8859_1);
    }
  }
}
