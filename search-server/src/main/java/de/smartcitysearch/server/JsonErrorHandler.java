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
 * above the root, malformed requests) in the API's JSON error shape, instead of Jetty's HTML page that names
 * its version.
 */
final class JsonErrorHandler extends ErrorHandler {

  private static final String JSON = "application/json; charset=utf-8";

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.write(true, body(code, message), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, JSON);
    return body(status, reason);
  }

  private static ByteBuffer body(int status, String message) {
    String code = switch (status) {
      case 400 -> "bad_request";
      case 404 -> "not_found";
      default -> "http_" + status;
    };
    String text = message == null || message.isBlank() ? HttpStatus.getMessage(status) : message;
    String json = Json.write(new ApiException(status, code, text, null).body());
    return ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8));
  }
}
