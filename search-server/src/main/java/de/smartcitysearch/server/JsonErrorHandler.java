package de.smartcitysearch.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (a request line too long, a path that is not UTF-8, headers too large) in the API's
 * JSON error shape instead of Jetty's HTML page; they happen before Spark sees the request.
 */
final class JsonErrorHandler extends ErrorHandler {

  @Override
  protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
      Callback callback) {
    boolean serverSide = status >= 500;
    String text = serverSide || message == null || message.isBlank()
        ? (serverSide ? "the server could not answer this request" : HttpStatus.getMessage(status))
        : message;
    ApiException error = new ApiException(status, code(status), text, null);
    byte[] body = Json.write(error.body()).getBytes(StandardCharsets.UTF_8);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(true, ByteBuffer.wrap(body), callback);
  }

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
}
