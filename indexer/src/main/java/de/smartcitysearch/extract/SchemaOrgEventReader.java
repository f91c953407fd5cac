package de.smartcitysearch.extract;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the schema.org {@code Event} of an HTML page, in JSON-LD ({@code <script
 * type="application/ld+json">}, also inside {@code @graph}) or in microdata ({@code itemscope
 * itemtype=".../Event"}); subtypes such as {@code BusinessEvent} count as events. JSON-LD wins when
 * a page has both.
 */
public final class SchemaOrgEventReader {

  /**
   * The first event the page declares, if any; malformed JSON-LD is ignored like a browser would.
   */
  public Optional<SchemaOrgEvent> read(Document page) {
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        Optional<JsonObject> event = findEvent(JsonParser.parseString(script.data()));
        if (event.isPresent()) {
          return Optional.of(fromJsonLd(event.get()));
        }
      } catch (JsonParseException | IllegalStateException malformed) {
        // a broken script block is the page's problem; the text is still indexed
      }
    }
    for (Element item : page.select("[itemscope][itemtype]")) {
      if (isEventType(item.attr("itemtype"))
          && item.parents().stream().noneMatch(p -> p.hasAttr("itemscope"))) {
        return Optional.of(fromMicrodata(item));
      }
    }
    return Optional.empty();
  }

  // ---- JSON-LD

  private static Optional<JsonObject> findEvent(JsonElement element) {
    if (element.isJsonArray()) {
      for (JsonElement e : element.getAsJsonArray()) {
        Optional<JsonObject> found = findEvent(e);
        if (found.isPresent()) {
          return found;
        }
      }
    } else if (element.isJsonObject()) {
      JsonObject object = element.getAsJsonObject();
      if (types(object).anyMatch(SchemaOrgEventReader::isEventType)) {
        return Optional.of(object);
      }
      if (object.has("@graph")) {
        return findEvent(object.get("@graph"));
      }
    }
    return Optional.empty();
  }

  private static Stream<String> types(JsonObject object) {
    JsonElement type = object.get("@type");
    if (type == null) {
      return Stream.empty();
    }
    if (type.isJsonArray()) {
      List<String> out = new ArrayList<>();
      type.getAsJsonArray().forEach(t -> out.add(t.getAsString()));
      return out.stream();
    }
    return Stream.of(type.getAsString());
  }

  private static SchemaOrgEvent fromJsonLd(JsonObject event) {
    String city = null;
    String location = null;
    String format = format(string(event, "eventAttendanceMode"));
    for (JsonElement place : list(event.get("location"))) {
      if (place.isJsonPrimitive()) {
        location = join(location, place.getAsString());
      } else if (place.isJsonObject()) {
        JsonObject p = place.getAsJsonObject();
        if (types(p).anyMatch("VirtualLocation"::equals) && format == null) {
          format = "Online";
          continue;
        }
        JsonElement address = p.get("address");
        String street = null;
        if (address != null && address.isJsonObject()) {
          city = city != null ? city : string(address.getAsJsonObject(), "addressLocality");
          street =
              Stream.of("streetAddress", "postalCode", "addressLocality")
                  .map(k -> string(address.getAsJsonObject(), k))
                  .filter(v -> v != null)
                  .collect(Collectors.joining(" "));
        } else if (address != null && address.isJsonPrimitive()) {
          street = address.getAsString();
        }
        location = join(location, join(string(p, "name"), street));
      }
    }
    List<String> organisers = new ArrayList<>();
    for (JsonElement org : list(event.get("organizer"))) {
      String name =
          org.isJsonPrimitive()
              ? org.getAsString()
              : org.isJsonObject() ? string(org.getAsJsonObject(), "name") : null;
      if (name != null && !name.isBlank()) {
        organisers.add(name.strip());
      }
    }
    return new SchemaOrgEvent(
        string(event, "name"),
        string(event, "description"),
        date(string(event, "startDate")),
        date(string(event, "endDate")),
        city,
        location,
        organisers,
        string(event, "url"),
        format);
  }

  private static List<JsonElement> list(JsonElement element) {
    if (element == null || element.isJsonNull()) {
      return List.of();
    }
    if (element.isJsonArray()) {
      JsonArray array = element.getAsJsonArray();
      return array.asList();
    }
    return List.of(element);
  }

  private static String string(JsonObject object, String key) {
    JsonElement value = object.get(key);
    return value != null && value.isJsonPrimitive() ? value.getAsString().strip() : null;
  }

  // ---- microdata

  private static SchemaOrgEvent fromMicrodata(Element event) {
    String city = null;
    String location = null;
    Element place = property(event, "location");
    if (place != null) {
      Element address = place.hasAttr("itemscope") ? property(place, "address") : null;
      if (address != null && address.hasAttr("itemscope")) {
        city = text(property(address, "addressLocality"));
      }
      location =
          place.hasAttr("itemscope")
              ? join(text(property(place, "name")), address == null ? null : address.text())
              : text(place);
    }
    List<String> organisers = new ArrayList<>();
    for (Element org : properties(event, "organizer")) {
      String name = org.hasAttr("itemscope") ? text(property(org, "name")) : text(org);
      if (name != null && !name.isBlank()) {
        organisers.add(name);
      }
    }
    return new SchemaOrgEvent(
        text(property(event, "name")),
        text(property(event, "description")),
        date(text(property(event, "startDate"))),
        date(text(property(event, "endDate"))),
        city,
        location,
        organisers,
        text(property(event, "url")),
        format(text(property(event, "eventAttendanceMode"))));
  }

  /** The properties that belong to this item itself, not to an item nested in it. */
  private static List<Element> properties(Element item, String name) {
    List<Element> out = new ArrayList<>();
    for (Element e : item.select("[itemprop]")) {
      if (e != item
          && List.of(e.attr("itemprop").split("\\s+")).contains(name)
          && owner(e) == item) {
        out.add(e);
      }
    }
    return out;
  }

  private static Element property(Element item, String name) {
    List<Element> all = properties(item, name);
    return all.isEmpty() ? null : all.getFirst();
  }

  private static Element owner(Element property) {
    for (Element parent : property.parents()) {
      if (parent.hasAttr("itemscope")) {
        return parent;
      }
    }
    return null;
  }

  private static String text(Element e) {
    if (e == null) {
      return null;
    }
    String value =
        switch (e.tagName()) {
          case "meta" -> e.attr("content");
          case "time" -> e.hasAttr("datetime") ? e.attr("datetime") : e.text();
          case "a", "link" ->
              e.hasAttr("href")
                  ? e.attr("abs:href").isEmpty() ? e.attr("href") : e.attr("abs:href")
                  : e.text();
          default -> e.hasAttr("content") ? e.attr("content") : e.text();
        };
    return value.isBlank() ? null : value.strip();
  }

  // ---- shared

  private static boolean isEventType(String type) {
    String t = type.strip();
    int slash = t.lastIndexOf('/');
    String local = slash >= 0 ? t.substring(slash + 1) : t;
    return local.endsWith("Event") || local.equals("Festival") || local.equals("Hackathon");
  }

  private static String format(String attendanceMode) {
    if (attendanceMode == null) {
      return null;
    }
    if (attendanceMode.contains("Mixed")) {
      return "Hybrid";
    }
    if (attendanceMode.contains("Online")) {
      return "Online";
    }
    return attendanceMode.contains("Offline") ? "Präsenz" : null;
  }

  /** Pages write free text here now and then; enrichment reads the text instead. */
  private static DeclaredDate date(String value) {
    return DeclaredDate.parseOrNull(value);
  }

  private static String join(String a, String b) {
    if (a == null || a.isBlank()) {
      return b == null || b.isBlank() ? null : b.strip();
    }
    return b == null || b.isBlank() ? a.strip() : a.strip() + ", " + b.strip();
  }
}
