package de.smartcitysearch.server;

import de.smartcitysearch.search.SearchBackend;
import java.util.Map;
import java.util.Set;
import spark.Service;

/** {@code /health} for monitors and {@code /openapi.json}, the API's description. */
final class SystemRoutes implements HttpFeature {

  private final SearchBackend backend;
  private final String openApi;

  SystemRoutes(SearchBackend backend, String openApi) {
    this.backend = backend;
    this.openApi = openApi;
  }

  @Override
  public void register(Service http) {
    http.get(
        "/health",
        (req, res) -> {
          new Params(req).only(Set.of());
          return Json.write(Map.of("status", "ok", "documents", backend.indexState().documents()));
        });
    http.get("/openapi.json", (req, res) -> openApi);
  }
}
