package de.smartcitysearch.pages;

import de.smartcitysearch.search.PublicEvent;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * An RFC 5545 iCalendar of events, built and validated by ical4j: one event for "Zum Kalender
 * hinzufügen", or the upcoming events of a search for a calendar subscription.
 *
 * <p>An event with a start time on a single day starts at that time at the venue (Europe/Berlin,
 * defined in the calendar's VTIMEZONE) and names no end, which RFC 5545 reads as ending when it
 * starts, since the pages do not say how long it lasts; an event without a time, or over several
 * days, takes whole days. The time zone definition is always included, so a feed with no events is
 * still a valid calendar.
 */
public final class EventCalendar {

  private static final String PRODUCT = "-//smartcity-search//Veranstaltungssuche//DE";
  private static final TimeZoneRegistry ZONES =
      TimeZoneRegistryFactory.getInstance().createRegistry();

  private final Calendar calendar = new Calendar();

  /**
   * An empty calendar.
   *
   * @param name the name a calendar program shows for it (X-WR-CALNAME)
   */
  public EventCalendar(String name) {
    calendar.add(new ProdId(PRODUCT));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(new XProperty("X-WR-CALNAME", name));
    calendar.add(ZONES.getTimeZone(GermanDates.VENUE_ZONE.getId()).getVTimeZone());
  }

  /**
   * Adds an event; one without a date is left out (a calendar entry needs a day).
   *
   * @param page the event's page on this site
   * @param stamp when this calendar was made (DTSTAMP)
   */
  public EventCalendar add(PublicEvent e, URI page, Instant stamp) {
    LocalDate start = GermanDates.start(e);
    if (start == null) {
      return this;
    }
    LocalDate end = GermanDates.end(e);
    ZonedDateTime startsAt = GermanDates.startAtVenue(e);
    VEvent event =
        startsAt != null && end.equals(start)
            ? new VEvent(startsAt, e.title())
            : new VEvent(start, end.plusDays(1), e.title()); // DTEND of whole days is exclusive
    event.add(new Uid(e.id() + "@smartcity-search"));
    event.replace(
        new DtStamp(stamp)); // the constructor stamps the moment of building; one DTSTAMP only
    event.add(new Url(page));
    String where = place(e);
    if (!where.isEmpty()) {
      event.add(new Location(where));
    }
    event.add(new Description(description(e, page)));
    calendar.add(event);
    return this;
  }

  /** The calendar as iCalendar text (CRLF lines, folded at 75 octets), validated. */
  public String write() {
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(true).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ValidationException e) {
      // what this class builds is valid by construction: a failure here is a defect, not bad input
      throw new IllegalStateException("built an invalid iCalendar: " + e.getMessage(), e);
    }
    return out.toString();
  }

  /**
   * "Kieler Schloss, Wall 74, Kiel": the venue as written, then the city unless the venue names it.
   */
  static String place(PublicEvent e) {
    List<String> parts = new ArrayList<>();
    if (e.location() != null && !e.location().isBlank()) {
      parts.add(e.location().strip().replaceAll("\\s*\\n\\s*", ", "));
    }
    if (e.city() != null && parts.stream().noneMatch(p -> p.contains(e.city()))) {
      parts.add(e.city());
    }
    return String.join(", ", parts);
  }

  private static String description(PublicEvent e, URI page) {
    return Stream.of(
            e.teaser(), "Details: " + page, e.url() == null ? null : "Originalseite: " + e.url())
        .filter(Objects::nonNull)
        .filter(s -> !s.isBlank())
        .collect(Collectors.joining("\n\n"));
  }
}
