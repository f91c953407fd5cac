package de.smartcitysearch.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the requests Jetty refuses before they reach a route (ambiguous or encoded path
 * separators, {@code ..} above the root, a path that is not UTF-8, a request line or headers too
 * long, malformed requests) in the API's JSON error shape, instead of Jetty's HTML page that names
 * its version, whatever the method: Jetty writes an error body only for GET, POST and HEAD and left
 * a DELETE of {@code /api/documents/a%25b} with an empty 400.
 *
 * <p>A request Jetty could not parse ends its connection, and its answer says {@code Connection:
 * close}.
 *
 * <p>A request in HTTP/0.9 or an unknown HTTP version is the client's mistake: it gets 400 (Jetty's
 * 505 would read as a failure of the server).
 */
final class JsonErrorHandler extends ErrorHandler {

  private static final String JSON = "application/json; charset=utf-8";
  private static final String UNSUPPORTED_VERSION =
      "this server speaks HTTP/1.1 (and HTTP/1.0); HTTP/0.9 and unknown "
          + "versions are not supported";

  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    int status = clientStatus(code);
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    if (cause instanceof HttpException || !request.getConnectionMetaData().isPersistent()) {
      // Jetty closes the connection after a request it could not parse (it cannot tell where the
      // next one begins): a client that took it for kept-alive would send into a closed socket
      response.getHeaders().put(HttpFields.CONNECTION_CLOSE);
    }
    response.write(true, body(status, status == code ? message : UNSUPPORTED_VERSION), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, JSON);
    return body(
        clientStatus(status), clientStatus(status) == status ? reason : UNSUPPORTED_VERSION);
  }

  /** The API's error code for a status Jetty answers itself. */
  static String code(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 404 -> "not_found";
      case 413 -> "too_large";
      case 414 -> "uri_too_long";
      case 431 -> "headers_too_large";
      case 405 -> "method_not_allowed";
      default -> status >= 500 ? "internal_error" : "http_" + status;
    };
  }

  /** The status the client gets: a request in a version Jetty does not speak is a bad request. */
  private static int clientStatus(int code) {
    return code == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505 ? HttpStatus.BAD_REQUEST_400 : code;
  }

  private static ByteBuffer body(int status, String message) {
    boolean serverSide = status >= 500; // no internals in the answer
    String text =
        serverSide
            ? "the server could not answer this request"
            : message == null || message.isBlank() ? HttpStatus.getMessage(status) : message;
    String json = Json.write(new ApiException(status, code(status), text, null).body());
    return ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8));
  }
}
