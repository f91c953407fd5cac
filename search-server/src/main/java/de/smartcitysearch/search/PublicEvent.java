package de.smartcitysearch.search;

import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.document.Place;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * An event or a program session as the API shows it to anyone: raw values without markup, named as
 * in an event record (a JSON Lines line, the admin upload body) wherever they mean the same thing.
 * The same shape in search hits, the event detail and the event page; where the entry came from and
 * its content hash stay inside.
 *
 * @param id the id (a session's is its event's plus "#s" and a number)
 * @param kind "event" or "session"
 * @param title the headline
 * @param teaser the introduction under the headline, may be empty
 * @param url the original page, or null
 * @param start first day (ISO date), or null
 * @param end last day (ISO date), or null
 * @param startTime a session's start time ("09:30"), or null
 * @param city the venue's city, or null
 * @param land the venue's Land, or null
 * @param location the venue as the page writes it (place name, address), or null
 * @param cities every city the text names
 * @param organisations the organisations involved
 * @param topics topics of the taxonomy
 * @param audiences who it is for
 * @param type the kind of event ("Kongress", "Workshop", ...), or null
 * @param format "Präsenz", "Online" or "Hybrid", or null
 * @param event for a session, the event it belongs to; null for an event
 */
public record PublicEvent(
    String id,
    String kind,
    String title,
    String teaser,
    String url,
    String start,
    String end,
    String startTime,
    String city,
    String land,
    String location,
    List<String> cities,
    List<String> organisations,
    List<String> topics,
    List<String> audiences,
    String type,
    String format,
    EventRef event) {

  /** The event a session belongs to. */
  public record EventRef(String id, String title) {}

  /** The public view of an indexed document. */
  public static PublicEvent of(EventDocument e) {
    Place venue = e.venue();
    return new PublicEvent(
        e.id(),
        e.kind().id(),
        e.title(),
        e.teaser(),
        e.url(),
        iso(e.startDate()),
        iso(e.endDate()),
        time(e.startTime()),
        venue == null ? null : venue.name(),
        venue == null ? null : venue.land(),
        e.location(),
        e.cities().stream().map(Place::name).distinct().toList(),
        e.organisations(),
        e.topics(),
        e.audiences(),
        e.eventType(),
        e.format(),
        e.eventId() == null ? null : new EventRef(e.eventId(), e.eventTitle()));
  }

  private static String iso(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static String time(LocalTime time) {
    return time == null ? null : time.toString();
  }
}
