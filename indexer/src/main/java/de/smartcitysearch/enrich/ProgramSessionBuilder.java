package de.smartcitysearch.enrich;

import de.smartcitysearch.document.DocumentId;
import de.smartcitysearch.document.DocumentKind;
import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.extract.ExtractedPage.ProgramEntry;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the lines of an event's program into session documents of their own, linked to the event.
 *
 * <p>A session's day is the date of the day heading it stands under ("Mittwoch, 01.10.2025", "Tag
 * 2: 29. April"), else the event's first day; its time is the first time of its slot ("14:30 Uhr",
 * "10:00 – 11:00"); its title is the first line of its text; its cities and organisations are those
 * its text names. Breaks ("Mittagspause", "Kaffeepause") are no sessions.
 */
public final class ProgramSessionBuilder {

  private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");
  private static final Pattern BREAK =
      Pattern.compile(
          "(?iu)^\\s*(?:gemeinsame\\s+|informeller austausch und\\s+)?(?:mittags|kaffee)pause\\s*$");

  private final EventDateExtractor dates;
  private final CityRecognizer cities;
  private final OrganisationRecognizer organisations;
  private final TopicTagger topics;
  private final EventTypeClassifier types;

  public ProgramSessionBuilder(
      EventDateExtractor dates,
      CityRecognizer cities,
      OrganisationRecognizer organisations,
      TopicTagger topics,
      EventTypeClassifier types) {
    this.dates = dates;
    this.cities = cities;
    this.organisations = organisations;
    this.topics = topics;
    this.types = types;
  }

  /** One session document per program entry with text, numbered from 1 in program order. */
  public List<EventDocument> sessions(EventDocument event, List<ProgramEntry> program) {
    List<EventDocument> sessions = new ArrayList<>();
    int year = event.startDate() != null ? event.startDate().getYear() : 0;
    int n = 0;
    for (ProgramEntry entry : program) {
      String text = entry.text().strip();
      if (text.isEmpty() || BREAK.matcher(text).matches()) {
        continue;
      }
      n++;
      SessionHeading heading = SessionHeading.of(text);
      String title = heading.title();
      String label = heading.room() != null ? heading.room() : heading.format();
      // the label stays searchable in the body, as it was when it stood in the title
      String rest = label == null ? heading.rest() : (label + "\n" + heading.rest()).strip();
      LocalDate day = dates.parse(entry.day(), year).map(DateSpan::start).orElse(event.startDate());
      TopicTagger.TopicTags tags =
          topics.tag(organisations.withoutNames(title), "", organisations.withoutNames(rest));
      sessions.add(
          EventDocument.builder(
                  DocumentId.session(event.id(), n), event.source(), DocumentKind.SESSION)
              .title(title)
              .body(rest)
              .url(event.url())
              .startDate(day)
              .endDate(day)
              .startTime(startTime(entry.time()).orElse(null))
              .venue(event.venue())
              .location(heading.room())
              .cities(cities.cities(text))
              .organisations(organisations.organisations(text))
              .topics(tags.topics())
              .topicReasons(tags.reasons())
              .format(event.format())
              .eventType(
                  types
                      .classify(null, label == null ? title : label, label == null ? "" : title, "")
                      .orElse(null))
              .eventId(event.id())
              .eventTitle(event.title())
              .contentHash(event.contentHash())
              .build());
    }
    return sessions;
  }

  /** The first time written in a slot: "14:30 Uhr" -> 14:30, "10:00 – 11:00" -> 10:00. */
  static Optional<LocalTime> startTime(String slot) {
    Matcher m = TIME.matcher(slot == null ? "" : slot);
    if (!m.find()) {
      return Optional.empty();
    }
    int h = Integer.parseInt(m.group(1));
    int min = Integer.parseInt(m.group(2));
    return h < 24 && min < 60 ? Optional.of(LocalTime.of(h, min)) : Optional.empty();
  }
}
