package de.smartcitysearch.server;

import spark.Request;
import spark.Response;
import spark.Service;

/**
 * Lets a request to the curators' endpoints (the searches that found nothing) through with the
 * curator key or the admin key; without either they are switched off (403 {@code
 * curator_disabled}).
 *
 * <p>A key of its own, because the curator console keeps it in the browser (sessionStorage), where
 * a page's script, an extension or a shared computer may reach it: a leaked curator key reads what
 * visitors searched for, a leaked admin key could also delete and overwrite the index. Curators
 * need the first, not the second.
 */
final class CuratorGuard implements HttpFeature {

  private final BearerKeys keys;

  CuratorGuard(String curatorKey, String adminKey) {
    this.keys = new BearerKeys(curatorKey, adminKey);
  }

  @Override
  public void register(Service http) {
    for (String path : CuratorRoutes.KEYED_PATHS) {
      http.before(path, this::guard);
    }
  }

  private void guard(Request req, Response res) {
    if (req.requestMethod().equals("OPTIONS")) {
      return;
    }
    if (keys.none()) {
      throw new ApiException(
          403,
          "curator_disabled",
          "the curators' endpoints are switched off; set "
              + ServerConfig.CURATOR_KEY_ENV
              + " (or "
              + ServerConfig.ADMIN_KEY_ENV
              + ") to enable them",
          null);
    }
    keys.require(req, res);
  }
}
