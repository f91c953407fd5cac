package de.smartcitysearch.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.Callback;

/**
 * An answer written straight onto a connection, for the refusals made below HTTP parsing (too many
 * connections, headers too slow): the JSON error shape like every other error, then the connection
 * is closed.
 */
final class RawAnswer {

  private RawAnswer() {}

  /** Writes the status line, a few headers and the JSON error, then closes the connection. */
  static void sendAndClose(EndPoint endPoint, int status, String code, String message) {
    byte[] body =
        Json.write(new ApiException(status, code, message, null).body())
            .getBytes(StandardCharsets.UTF_8);
    String head =
        "HTTP/1.1 "
            + status
            + " "
            + HttpStatus.getMessage(status)
            + "\r\n"
            + "Content-Type: "
            + CommonHeaders.JSON
            + "\r\n"
            + "Content-Length: "
            + body.length
            + "\r\n"
            + "Cache-Control: no-store\r\n"
            + "X-Content-Type-Options: nosniff\r\n"
            + "Connection: close\r\n\r\n";
    ByteBuffer answer =
        ByteBuffer.allocate(head.length() + body.length)
            .put(head.getBytes(StandardCharsets.ISO_8859_1))
            .put(body)
            .flip();
    try {
      endPoint.write(Callback.from(endPoint::close, failure -> endPoint.close()), answer);
    } catch (
        RuntimeException busy) { // a write already pending: the connection is cut without an answer
      endPoint.close();
    }
  }
}
