package de.smartcitysearch.pages;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import de.smartcitysearch.search.EventDetails;
import de.smartcitysearch.search.PublicEvent;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The schema.org {@code Event} of an event page as JSON-LD, for search engines and other readers of
 * structured data: name, dates, place with address, organisers, attendance mode, audience, topics
 * as keywords, its program as {@code subEvent}s (a session names its {@code superEvent}).
 *
 * <p>Gson's HTML-safe escaping writes {@code <}, {@code >} and {@code &} as Unicode escapes, so no
 * value can close the {@code <script type="application/ld+json">} element it is placed in.
 */
final class EventJsonLd {

  private static final Gson HTML_SAFE = new Gson();
  private static final Map<String, String> ATTENDANCE =
      Map.of(
          "Präsenz", "https://schema.org/OfflineEventAttendanceMode",
          "Online", "https://schema.org/OnlineEventAttendanceMode",
          "Hybrid", "https://schema.org/MixedEventAttendanceMode");

  private EventJsonLd() {}

  /**
   * The JSON-LD text of an event with its sessions; {@code pageOf} gives each id's page on this
   * site.
   */
  static String of(EventDetails details, Function<String, URI> pageOf) {
    PublicEvent e = details.event();
    JsonObject out = event(e, pageOf);
    out.addProperty("@context", "https://schema.org");
    if (e.teaser() != null && !e.teaser().isBlank()) {
      out.addProperty("description", e.teaser());
    }
    if (e.url() != null) {
      out.addProperty("sameAs", e.url());
    }
    JsonArray organisers = new JsonArray();
    e.organisations().forEach(name -> organisers.add(typed("Organization", "name", name)));
    if (!organisers.isEmpty()) {
      out.add("organizer", organisers);
    }
    if (e.format() != null && ATTENDANCE.containsKey(e.format())) {
      out.addProperty("eventAttendanceMode", ATTENDANCE.get(e.format()));
    }
    if (!e.audiences().isEmpty()) {
      out.add("audience", typed("Audience", "audienceType", String.join(", ", e.audiences())));
    }
    if (!e.topics().isEmpty()) {
      out.addProperty("keywords", String.join(", ", e.topics()));
    }
    if (e.event() != null) {
      JsonObject parent = typed("Event", "name", e.event().title());
      parent.addProperty("url", pageOf.apply(e.event().id()).toString());
      out.add("superEvent", parent);
    }
    JsonArray program = new JsonArray();
    details.sessions().forEach(s -> program.add(event(s, pageOf)));
    if (!program.isEmpty()) {
      out.add("subEvent", program);
    }
    return HTML_SAFE.toJson(out);
  }

  private static JsonObject event(PublicEvent e, Function<String, URI> pageOf) {
    JsonObject out = typed("Event", "name", e.title());
    out.addProperty("url", pageOf.apply(e.id()).toString());
    ZonedDateTime startsAt = GermanDates.startAtVenue(e);
    if (startsAt != null) {
      out.addProperty("startDate", startsAt.toOffsetDateTime().toString());
    } else if (e.start() != null) {
      out.addProperty("startDate", e.start());
    }
    if (e.end() != null && !(startsAt != null && e.end().equals(e.start()))) {
      out.addProperty("endDate", e.end());
    }
    JsonObject place = place(e);
    if (place != null) {
      out.add("location", place);
    }
    return out;
  }

  /**
   * The venue: its name as the page writes it (a session's room), with the city and Land as
   * address.
   */
  private static JsonObject place(PublicEvent e) {
    if (e.location() == null && e.city() == null) {
      return null;
    }
    JsonObject place = typed("Place", "name", e.location() != null ? e.location() : e.city());
    JsonObject address = new JsonObject();
    address.addProperty("@type", "PostalAddress");
    for (var field :
        List.of(
            Map.entry("addressLocality", nullToEmpty(e.city())),
            Map.entry("addressRegion", nullToEmpty(e.land())))) {
      if (!field.getValue().isEmpty()) {
        address.addProperty(field.getKey(), field.getValue());
      }
    }
    address.addProperty("addressCountry", "DE");
    place.add("address", address);
    return place;
  }

  private static JsonObject typed(String type, String key, String value) {
    JsonObject out = new JsonObject();
    out.addProperty("@type", type);
    out.addProperty(key, value);
    return out;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
