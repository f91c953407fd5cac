package de.smartcitysearch.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the requests Jetty refuses before they reach a route (ambiguous or encoded path separators, {@code ..}
 * above the root, a path that is not UTF-8, a request line or headers too long, malformed requests) in the API's
 * JSON error shape, instead of Jetty's HTML page that names its version.
 */
final class JsonErrorHandler extends ErrorHandler {

  private static final String JSON = "application/json; charset=utf-8";

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(true, body(code, message), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, JSON);
    return body(status, reason);
  }

  /** The API's error code for a status Jetty answers itself. */
  static String code(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 404 -> "not_found";
      case 413 -> "too_large";
      case 414 -> "uri_too_long";
      case 431 -> "headers_too_large";
      default -> status >= 500 ? "internal_error" : "http_" + status;
    };
  }

  private static ByteBuffer body(int status, String message) {
    boolean serverSide = status >= 500; // no internals in the answer
    String text = serverSide ? "the server could not answer this request"
        : message == null || message.isBlank() ? HttpStatus.getMessage(status) : message;
    String json = Json.write(new ApiException(status, code(status), text, null).body());
    return ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8));
  }
}
