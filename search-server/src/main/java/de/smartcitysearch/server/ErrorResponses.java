package de.smartcitysearch.server;

import org.eclipse.jetty.http.BadMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import spark.Response;
import spark.Service;

/** Every failure as the API's JSON error shape: refusals as 4xx, anything unexpected as 500 with no details. */
final class ErrorResponses implements HttpFeature {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

  @Override
  public void register(Service http) {
    http.exception(ApiException.class, (e, req, res) -> write(res, e));
    // Jetty decodes the query string lazily and refuses malformed UTF-8 then, inside the route
    http.exception(BadMessageException.class, (e, req, res) -> write(res,
        new ApiException(e.getCode(), JsonErrorHandler.code(e.getCode()), e.getReason(), null)));
    http.exception(Exception.class, (e, req, res) -> {
      LOG.error("{} {} failed", req.requestMethod(), req.uri(), e);
      write(res, internalError());
    });
    http.notFound((req, res) -> {
      res.type(CommonHeaders.JSON);
      return Json.write(ApiException.notFound("no route " + req.requestMethod() + " " + req.uri()).body());
    });
    http.internalServerError((req, res) -> {
      res.type(CommonHeaders.JSON);
      return Json.write(internalError().body());
    });
  }

  private static ApiException internalError() {
    return new ApiException(500, "internal_error", "the server could not answer this request", null);
  }

  private static void write(Response res, ApiException e) {
    res.status(e.status());
    res.type(CommonHeaders.JSON);
    res.body(Json.write(e.body()));
  }
}
