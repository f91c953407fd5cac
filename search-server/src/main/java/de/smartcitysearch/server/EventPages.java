package de.smartcitysearch.server;

import de.smartcitysearch.pages.EventCalendar;
import de.smartcitysearch.pages.EventPage;
import de.smartcitysearch.pages.SitePaths;
import de.smartcitysearch.search.EventDetails;
import de.smartcitysearch.search.SearchBackend;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import spark.Request;
import spark.Response;
import spark.Service;

/**
 * The event pages: {@code /veranstaltung/{id}} as server-rendered HTML (a German 404 page for an
 * unknown id) and {@code /veranstaltung/{id}/kalender.ics} as the event's iCalendar download.
 */
final class EventPages implements HttpFeature {

  private static final String HTML = "text/html; charset=utf-8";
  static final String CALENDAR = "text/calendar; charset=utf-8";

  private final SearchBackend backend;
  private final SecurityHeaders headers;

  EventPages(SearchBackend backend, SecurityHeaders headers) {
    this.backend = backend;
    this.headers = headers;
  }

  @Override
  public void register(Service http) {
    http.get(
        SitePaths.EVENT_PREFIX + "*",
        (req, res) -> {
          new Params(req).only(Set.of());
          String path = Params.pathId(req);
          boolean calendar = path.endsWith(SitePaths.CALENDAR_SUFFIX);
          String id =
              calendar
                  ? path.substring(0, path.length() - SitePaths.CALENDAR_SUFFIX.length())
                  : path;
          Optional<EventDetails> details =
              id.isEmpty() || id.contains("/") ? Optional.empty() : backend.event(id);
          return calendar ? calendar(details, id, req, res) : page(details, id, req, res);
        });
  }

  private String page(Optional<EventDetails> details, String id, Request req, Response res) {
    res.type(HTML);
    headers.apply(true, res);
    if (details.isEmpty()) {
      res.status(404);
      return EventPage.notFound(id);
    }
    return EventPage.render(details.get(), site(req));
  }

  private String calendar(Optional<EventDetails> details, String id, Request req, Response res) {
    EventDetails event = details.orElseThrow(() -> ApiException.notFound("no event with id " + id));
    if (event.event().start() == null) {
      throw ApiException.notFound("the event " + id + " has no date to put in a calendar");
    }
    res.type(CALENDAR);
    res.header("Content-Disposition", "attachment; filename=\"veranstaltung.ics\"");
    URI site = site(req);
    return new EventCalendar(event.event().title())
        .add(event.event(), site.resolve(SitePaths.event(id)), Instant.now())
        .write();
  }

  /**
   * The site's absolute base as the browser addressed it, for links that leave the page (canonical
   * URL, calendar, structured data). The Host header is the client's word: anything but a host name
   * and port falls back to the server's own address.
   */
  static URI site(Request req) {
    String host = req.host();
    if (host == null
        || !host.matches(
            "[A-Za-z0-9.-]{1,253}(?::\\d{1,5})?|\\[[0-9A-Fa-f:.]{2,45}\\](?::\\d{1,5})?")) {
      host = req.raw().getLocalAddr() + ":" + req.raw().getLocalPort();
    }
    String scheme = "https".equalsIgnoreCase(req.scheme()) ? "https" : "http";
    return URI.create(scheme + "://" + host + "/");
  }
}
