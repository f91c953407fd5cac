package de.smartcitysearch.cli;

import de.smartcitysearch.extract.DeclaredValuesEnricher;
import de.smartcitysearch.extract.PageEnricher;

/**
 * The enricher the {@code index} command uses: the one place where enrichment is chosen and configured.
 *
 * <p>PROVISIONAL: the text-reading {@code EventEnricher} (dates, cities, organisations, topics from the
 * text) is built in the enrichment issue; until it is merged here, pages are indexed with only what
 * their input declares ({@link DeclaredValuesEnricher}), and a given gazetteer is not read.
 */
final class Enrichers {

  private Enrichers() {}

  /** The enricher for these options. */
  static PageEnricher create(EnrichmentOptions options) {
    if (options.gazetteer() != null) {
      System.err.println("note: this build indexes declared values only; the gazetteer "
          + options.gazetteer() + " is read once the event enricher is part of it");
    }
    return new DeclaredValuesEnricher();
  }
}
