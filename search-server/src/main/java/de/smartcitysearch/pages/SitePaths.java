package de.smartcitysearch.pages;

/**
 * The stable URLs of the site's own pages: an event's page, its calendar download, the search page
 * for a filter. Declared once here; the search page's script writes the same {@code
 * /veranstaltung/} paths.
 */
public final class SitePaths {

  /** The path prefix of event pages. */
  public static final String EVENT_PREFIX = "/veranstaltung/";

  /** What follows an event's path for its iCalendar download. */
  public static final String CALENDAR_SUFFIX = "/kalender.ics";

  private SitePaths() {}

  /**
   * The page of an event or session: {@code /veranstaltung/} and the id, whose only character with
   * a meaning in a URL is a session's {@code #} (ids are letters, digits and {@code . _ : -}
   * otherwise, see DocumentId).
   */
  public static String event(String id) {
    return EVENT_PREFIX + id.replace("#", "%23");
  }

  /** The iCalendar download of an event. */
  public static String calendar(String id) {
    return event(id) + CALENDAR_SUFFIX;
  }
}
