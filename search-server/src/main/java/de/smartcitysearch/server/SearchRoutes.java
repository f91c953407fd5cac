package de.smartcitysearch.server;

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
import spark.Service;

/** What a visitor's browser asks: search, suggestions, one event, the values of a facet. */
final class SearchRoutes implements HttpFeature {

  private static final int SUGGEST_DEFAULT = 8;
  private static final int SUGGEST_MAX = 20;

  /** The facet dimensions as the pages read them: name, German label, whether a value can be selected. */
  private static final List<Map<String, Object>> DIMENSIONS = FacetDimension.ALL.stream().map(d -> {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", d.apiName());
    out.put("label", d.label());
    out.put("filter", d.filterable());
    out.put("within", d.parent().map(FacetDimension::apiName).orElse(null));
    out.put("reference", d.reference());
    return out;
  }).toList();

  private final SearchBackend backend;
  private final AnswerCache answers;
  private final ZeroResultLog zeroResults;

  SearchRoutes(SearchBackend backend, AnswerCache answers, ZeroResultLog zeroResults) {
    this.backend = backend;
    this.answers = answers;
    this.zeroResults = zeroResults;
  }

  @Override
  public void register(Service http) {
    http.get("/api/search", (req, res) -> Json.write(search(new Params(req).searchRequest())));
    http.get("/api/dimensions", (req, res) -> {
      new Params(req).only(Set.of());
      return Json.write(Map.of("dimensions", DIMENSIONS));
    });
    http.get("/api/suggest", (req, res) -> {
      Params p = new Params(req).only(Set.of("q", "size"));
      String q = p.query("q");
      int size = p.integer("size", SUGGEST_DEFAULT, 1, SUGGEST_MAX);
      return Json.write(Map.of("query", q, "suggestions", q.isBlank() ? List.of() : backend.suggest(q, size)));
    });
    http.get("/api/events/*", (req, res) -> {
      new Params(req).only(Set.of());
      String id = Params.pathId(req);
      return Json.write(backend.event(id).orElseThrow(() -> ApiException.notFound("no event with id " + id)));
    });
    http.get("/api/facets/*", (req, res) -> {
      Params p = new Params(req).only(Set.of("prefix", "reference"));
      FacetDimension dim = Params.dimension(Params.pathId(req), "dimension");
      String prefix = p.single("prefix");
      return Json.write(Map.of("dimension", dim.apiName(), "values",
          backend.facetValues(dim, prefix == null ? "" : prefix.strip(), referenceList(backend, p.single("reference")))));
    });
  }

  /** The answer, from the cache when the same request was answered on this index version today. */
  private SearchResponse search(SearchRequest request) throws IOException {
    long started = System.nanoTime();
    long version = backend.indexState().version();
    LocalDate day = backend.today();
    SearchResponse answer = answers.get(request, version, day);
    if (answer == null) {
      answer = WhenFacet.added(backend, request, backend.search(request));
      answers.put(request, version, day, answer);
    } else {
      answer = answer.withTookMs((System.nanoTime() - started) / 1_000_000);
    }
    if (answer.total() == 0) {
      zeroResults.record(answer.query());
    }
    return answer;
  }

  /** The reference list a parameter names, or null when none is named. */
  static List<String> referenceList(SearchBackend backend, String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    return backend.references().get(name.strip()).orElseThrow(() -> ApiException.badParameter("reference",
        "no reference list named '" + name + "' (known: laender, topics when a taxonomy is configured, or a "
            + "list under reference/)"));
  }
}
