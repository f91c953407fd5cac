package de.smartcitysearch.extract;

import de.smartcitysearch.document.DocumentKind;
import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.extract.ExtractedPage.ProgramEntry;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An enricher that finds nothing in the text: it copies the page and what the input declares (dates,
 * organisations, topics, type, format, url) into the event, and makes each program entry a session.
 *
 * <p>It stands in where the text-reading {@code EventEnricher} is not wanted or not available, and lets
 * the indexer be tested on exactly the values its input states. Cities are left out: a facet value
 * needs the city's Land, which only the gazetteer knows.
 */
public final class DeclaredValuesEnricher implements PageEnricher {

  @Override
  public List<EventDocument> enrich(ExtractedPage page) {
    ExtractedPage.Declared declared = page.declared();
    EventDocument event = EventDocument.builder(page.id(), page.source(), DocumentKind.EVENT)
        .title(page.title())
        .teaser(page.teaser())
        .body(page.body())
        .url(declared.url())
        .startDate(date(declared.start()))
        .endDate(date(declared.end()))
        .organisations(declared.organisations())
        .topics(declared.topics())
        .format(declared.format())
        .eventType(declared.eventType())
        .contentHash(page.contentHash())
        .build();
    List<EventDocument> out = new ArrayList<>();
    out.add(event);
    int number = 0;
    for (ProgramEntry entry : page.program()) {
      number++;
      out.add(EventDocument.builder(page.id() + "#s" + number, page.source(), DocumentKind.SESSION)
          .title(entry.text().lines().findFirst().orElse(""))
          .body(entry.text())
          .startDate(event.startDate())
          .eventId(page.id())
          .eventTitle(page.title())
          .contentHash(page.contentHash())
          .build());
    }
    return out;
  }

  private static java.time.LocalDate date(LocalDateTime dateTime) {
    return dateTime == null ? null : dateTime.toLocalDate();
  }
}
