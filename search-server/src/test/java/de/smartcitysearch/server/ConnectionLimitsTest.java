package de.smartcitysearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What one client can hold of the server: idle connections are closed after the idle timeout
 * (Spark's default was an hour), a request whose headers trickle in is answered 408 after the
 * header timeout although bytes keep coming, and one address gets no more than its connections at
 * once.
 */
class ConnectionLimitsTest {

  private static ServerConfig config(ServerConfig.Connections connections) {
    return new ServerConfig("127.0.0.1", 0, List.of(), null)
        .withRateLimit(ServerConfig.RateLimit.OFF)
        .withConnections(connections);
  }

  @Test
  void anIdleConnectionIsClosedAfterTheIdleTimeout(@TempDir Path dir) throws Exception {
    var limits = new ServerConfig.Connections(Duration.ofSeconds(2), Duration.ofSeconds(10), 64);
    try (TestServer server = new TestServer(dir, config(limits));
        Socket socket = connect(server)) {
      long idleSince = System.nanoTime();
      send(socket, "GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
      // reads the answer, then waits on the kept-alive connection until the server closes it
      String answer = readUntilQuiet(socket, Duration.ofSeconds(20));
      assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
      Duration idle = Duration.ofNanos(System.nanoTime() - idleSince);
      assertTrue(
          idle.compareTo(Duration.ofMillis(1_500)) > 0
              && idle.compareTo(Duration.ofSeconds(10)) < 0,
          "closed after " + idle.toMillis() + " ms (idle timeout 2 s)");
    }
  }

  @Test
  void headersTricklingInAreAnswered408AfterTheHeaderTimeout(@TempDir Path dir) throws Exception {
    var limits = new ServerConfig.Connections(Duration.ofSeconds(30), Duration.ofSeconds(2), 64);
    try (TestServer server = new TestServer(dir, config(limits));
        Socket socket = connect(server)) {
      long start = System.nanoTime();
      send(socket, "GET /health HTTP/1.1\r\nHost: x\r\n");
      StringBuilder answer = new StringBuilder();
      socket.setSoTimeout(250);
      // one header every 250 ms, far within the 30 s idle timeout: only a header deadline can end
      // this
      for (int i = 0; i < 120 && answer.indexOf("\r\n\r\n") < 0; i++) {
        try {
          send(socket, "X-Slow-" + i + ": a\r\n");
          answer.append(read(socket));
        } catch (SocketException closed) {
          break;
        }
      }
      answer.append(readUntilQuiet(socket, Duration.ofSeconds(1)));
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertTrue(answer.toString().startsWith("HTTP/1.1 408"), answer.toString());
      assertTrue(answer.toString().contains("\"code\":\"request_timeout\""), answer.toString());
      assertTrue(
          took.compareTo(Duration.ofSeconds(2)) > 0 && took.compareTo(Duration.ofSeconds(8)) < 0,
          "answered after " + took.toMillis() + " ms (header timeout 2 s)");
    }
  }

  @Test
  void oneAddressGetsNoMoreThanItsConnectionsAndTheNextOneOnceOneCloses(@TempDir Path dir)
      throws Exception {
    var limits = new ServerConfig.Connections(Duration.ofSeconds(30), Duration.ofSeconds(10), 3);
    List<Socket> held = new ArrayList<>();
    try (TestServer server = new TestServer(dir, config(limits))) {
      for (int i = 0; i < 3; i++) {
        Socket socket = connect(server);
        held.add(socket);
        send(socket, "GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
        assertTrue(
            readUntilQuiet(socket, Duration.ofMillis(500)).startsWith("HTTP/1.1 200"),
            "connection " + i);
      }
      RawHttp fourth = RawHttp.exchange(server.port, "GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
      assertEquals(429, fourth.status(), fourth.toString());
      assertTrue(fourth.body().contains("\"code\":\"too_many_connections\""), fourth.body());

      held.remove(0).close();
      Thread.sleep(300); // the server notices the close
      RawHttp again =
          RawHttp.exchange(
              server.port, "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      assertEquals(200, again.status(), "a freed place is taken again: " + again);
    } finally {
      for (Socket socket : held) {
        socket.close();
      }
    }
  }

  @Test
  void aTrustedProxysConnectionsAreNotCountedAsOneClient(@TempDir Path dir) throws Exception {
    var limits = new ServerConfig.Connections(Duration.ofSeconds(30), Duration.ofSeconds(10), 2);
    List<Socket> held = new ArrayList<>();
    try (TestServer server =
        new TestServer(dir, config(limits).withTrustedProxies(List.of("127.0.0.1")))) {
      for (int i = 0; i < 5; i++) {
        Socket socket = connect(server);
        held.add(socket);
        send(
            socket,
            "GET /health HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 203.0.113." + i + "\r\n\r\n");
        assertTrue(
            readUntilQuiet(socket, Duration.ofMillis(500)).startsWith("HTTP/1.1 200"),
            "connection " + i);
      }
    } finally {
      for (Socket socket : held) {
        socket.close();
      }
    }
  }

  private static Socket connect(TestServer server) throws IOException {
    return new Socket(InetAddress.getLoopbackAddress(), server.port);
  }

  private static void send(Socket socket, String text) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  /** What is there to read now (waits up to the socket's timeout); empty when nothing came. */
  private static String read(Socket socket) throws IOException {
    byte[] buffer = new byte[8192];
    try {
      int n = socket.getInputStream().read(buffer);
      return n <= 0 ? "" : new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
    } catch (SocketTimeoutException nothingYet) {
      return "";
    }
  }

  private static String readUntilQuiet(Socket socket, Duration quiet) throws IOException {
    socket.setSoTimeout((int) quiet.toMillis());
    StringBuilder text = new StringBuilder();
    InputStream in = socket.getInputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) > 0; ) {
        text.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
      }
    } catch (SocketTimeoutException | SocketException done) {
      // quiet, or closed
    }
    return text.toString();
  }
}
