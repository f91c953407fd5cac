package de.smartcitysearch.opensearch.index;

import de.smartcitysearch.document.DocumentKind;
import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.document.Place;
import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.index.FacetField;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps an {@link EventDocument} to the JSON {@code _source} of an OpenSearch document in {@link
 * EventIndexMapping} and back; the counterpart of {@link EventSchema#toDocument} and {@link
 * EventSchema#fromStored}.
 */
public final class EventSource {

  private EventSource() {}

  /** The document's {@code _source}: plain maps, lists and strings, serialised by the client. */
  public static Map<String, Object> of(EventDocument event) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put(EventSchema.ID, event.id());
    json.put(EventSchema.SOURCE, event.source());
    json.put(EventSchema.KIND, event.kind().id());
    json.put(EventSchema.CONTENT_HASH, event.contentHash());
    putIfPresent(json, EventSchema.URL, event.url());
    putIfPresent(json, EventSchema.EVENT_ID, event.eventId());
    putIfPresent(json, EventSchema.EVENT_TITLE, event.eventTitle());
    putIfPresent(json, EventSchema.TITLE, event.title());
    putIfPresent(json, EventSchema.TEASER, event.teaser());
    putIfPresent(json, EventSchema.BODY, event.body());
    if (event.startDate() != null) {
      json.put(EventSchema.START, event.startDate().toString());
      json.put(EventSchema.END, event.endDate().toString());
      json.put(
          FacetField.MONTH.fieldName(),
          Map.of("gte", event.startDate().toString(), "lte", lastDay(event).toString()));
    }
    if (event.startTime() != null) {
      json.put(EventSchema.START_TIME, event.startTime().toString());
    }
    Place venue = event.venue();
    if (venue != null) {
      json.put(EventSchema.VENUE_CITY, venue.name());
      json.put(EventSchema.VENUE_LAND, venue.land());
      json.put(EventSchema.VENUE_AGS, venue.ags());
      json.put(FacetField.CITY.fieldName(), levels(venue));
    }
    putIfPresent(json, EventSchema.LOCATION, event.location());
    json.put(EventSchema.CITIES_JSON, event.cities().stream().map(EventSource::place).toList());
    Set<Map<String, String>> mentioned = new LinkedHashSet<>();
    for (Place city : event.cities()) {
      mentioned.add(levels(city));
    }
    if (!mentioned.isEmpty()) {
      json.put(FacetField.MENTIONED_CITY.fieldName(), List.copyOf(mentioned));
    }
    json.put(EventSchema.TOPIC_REASONS_JSON, event.topicReasons());
    for (FacetField field : FacetField.values()) {
      if (field.shape() == FacetField.Shape.VALUES) {
        putIfNotEmpty(
            json,
            field.fieldName(),
            field.pathsOf(event).stream().map(path -> path.get(0)).toList());
      }
    }
    return json;
  }

  /** Rebuilds the event from a {@code _source} written by {@link #of}. */
  @SuppressWarnings("unchecked")
  public static EventDocument toEvent(Map<String, Object> json) {
    Place venue =
        json.get(EventSchema.VENUE_CITY) == null
            ? null
            : new Place(
                string(json, EventSchema.VENUE_CITY),
                string(json, EventSchema.VENUE_LAND),
                string(json, EventSchema.VENUE_AGS));
    List<Place> cities = new ArrayList<>();
    for (Map<String, String> city :
        (List<Map<String, String>>) json.getOrDefault(EventSchema.CITIES_JSON, List.of())) {
      cities.add(new Place(city.get("name"), city.get("land"), city.get("ags")));
    }
    EventDocument.Builder event =
        EventDocument.builder(
                string(json, EventSchema.ID),
                string(json, EventSchema.SOURCE),
                DocumentKind.fromId(string(json, EventSchema.KIND)))
            .title(string(json, EventSchema.TITLE))
            .teaser(string(json, EventSchema.TEASER))
            .body(string(json, EventSchema.BODY))
            .url(string(json, EventSchema.URL))
            .startDate(date(json, EventSchema.START))
            .endDate(date(json, EventSchema.END))
            .startTime(
                json.get(EventSchema.START_TIME) == null
                    ? null
                    : LocalTime.parse(string(json, EventSchema.START_TIME)))
            .venue(venue)
            .location(string(json, EventSchema.LOCATION))
            .cities(cities)
            .topicReasons(
                (Map<String, List<String>>)
                    json.getOrDefault(EventSchema.TOPIC_REASONS_JSON, Map.of()))
            .eventId(string(json, EventSchema.EVENT_ID))
            .eventTitle(string(json, EventSchema.EVENT_TITLE))
            .contentHash(string(json, EventSchema.CONTENT_HASH));
    for (FacetField field : FacetField.values()) {
      if (field.shape() == FacetField.Shape.VALUES) {
        field.restore(event, (List<String>) json.getOrDefault(field.fieldName(), List.of()));
      }
    }
    return event.build();
  }

  /**
   * An end before the start (a parsing slip) counts as a one-day event, as in the Lucene month
   * facet.
   */
  private static LocalDate lastDay(EventDocument event) {
    return event.endDate() == null || event.endDate().isBefore(event.startDate())
        ? event.startDate()
        : event.endDate();
  }

  private static Map<String, String> levels(Place place) {
    Map<String, String> levels = new LinkedHashMap<>();
    levels.put(EventIndexMapping.level(0), place.land());
    levels.put(
        EventIndexMapping.level(1),
        place.land() + EventIndexMapping.LEVEL_SEPARATOR + place.name());
    return levels;
  }

  private static Map<String, String> place(Place place) {
    Map<String, String> json = new LinkedHashMap<>();
    json.put("name", place.name());
    json.put("land", place.land());
    json.put("ags", place.ags());
    return json;
  }

  private static void putIfPresent(Map<String, Object> json, String field, String value) {
    if (value != null && !value.isEmpty()) {
      json.put(field, value);
    }
  }

  private static void putIfNotEmpty(Map<String, Object> json, String field, List<String> values) {
    if (!values.isEmpty()) {
      json.put(field, values);
    }
  }

  private static String string(Map<String, Object> json, String field) {
    Object value = json.get(field);
    return value == null ? null : value.toString();
  }

  private static LocalDate date(Map<String, Object> json, String field) {
    Object value = json.get(field);
    return value == null ? null : LocalDate.parse(value.toString());
  }
}
