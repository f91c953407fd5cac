package de.smartcitysearch.search;

import de.smartcitysearch.document.Place;
import java.util.Optional;

/**
 * Recognises a city in one query word, in its own name or its adjective form ("Kiel", "Kieler").
 */
@FunctionalInterface
public interface PlaceLexicon {

  /** The city the word names, if it names one. */
  Optional<Place> lookup(String word);
}
