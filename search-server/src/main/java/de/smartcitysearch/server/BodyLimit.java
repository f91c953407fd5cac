package de.smartcitysearch.server;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body up to a byte limit, counting what actually arrives: a missing or false
 * Content-Length and chunked bodies are held to the same limit (413 once it is passed).
 *
 * <p>Spark's own {@code body()} would first copy the whole stream into memory, so the body is read
 * from the servlet request underneath Spark's caching wrapper.
 */
final class BodyLimit {

  private static final int CHUNK = 8192;

  private final int maxBytes;

  BodyLimit(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** The body's bytes, or a 413 {@link ApiException} when it is longer than the limit. */
  byte[] read(spark.Request req) {
    if (req.contentLength() > maxBytes) {
      throw tooLarge(); // refused before reading a byte
    }
    try (InputStream in = unwrapped(req.raw()).getInputStream()) {
      ByteArrayOutputStream body =
          new ByteArrayOutputStream(Math.min(Math.max(req.contentLength(), 0), maxBytes));
      byte[] chunk = new byte[CHUNK];
      for (int n; (n = in.read(chunk)) > 0; ) {
        if (body.size() + (long) n > maxBytes) {
          throw tooLarge();
        }
        body.write(chunk, 0, n);
      }
      return body.toByteArray();
    } catch (IOException e) { // the client went away or sent a broken chunk
      throw new ApiException(
          400, "incomplete_body", "the request body could not be read to its end", null);
    }
  }

  int maxBytes() {
    return maxBytes;
  }

  private ApiException tooLarge() {
    return new ApiException(
        413, "too_large", "request bodies are at most " + maxBytes + " bytes", null);
  }

  private static ServletRequest unwrapped(ServletRequest request) {
    ServletRequest r = request;
    while (r instanceof ServletRequestWrapper wrapper) {
      r = wrapper.getRequest();
    }
    return r;
  }
}
