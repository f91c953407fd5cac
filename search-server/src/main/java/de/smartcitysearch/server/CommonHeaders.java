package de.smartcitysearch.server;

import spark.Service;

/**
 * Before every request: the start time for the access log, JSON as the default type, CORS and
 * security headers.
 */
final class CommonHeaders implements HttpFeature {

  /** The request attribute holding {@link System#nanoTime()} at arrival. */
  static final String START = "access.start";

  static final String JSON = "application/json; charset=utf-8";

  private final Cors cors;

  CommonHeaders(Cors cors) {
    this.cors = cors;
  }

  @Override
  public void register(Service http) {
    http.before(
        (req, res) -> {
          req.attribute(START, System.nanoTime());
          res.type(JSON);
          cors.allow(req, res);
          SecurityHeaders.common(res);
        });
  }
}
