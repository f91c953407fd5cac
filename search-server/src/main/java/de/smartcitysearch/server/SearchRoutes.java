package de.smartcitysearch.server;

import de.smartcitysearch.search.CountScope;
import de.smartcitysearch.search.FacetDimension;
import de.smartcitysearch.search.SearchBackend;
import de.smartcitysearch.search.SearchRequest;
import de.smartcitysearch.search.SearchResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import spark.Request;
import spark.Service;

/** What a visitor's browser asks: search, suggestions, one event, the values of a facet. */
final class SearchRoutes implements HttpFeature {

  private static final int SUGGEST_DEFAULT = 8;
  private static final int SUGGEST_MAX = 20;

  /**
   * The facet dimensions as the pages read them: name, German label, whether a value can be
   * selected.
   */
  private static final List<Map<String, Object>> DIMENSIONS =
      FacetDimension.ALL.stream()
          .map(
              d -> {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("name", d.apiName());
                out.put("label", d.label());
                out.put("filter", d.filterable());
                out.put("within", d.parent().map(FacetDimension::apiName).orElse(null));
                out.put("reference", d.reference());
                return out;
              })
          .toList();

  private final SearchBackend backend;
  private final AnswerCache answers;
  private final ZeroResultLog zeroResults;
  private final ClientAddress clients;

  SearchRoutes(
      SearchBackend backend,
      AnswerCache answers,
      ZeroResultLog zeroResults,
      ClientAddress clients) {
    this.backend = backend;
    this.answers = answers;
    this.zeroResults = zeroResults;
    this.clients = clients;
  }

  @Override
  public void register(Service http) {
    http.get("/api/search", (req, res) -> search(new Params(req).searchRequest(), req));
    http.get(
        "/api/dimensions",
        (req, res) -> {
          new Params(req).only(Set.of());
          return Json.write(Map.of("dimensions", DIMENSIONS));
        });
    http.get(
        "/api/suggest",
        (req, res) -> {
          Params p = new Params(req).only(Set.of("q", "size"));
          String q = p.query("q");
          int size = p.integer("size", SUGGEST_DEFAULT, 1, SUGGEST_MAX);
          return Json.write(
              Map.of(
                  "query", q, "suggestions", q.isBlank() ? List.of() : backend.suggest(q, size)));
        });
    http.get(
        "/api/events/*",
        (req, res) -> {
          new Params(req).only(Set.of());
          String id = Params.pathId(req);
          return Json.write(
              backend.event(id).orElseThrow(() -> ApiException.notFound("no event with id " + id)));
        });
    http.get(
        "/api/facets/*",
        (req, res) -> {
          Params p = new Params(req).only(Set.of("prefix", "reference", "kind", "from", "to"));
          FacetDimension dim = Params.dimension(Params.pathId(req), "dimension");
          String prefix = p.single("prefix");
          CountScope scope = p.countScope();
          return Json.write(
              Map.of(
                  "dimension",
                  dim.apiName(),
                  "kind",
                  scope.kind().id(),
                  "values",
                  backend.facetValues(
                      dim,
                      prefix == null ? "" : prefix.strip(),
                      referenceList(backend, p.single("reference")),
                      scope)));
        });
  }

  /**
   * The answer's JSON, from the cache when the same request was answered on this index version
   * today.
   */
  private String search(SearchRequest request, Request req) throws IOException {
    long started = System.nanoTime();
    long version = backend.indexState().version();
    LocalDate day = backend.today();
    SearchResponse answer = answers.get(request, version, day);
    String json;
    if (answer == null) {
      answer = backend.search(request);
      json = Json.write(answer);
      answers.put(request, version, day, answer, json.length()); // sized by the JSON written anyway
    } else {
      answer = answer.withTookMs((System.nanoTime() - started) / 1_000_000);
      json = Json.write(answer);
    }
    if (answer.total() == 0 && !answer.timedOut()) {
      zeroResults.record(request, clients.of(req), version);
    }
    return json;
  }

  /** The reference list a parameter names, or null when none is named. */
  static List<String> referenceList(SearchBackend backend, String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    return backend
        .references()
        .get(name.strip())
        .orElseThrow(
            () ->
                ApiException.badParameter(
                    "reference",
                    "no reference list named '"
                        + name
                        + "' (known: laender, topics when a taxonomy is configured, or a "
                        + "list under reference/)"));
  }
}
