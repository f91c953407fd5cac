package de.smartcitysearch.pages;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import de.smartcitysearch.search.PublicEvent;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An Atom 1.0 feed (RFC 4287) of events, written by ROME: one entry per event, linking to its page,
 * with its dates and venue as the summary, for a feed reader or a partner portal that follows a
 * search.
 */
public final class EventFeed {

  private final SyndFeed feed = new SyndFeedImpl();
  private final List<SyndEntry> entries = new ArrayList<>();
  private final Instant updated;

  /**
   * An empty feed.
   *
   * @param title the feed's title
   * @param self the feed's own URL (its id and rel="self" link)
   * @param alternate the page the feed follows (the search page of the same search)
   * @param updated when the feed's content last changed (Atom requires it)
   */
  public EventFeed(String title, URI self, URI alternate, Instant updated) {
    this.updated = updated;
    feed.setFeedType("atom_1.0");
    feed.setTitle(title);
    feed.setUri(self.toString());
    SyndPerson author = new SyndPersonImpl();
    author.setName("Smart-City-Veranstaltungssuche");
    feed.setAuthors(List.of(author)); // Atom requires an author of the feed or of every entry
    feed.setPublishedDate(Date.from(updated));
    feed.setLinks(
        List.of(
            link("self", self, "application/atom+xml"), link("alternate", alternate, "text/html")));
    feed.setLanguage("de");
  }

  /** Adds an event with its page on this site. */
  public EventFeed add(PublicEvent e, URI page) {
    SyndEntry entry = new SyndEntryImpl();
    entry.setTitle(e.title());
    entry.setUri(page.toString());
    entry.setLink(page.toString());
    entry.setUpdatedDate(Date.from(updated));
    SyndContent summary = new SyndContentImpl();
    summary.setType("text");
    summary.setValue(summary(e));
    entry.setDescription(summary);
    entries.add(entry);
    return this;
  }

  /** The feed as Atom XML. */
  public String write() {
    feed.setEntries(entries);
    try {
      return new SyndFeedOutput().outputString(feed, true);
    } catch (FeedException e) {
      throw new IllegalStateException("built an invalid Atom feed: " + e.getMessage(), e);
    }
  }

  private static String summary(PublicEvent e) {
    return Stream.of(GermanDates.when(e), EventCalendar.place(e), e.teaser())
        .filter(Objects::nonNull)
        .filter(s -> !s.isBlank())
        .collect(Collectors.joining(" · "));
  }

  private static SyndLink link(String rel, URI href, String type) {
    SyndLink link = new SyndLinkImpl();
    link.setRel(rel);
    link.setHref(href.toString());
    link.setType(type);
    return link;
  }
}
