package de.smartcitysearch.server.instantsearch;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import de.smartcitysearch.search.PublicEvent;
import de.smartcitysearch.search.SearchResponse.Hit;
import de.smartcitysearch.server.Json;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * A hit as Algolia writes it: {@code objectID}, the fields of the event shape (exactly as {@code
 * /api/search} writes them), and the highlighted title and text passage in {@code _highlightResult}
 * and {@code _snippetResult}.
 */
final class HitWriter {

  static final String OBJECT_ID = "objectID";

  /** The fields of the event shape, named as the API's JSON names them. */
  static final List<String> FIELDS =
      Arrays.stream(PublicEvent.class.getRecordComponents()).map(HitWriter::jsonName).toList();

  private HitWriter() {}

  static JsonObject write(Hit hit, ProtocolQuery query) {
    JsonObject out = new JsonObject();
    out.addProperty(OBJECT_ID, hit.id());
    JsonObject event = JsonParser.parseString(Json.write(hit.document())).getAsJsonObject();
    event
        .entrySet()
        .forEach(
            field -> {
              if (query.retrieve() == null || query.retrieve().contains(field.getKey())) {
                out.add(field.getKey(), field.getValue());
              }
            });
    boolean everyWord = hit.missing().isEmpty();
    if (query.highlightTitle()) {
      JsonObject highlight = new JsonObject();
      highlight.add("title", query.tags().result(hit.highlight().title(), everyWord));
      out.add("_highlightResult", highlight);
    }
    if (query.snippetText()) {
      JsonObject snippet = new JsonObject();
      snippet.add("text", query.tags().result(hit.highlight().snippet(), everyWord));
      out.add("_snippetResult", snippet);
    }
    return out;
  }

  private static String jsonName(RecordComponent component) {
    try {
      // the API's Gson names fields by this policy; asking it keeps the two from drifting apart
      return FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES.translateName(
          PublicEvent.class.getDeclaredField(component.getName()));
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("a record has a field per component", e);
    }
  }
}
