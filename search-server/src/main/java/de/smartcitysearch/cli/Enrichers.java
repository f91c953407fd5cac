package de.smartcitysearch.cli;

import de.smartcitysearch.analysis.GermanAnalysis;
import de.smartcitysearch.enrich.CityGazetteer;
import de.smartcitysearch.enrich.EventEnricher;
import de.smartcitysearch.extract.PageEnricher;

/**
 * The enricher the {@code index} and {@code serve} commands use: the one place where enrichment is
 * configured.
 */
final class Enrichers {

  private Enrichers() {}

  /**
   * The event enricher with the built-in gazetteer, or the official register the options name.
   *
   * @throws de.smartcitysearch.enrich.GazetteerFormatException when that register cannot be read
   */
  static PageEnricher create(EnrichmentOptions options, GermanAnalysis analysis) {
    CityGazetteer gazetteer =
        options.gazetteer() == null
            ? CityGazetteer.builtIn()
            : CityGazetteer.load(options.gazetteer());
    return new EventEnricher(gazetteer, analysis);
  }
}
