package de.smartcitysearch.server;

import de.smartcitysearch.pages.EventCalendar;
import de.smartcitysearch.pages.EventFeed;
import de.smartcitysearch.pages.SitePaths;
import de.smartcitysearch.search.EventDetails;
import de.smartcitysearch.search.PublicEvent;
import de.smartcitysearch.search.SearchBackend;
import de.smartcitysearch.search.SearchRequest;
import de.smartcitysearch.search.SearchResponse;
import de.smartcitysearch.search.SearchResponse.Hit;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import spark.Request;
import spark.Service;

/**
 * Subscriptions to a search: {@code /feeds/search.ics} (iCalendar) and {@code /feeds/search.atom}
 * (Atom) take the parameters of {@code /api/search} and list the upcoming events that match it,
 * earliest first.
 *
 * <p>An event is in the feed when it, or one of its program sessions, has every word and constraint
 * of the query (hits that graded matching adds with words missing are not), and it has not ended by
 * the server's today. The order and paging parameters of the search do not apply: a feed holds the
 * first {@value #MAX_EVENTS} events.
 */
final class SearchFeeds implements HttpFeature {

  static final String ICS_PATH = "/feeds/search.ics";
  static final String ATOM_PATH = "/feeds/search.atom";
  private static final String ATOM = "application/atom+xml; charset=utf-8";
  static final int MAX_EVENTS = SearchRequest.MAX_SIZE;

  private final SearchBackend backend;

  SearchFeeds(SearchBackend backend) {
    this.backend = backend;
  }

  @Override
  public void register(Service http) {
    http.get(
        ICS_PATH,
        (req, res) -> {
          List<PublicEvent> events = upcoming(new Params(req).searchRequest());
          URI site = EventPages.site(req);
          EventCalendar calendar = new EventCalendar(title(req));
          Instant now = Instant.now();
          events.forEach(e -> calendar.add(e, site.resolve(SitePaths.event(e.id())), now));
          res.type(EventPages.CALENDAR);
          return calendar.write();
        });
    http.get(
        ATOM_PATH,
        (req, res) -> {
          List<PublicEvent> events = upcoming(new Params(req).searchRequest());
          URI site = EventPages.site(req);
          String query = req.queryString() == null ? "" : "?" + req.queryString();
          // the feed changes with the index or the day: its day is when it was last updated
          Instant updated = backend.today().atStartOfDay(ZoneOffset.UTC).toInstant();
          EventFeed feed =
              new EventFeed(
                  title(req), site.resolve(ATOM_PATH + query), site.resolve("/" + query), updated);
          events.forEach(e -> feed.add(e, site.resolve(SitePaths.event(e.id()))));
          res.type(ATOM);
          return feed.write();
        });
  }

  /** The upcoming events the search finds, each once, earliest first. */
  List<PublicEvent> upcoming(SearchRequest asked) throws IOException {
    SearchRequest request =
        new SearchRequest(
            asked.query(),
            asked.filters(),
            asked.from(),
            asked.to(),
            SearchRequest.When.UPCOMING,
            SearchRequest.SortOrder.DATE,
            1,
            MAX_EVENTS,
            asked.kind(),
            asked.kind() == null); // grouped: MAX_EVENTS events, not sessions crowding them out
    SearchResponse answer = backend.search(request);
    Map<String, PublicEvent> events = new LinkedHashMap<>();
    for (Hit hit : answer.hits()) {
      if (!hit.missing().isEmpty()) {
        continue; // a looser hit: it lacks some of what was asked
      }
      PublicEvent found = hit.document();
      if (found.event() == null) {
        events.putIfAbsent(found.id(), found);
      } else if (!events.containsKey(found.event().id())) {
        backend
            .event(found.event().id())
            .map(EventDetails::event)
            .ifPresent(e -> events.put(e.id(), e));
      }
    }
    List<PublicEvent> out = new ArrayList<>(events.values());
    out.sort(
        Comparator.comparing((PublicEvent e) -> Objects.requireNonNullElse(e.start(), "9999"))
            .thenComparing(PublicEvent::title));
    return out.size() > MAX_EVENTS ? out.subList(0, MAX_EVENTS) : out;
  }

  /**
   * "Kommende Veranstaltungen: Datenplattform · Kiel": the words and filter values of the search.
   */
  private static String title(Request req) {
    List<String> parts = new ArrayList<>();
    for (String name : req.queryParams()) {
      if (!Set.of("page", "size", "sort", "when", "kind").contains(name)) {
        for (String value : req.queryParamsValues(name)) {
          if (value != null && !value.isBlank()) {
            parts.add(value.strip());
          }
        }
      }
    }
    return parts.isEmpty()
        ? "Kommende Smart-City-Veranstaltungen"
        : "Kommende Smart-City-Veranstaltungen: " + String.join(" · ", parts);
  }
}
