package de.smartcitysearch.search;

import de.smartcitysearch.document.Place;
import de.smartcitysearch.enrich.CityGazetteer;
import de.smartcitysearch.enrich.GazetteerEntry;
import de.smartcitysearch.enrich.TextTokens;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@link PlaceLexicon} backed by the enrichment's gazetteer, so the query side knows the same
 * cities and the same inflected and adjective forms ("Kieler", "Münchner") as the indexer.
 */
public final class GazetteerPlaceLexicon implements PlaceLexicon {

  private final CityGazetteer gazetteer;

  public GazetteerPlaceLexicon(CityGazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public Optional<Place> lookup(String word) {
    if (word.isBlank()) {
      return Optional.empty();
    }
    // names are kept as written; visitors type in lower case
    String written = word.substring(0, 1).toUpperCase(Locale.GERMAN) + word.substring(1);
    for (CityGazetteer.NameForm form : gazetteer.forms(TextTokens.key(written))) {
      GazetteerEntry entry = form.entry();
      if (entry.kind() == GazetteerEntry.Kind.MUNICIPALITY && gazetteer.isWellKnown(entry)) {
        return Optional.of(new Place(entry.name(), entry.land(), entry.ags()));
      }
    }
    return Optional.empty();
  }
}
