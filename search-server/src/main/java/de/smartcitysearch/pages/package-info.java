/**
 * Server-rendered views of an event for people, calendars and feed readers: the event page ({@link
 * de.smartcitysearch.pages.EventPage}, HTML that works without JavaScript, with schema.org JSON-LD
 * from {@link de.smartcitysearch.pages.EventJsonLd}), its iCalendar download and the iCalendar feed
 * of a search ({@link de.smartcitysearch.pages.EventCalendar}, ical4j), and the Atom feed of a
 * search ({@link de.smartcitysearch.pages.EventFeed}, ROME). Each reads the one event shape ({@link
 * de.smartcitysearch.search.PublicEvent}); none knows the index.
 */
package de.smartcitysearch.pages;
