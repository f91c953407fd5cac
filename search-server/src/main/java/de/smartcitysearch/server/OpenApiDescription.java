package de.smartcitysearch.server;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import de.smartcitysearch.search.FacetDimension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;

/**
 * The OpenAPI description the server answers with: the hand-written {@code /openapi.json} completed
 * from the facet declaration, so the filter parameters of a search and the dimension names of the
 * facet and coverage routes are never listed twice.
 */
final class OpenApiDescription {

  private static final String RESOURCE = "/openapi.json";

  private OpenApiDescription() {}

  /** The description as JSON text. */
  static String read() {
    JsonObject api = JsonParser.parseString(resource()).getAsJsonObject();
    JsonObject paths = api.getAsJsonObject("paths");
    JsonArray search = parameters(paths, "/api/search");
    JsonArray withFilters = new JsonArray();
    for (JsonElement parameter : search) {
      withFilters.add(parameter);
      if (name(parameter)
          .equals("q")) { // the filters follow the text, one per filterable dimension
        FacetDimension.ALL.stream()
            .filter(FacetDimension::filterable)
            .forEach(d -> withFilters.add(filter(d)));
      }
    }
    paths.getAsJsonObject("/api/search").getAsJsonObject("get").add("parameters", withFilters);
    JsonArray presets = new JsonArray();
    FacetDimension.ALL.stream()
        .filter(FacetDimension::filterable)
        .forEach(d -> presets.add(filter(d)));
    presets.addAll(
        parameters(paths, "/api/widget/presets")); // the dates, when and sort follow the dimensions
    paths.getAsJsonObject("/api/widget/presets").getAsJsonObject("get").add("parameters", presets);
    for (String feed :
        List.of(
            SearchFeeds.ICS_PATH, SearchFeeds.ATOM_PATH)) { // a feed takes a search's parameters
      paths.getAsJsonObject(feed).getAsJsonObject("get").add("parameters", withFilters.deepCopy());
    }
    fill(parameters(paths, "/api/facets/{dimension}"), "dimension", d -> true);
    fill(parameters(paths, "/api/coverage"), "rows", d -> !d.isMonth());
    fill(parameters(paths, "/api/coverage"), "cols", d -> true);
    return api.toString();
  }

  private static JsonObject filter(FacetDimension d) {
    JsonObject items = new JsonObject();
    items.addProperty("type", "string");
    JsonObject schema = new JsonObject();
    schema.addProperty("type", "array");
    schema.add("items", items);
    JsonObject parameter = new JsonObject();
    parameter.addProperty("name", d.apiName());
    parameter.addProperty("in", "query");
    parameter.add("schema", schema);
    parameter.addProperty("style", "form");
    parameter.addProperty("explode", true);
    parameter.addProperty("description", d.label() + "; repeat for several (any of them)");
    return parameter;
  }

  private static void fill(JsonArray parameters, String name, Predicate<FacetDimension> which) {
    for (JsonElement parameter : parameters) {
      if (name(parameter).equals(name)) {
        JsonArray values = new JsonArray();
        FacetDimension.ALL.stream().filter(which).forEach(d -> values.add(d.apiName()));
        parameter.getAsJsonObject().getAsJsonObject("schema").add("enum", values);
      }
    }
  }

  private static JsonArray parameters(JsonObject paths, String path) {
    return paths.getAsJsonObject(path).getAsJsonObject("get").getAsJsonArray("parameters");
  }

  private static String name(JsonElement parameter) {
    return parameter.getAsJsonObject().get("name").getAsString();
  }

  private static String resource() {
    try (InputStream in = OpenApiDescription.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
