package de.smartcitysearch.extract;

import de.smartcitysearch.document.EventDocument;
import java.util.List;

/** Turns one extracted page into its event document and the documents of its program sessions. */
@FunctionalInterface
public interface PageEnricher {

  /** The event first, then its sessions (if any), each linked to the event by id. */
  List<EventDocument> enrich(ExtractedPage page);
}
