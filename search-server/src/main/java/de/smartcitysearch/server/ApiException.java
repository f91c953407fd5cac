package de.smartcitysearch.server;

/**
 * A request the API refuses, answered as {@code {"error":{"code","message","parameter"}}} with its
 * HTTP status.
 */
public final class ApiException extends RuntimeException {

  private final int status;
  private final String code;
  private final String parameter;

  public ApiException(int status, String code, String message, String parameter) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.parameter = parameter;
  }

  /** A 400 for one bad parameter. */
  public static ApiException badParameter(String parameter, String message) {
    return new ApiException(400, "invalid_parameter", message, parameter);
  }

  /** A 404 for an unknown id or path. */
  public static ApiException notFound(String message) {
    return new ApiException(404, "not_found", message, null);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  /** The offending parameter, or null. */
  public String parameter() {
    return parameter;
  }

  /** The JSON body. */
  ErrorBody body() {
    return new ErrorBody(new ErrorBody.Error(code, getMessage(), parameter));
  }

  /** The error envelope. */
  record ErrorBody(Error error) {
    record Error(String code, String message, String parameter) {}
  }
}
