package de.smartcitysearch.server;

import org.eclipse.jetty.http.BadMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import spark.Response;
import spark.Service;

/**
 * Every failure as the API's JSON error shape: refusals as 4xx, anything unexpected as 500 with no
 * details; a path that exists answered with a method it does not take as 405 with {@code Allow}.
 *
 * <p>Spark skips the {@code after} filters when a filter or route throws, so the caching headers of
 * an error are set here: no cache may keep it ({@code no-store}), and when the CORS headers depend
 * on the origin, {@code Vary: Origin}.
 */
final class ErrorResponses implements HttpFeature {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

  private final Cors cors;

  ErrorResponses(Cors cors) {
    this.cors = cors;
  }

  @Override
  public void register(Service http) {
    AllowedMethods allowed = new AllowedMethods(http);
    http.exception(ApiException.class, (e, req, res) -> write(res, e));
    // Jetty decodes the query string lazily and refuses malformed UTF-8 then, inside the route
    http.exception(
        BadMessageException.class,
        (e, req, res) ->
            write(
                res,
                new ApiException(
                    e.getCode(), JsonErrorHandler.code(e.getCode()), e.getReason(), null)));
    http.exception(
        Exception.class,
        (e, req, res) -> {
          LOG.error("{} {} failed", req.requestMethod(), req.uri(), e);
          write(res, internalError());
        });
    http.notFound(
        (req, res) -> {
          String allow = allowed.of(req.uri());
          ApiException error;
          if (allow.isEmpty()) {
            error = ApiException.notFound("no route " + req.requestMethod() + " " + req.uri());
          } else {
            res.header("Allow", allow);
            error =
                new ApiException(
                    405,
                    "method_not_allowed",
                    req.uri() + " answers " + allow + ", not " + req.requestMethod(),
                    null);
          }
          headers(res);
          res.status(error.status());
          return Json.write(error.body());
        });
    http.internalServerError(
        (req, res) -> {
          headers(res);
          return Json.write(internalError().body());
        });
  }

  private static ApiException internalError() {
    return new ApiException(
        500, "internal_error", "the server could not answer this request", null);
  }

  private void write(Response res, ApiException e) {
    res.status(e.status());
    headers(res);
    res.body(Json.write(e.body()));
  }

  /** Set, not added: for a path without a route Spark has run the {@code after} filters already. */
  private void headers(Response res) {
    res.type(CommonHeaders.JSON);
    res.raw().setHeader("Cache-Control", "no-store");
    if (cors.varyOrigin()) {
      res.raw().setHeader("Vary", "Origin");
    }
  }
}
