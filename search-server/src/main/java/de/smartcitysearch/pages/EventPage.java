package de.smartcitysearch.pages;

import static de.smartcitysearch.search.Html.escape;

import de.smartcitysearch.search.EventDetails;
import de.smartcitysearch.search.PublicEvent;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The page of one event or program session at {@code /veranstaltung/{id}}: what, when, where, who,
 * about what and for whom, the program with its times and rooms, the calendar download and the
 * original page, and the schema.org JSON-LD of it all. Every value of the event is escaped; the
 * page has no script that runs.
 */
public final class EventPage {

  private static final int PARAGRAPH_LIMIT = 40;

  private EventPage() {}

  /**
   * The page's HTML.
   *
   * @param site the site's absolute base ({@code https://host}), for the canonical and
   *     structured-data URLs
   */
  public static String render(EventDetails details, URI site) {
    PublicEvent e = details.event();
    String page = site.resolve(SitePaths.event(e.id())).toString();
    String jsonLd = EventJsonLd.of(details, id -> site.resolve(SitePaths.event(id)));
    String head = "<script type=\"application/ld+json\">" + jsonLd + "</script>\n";
    StringBuilder main = new StringBuilder();
    main.append("<article class=\"event-page\">\n");
    main.append("<p class=\"back\"><a href=\"/\">← Zur Suche</a></p>\n");
    String kicker =
        List.of(nullToEmpty(e.type()), nullToEmpty(e.format())).stream()
            .filter(s -> !s.isEmpty())
            .collect(Collectors.joining(" · "));
    if (e.event() != null) {
      main.append("<p class=\"kicker\">Programmpunkt von <a href=\"")
          .append(escape(SitePaths.event(e.event().id())))
          .append("\">")
          .append(escape(e.event().title()))
          .append("</a></p>\n");
    } else if (!kicker.isEmpty()) {
      main.append("<p class=\"kicker\">").append(escape(kicker)).append("</p>\n");
    }
    main.append("<h1>").append(escape(e.title())).append("</h1>\n");
    if (e.teaser() != null && !e.teaser().isBlank()) {
      main.append("<p class=\"teaser\">").append(escape(e.teaser())).append("</p>\n");
    }
    facts(main, e);
    main.append("<p class=\"event-actions\">");
    if (e.start() != null) {
      main.append("<a class=\"button primary\" href=\"")
          .append(escape(SitePaths.calendar(e.id())))
          .append("\" download>Zum Kalender hinzufügen</a> ");
    }
    if (e.url() != null && isWebLink(e.url())) {
      main.append("<a class=\"button\" href=\"")
          .append(escape(e.url()))
          .append("\" rel=\"noopener external\">Zur Originalseite</a>");
    }
    main.append("</p>\n");
    program(main, details.sessions());
    description(main, details.text());
    main.append("</article>\n");
    String description =
        e.teaser() != null && !e.teaser().isBlank()
            ? e.teaser()
            : GermanDates.when(e) + " " + EventCalendar.place(e);
    return PageFrame.document(e.title(), description, page, head, main.toString());
  }

  /** The page for an id the index does not have. */
  public static String notFound(String id) {
    String main =
        "<article class=\"event-page\">\n<h1>Diese Veranstaltung gibt es nicht (mehr)</h1>\n"
            + "<p>Unter der Adresse <code>"
            + escape(SitePaths.event(id))
            + "</code> ist keine Veranstaltung "
            + "verzeichnet. Vielleicht wurde sie entfernt, oder der Link ist unvollständig.</p>\n"
            + "<p><a class=\"button primary\" href=\"/\">Veranstaltungen suchen</a></p>\n</article>\n";
    return PageFrame.document(
        "Veranstaltung nicht gefunden",
        null,
        null,
        "<meta name=\"robots\" content=\"noindex\">\n",
        main);
  }

  private static void facts(StringBuilder main, PublicEvent e) {
    Map<String, String> facts = new LinkedHashMap<>();
    String when = whenMarkup(e);
    if (!when.isEmpty()) {
      facts.put("Wann", when);
    }
    String where = whereMarkup(e);
    if (!where.isEmpty()) {
      facts.put("Wo", where);
    }
    if (!e.organisations().isEmpty()) {
      facts.put("Veranstalter und Beteiligte", list(e.organisations(), "organisation"));
    }
    if (!e.topics().isEmpty()) {
      facts.put("Themen", list(e.topics(), "topic"));
    }
    if (!e.audiences().isEmpty()) {
      facts.put("Für wen", list(e.audiences(), "audience"));
    }
    if (e.format() != null) {
      facts.put("Format", escape(e.format()));
    }
    if (facts.isEmpty()) {
      return;
    }
    main.append("<dl class=\"facts\">\n");
    facts.forEach(
        (term, value) ->
            main.append("<div><dt>")
                .append(term)
                .append("</dt><dd>")
                .append(value)
                .append("</dd></div>\n"));
    main.append("</dl>\n");
  }

  private static String whenMarkup(PublicEvent e) {
    LocalDate start = GermanDates.start(e);
    if (start == null) {
      return "";
    }
    LocalDate end = GermanDates.end(e);
    LocalTime time = GermanDates.time(e);
    StringBuilder out = new StringBuilder(timeElement(start, GermanDates.day(start)));
    if (!end.equals(start)) {
      out.append(" bis ").append(timeElement(end, GermanDates.day(end)));
    }
    if (time != null) {
      out.append(", ").append(end.equals(start) ? "" : "Beginn ").append(GermanDates.time(time));
    }
    return out.toString();
  }

  private static String whereMarkup(PublicEvent e) {
    StringBuilder out = new StringBuilder();
    if (e.location() != null && !e.location().isBlank()) {
      out.append(escape(e.location().strip()).replaceAll("\\s*\\n\\s*", "<br>"));
    }
    if (e.city() != null) {
      if (!out.isEmpty()) {
        out.append("<br>");
      }
      out.append(searchLink("city", e.city(), e.city()));
      if (e.land() != null && !e.land().equals(e.city())) {
        out.append(", ").append(escape(e.land()));
      }
    }
    return out.toString();
  }

  /** The program by day: time, title (linking to the session's page) and room. */
  private static void program(StringBuilder main, List<PublicEvent> sessions) {
    if (sessions.isEmpty()) {
      return;
    }
    main.append("<section class=\"program\" aria-labelledby=\"program-heading\">\n")
        .append("<h2 id=\"program-heading\">Programm</h2>\n");
    Map<String, List<PublicEvent>> byDay =
        sessions.stream()
            .collect(
                Collectors.groupingBy(
                    s -> Objects.requireNonNullElse(s.start(), ""),
                    LinkedHashMap::new,
                    Collectors.toList()));
    byDay.forEach(
        (day, list) -> {
          if (!day.isEmpty()) {
            main.append("<h3>")
                .append(timeElement(LocalDate.parse(day), GermanDates.day(LocalDate.parse(day))))
                .append("</h3>\n");
          }
          main.append("<ol class=\"program-list\">\n");
          for (PublicEvent s : list) {
            main.append("<li id=\"").append(escape(anchor(s.id()))).append("\">");
            main.append("<span class=\"session-time\">");
            if (s.startTime() != null) {
              main.append("<time datetime=\"")
                  .append(escape(s.start() + "T" + s.startTime()))
                  .append("\">")
                  .append(escape(s.startTime()))
                  .append("</time>");
            }
            main.append("</span><span class=\"session-body\"><a class=\"session-title\" href=\"")
                .append(escape(SitePaths.event(s.id())))
                .append("\">")
                .append(escape(s.title()))
                .append("</a>");
            if (s.location() != null) {
              main.append("<span class=\"session-room\">")
                  .append(escape(s.location()))
                  .append("</span>");
            }
            main.append("</span></li>\n");
          }
          main.append("</ol>\n");
        });
    main.append("</section>\n");
  }

  /** The running text in paragraphs (the page text keeps its line structure). */
  private static void description(StringBuilder main, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    main.append("<section class=\"description\" aria-labelledby=\"description-heading\">\n")
        .append("<h2 id=\"description-heading\">Beschreibung</h2>\n");
    String[] paragraphs = text.strip().split("\\n\\s*\\n");
    int n = 0;
    for (String paragraph : paragraphs) {
      if (paragraph.isBlank()) {
        continue;
      }
      if (++n > PARAGRAPH_LIMIT) {
        main.append("<p class=\"more\">Weiter auf der Originalseite.</p>\n");
        break;
      }
      main.append("<p>")
          .append(escape(paragraph.strip()).replaceAll("\\s*\\n\\s*", "<br>"))
          .append("</p>\n");
    }
    main.append("</section>\n");
  }

  /**
   * The id of a session's list item, so a search hit can link into the program ("programm-s12").
   */
  public static String anchor(String sessionId) {
    int hash = sessionId.lastIndexOf('#');
    return "programm-" + (hash < 0 ? sessionId : sessionId.substring(hash + 1));
  }

  private static String timeElement(LocalDate date, String text) {
    return "<time datetime=\"" + date + "\">" + escape(text) + "</time>";
  }

  private static String list(List<String> values, String dimension) {
    return "<ul class=\"fact-list\">"
        + values.stream()
            .map(v -> "<li>" + searchLink(dimension, v, v) + "</li>")
            .collect(Collectors.joining())
        + "</ul>";
  }

  /** A link to the search page filtered by this value. */
  private static String searchLink(String dimension, String value, String text) {
    return "<a href=\"/?"
        + dimension
        + "="
        + escape(URLEncoder.encode(value, StandardCharsets.UTF_8))
        + "\">"
        + escape(text)
        + "</a>";
  }

  private static boolean isWebLink(String url) {
    String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
