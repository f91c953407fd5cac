package de.smartcitysearch.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Bytes on a socket and the answer as it comes back, for requests no HTTP client library would send
 * (HTTP/0.9, bad paths, broken framing).
 *
 * @param status the status code of the answer's first line, or -1 when the server sent nothing
 * @param headers the answer's headers, names in lower case (the last value of a repeated one)
 * @param body the body as text
 */
record RawHttp(int status, Map<String, String> headers, String body) {

  /**
   * Sends the bytes and reads until the server closes the connection or goes quiet for five
   * seconds.
   */
  static RawHttp exchange(int port, String request) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(5_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[8192];
      try {
        for (int n; (n = in.read(buffer)) > 0; ) {
          answer.write(buffer, 0, n);
        }
      } catch (SocketTimeoutException quiet) {
        // a kept-alive connection: what came is the answer
      }
      return parse(answer.toString(StandardCharsets.UTF_8));
    }
  }

  private static RawHttp parse(String text) {
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      return new RawHttp(-1, Map.of(), text);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).strip());
    }
    return new RawHttp(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
  }
}
