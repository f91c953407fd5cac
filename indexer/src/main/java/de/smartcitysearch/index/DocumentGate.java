package de.smartcitysearch.index;

import de.smartcitysearch.document.DocumentId;
import de.smartcitysearch.document.DocumentLimits;
import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.document.Place;
import de.smartcitysearch.extract.ExtractedPage;
import de.smartcitysearch.extract.ExtractedPage.Declared;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The last step before the index: holds the documents enrichment made of a page to {@link
 * DocumentLimits}. A date outside the years is dropped and a facet list over its cap is cut, each
 * with a warning that names the value; the document itself is kept. Declared values that could not
 * be used (a city nobody knows, a Land that is none) are warned about too, so that an input's
 * author learns why a field has no effect.
 */
final class DocumentGate {

  /**
   * What goes into the index.
   *
   * @param documents the event first, then its sessions
   * @param warnings what was dropped or cut, each said once
   */
  record Admitted(List<EventDocument> documents, List<String> warnings) {
    Admitted {
      documents = List.copyOf(documents);
      warnings = List.copyOf(warnings);
    }

    /** The event's id. */
    String eventId() {
      return documents.getFirst().id();
    }
  }

  private DocumentGate() {}

  /**
   * The documents of the page, within the limits.
   *
   * @throws IllegalStateException when the enricher broke its contract (no event, another source, a
   *     bad id)
   */
  static Admitted admit(ExtractedPage page, List<EventDocument> enriched) {
    if (enriched.isEmpty()) {
      throw new IllegalStateException("the enricher returned no event");
    }
    Set<String> warnings = new LinkedHashSet<>();
    List<EventDocument> admitted = new ArrayList<>(enriched.size());
    for (EventDocument doc : enriched) {
      if (!doc.source().equals(page.source())) {
        throw new IllegalStateException("the enricher changed the source to " + doc.source());
      }
      if (!DocumentId.isStored(doc.id())) {
        throw new IllegalStateException(
            "the enricher made an id that breaks the id rule: " + doc.id());
      }
      admitted.add(bounded(doc, page.contentHash(), warnings));
    }
    declaredButUnused(page.declared(), admitted.getFirst().venue(), warnings);
    return new Admitted(admitted, new ArrayList<>(warnings));
  }

  private static EventDocument bounded(
      EventDocument doc, String contentHash, Set<String> warnings) {
    EventDocument.Builder b = doc.toBuilder().contentHash(contentHash);
    LocalDate start = doc.startDate();
    LocalDate end = doc.endDate();
    if (start != null && !DocumentLimits.isInRange(start)) {
      warnings.add(
          "start "
              + start
              + " lies outside the years "
              + DocumentLimits.MIN_YEAR
              + "-"
              + DocumentLimits.MAX_YEAR
              + " and is left out"
              + (end != null && !end.equals(start) ? ", with the end" : ""));
      b.startDate(null).endDate(null).startTime(null);
    } else if (end != null && !DocumentLimits.isInRange(end)) {
      warnings.add(
          "end "
              + end
              + " lies outside the years "
              + DocumentLimits.MIN_YEAR
              + "-"
              + DocumentLimits.MAX_YEAR
              + " and is left out");
      b.endDate(null);
    }
    if (doc.topics().size() > DocumentLimits.MAX_TOPICS) {
      List<String> kept = doc.topics().subList(0, DocumentLimits.MAX_TOPICS);
      Map<String, List<String>> reasons = new LinkedHashMap<>();
      kept.forEach(
          t -> {
            if (doc.topicReasons().containsKey(t)) {
              reasons.put(t, doc.topicReasons().get(t));
            }
          });
      b.topics(kept).topicReasons(reasons);
      warnings.add(cut("topics", doc.topics().size(), DocumentLimits.MAX_TOPICS));
    }
    if (doc.organisations().size() > DocumentLimits.MAX_ORGANISATIONS) {
      b.organisations(doc.organisations().subList(0, DocumentLimits.MAX_ORGANISATIONS));
      warnings.add(
          cut("organisations", doc.organisations().size(), DocumentLimits.MAX_ORGANISATIONS));
    }
    if (doc.cities().size() > DocumentLimits.MAX_CITIES) {
      b.cities(doc.cities().subList(0, DocumentLimits.MAX_CITIES));
      warnings.add(cut("cities", doc.cities().size(), DocumentLimits.MAX_CITIES));
    }
    return b.build();
  }

  private static String cut(String field, int given, int kept) {
    return field + ": " + given + " values, the first " + kept + " are kept";
  }

  private static void declaredButUnused(Declared declared, Place venue, Set<String> warnings) {
    if (declared.city() != null && venue == null) {
      warnings.add(
          "city '"
              + declared.city()
              + "' is no municipality the gazetteer knows and no land was given: "
              + "the event has no venue");
    }
    if (declared.land() != null
        && (venue == null || !venue.land().equalsIgnoreCase(declared.land()))) {
      warnings.add(
          "land '"
              + declared.land()
              + "' was not used: "
              + (declared.city() == null
                  ? "it places a city, and no city was given"
                  : "it is not one of the 16 Länder"));
    }
  }
}
