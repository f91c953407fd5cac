package de.smartcitysearch.search;

import de.smartcitysearch.document.Place;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link PlaceLexicon} of the cities the index itself knows (the venue city facet), with their
 * regular German adjective forms: "Kiel" → "Kieler", "Dresden" → "Dresdner", "Bremen" → "Bremer",
 * "Halle" → "Haller".
 *
 * <p>Irregular forms ("Hallenser") are not derived; a gazetteer with the official adjective forms
 * can replace this lexicon.
 */
public final class IndexPlaceLexicon implements PlaceLexicon {

  private final Map<String, Place> byWord = new HashMap<>();

  /** A lexicon of these cities; on a clash of forms the city listed first wins. */
  public IndexPlaceLexicon(List<Place> cities) {
    for (Place city : cities) {
      String name = city.name().toLowerCase(Locale.GERMAN);
      byWord.putIfAbsent(name, city);
      for (String form : adjectiveForms(name)) {
        byWord.putIfAbsent(form, city);
      }
    }
  }

  @Override
  public Optional<Place> lookup(String word) {
    return Optional.ofNullable(byWord.get(word.toLowerCase(Locale.GERMAN)));
  }

  static List<String> adjectiveForms(String name) {
    if (name.contains(" ") || name.length() < 3) {
      return List.of();
    }
    if (name.endsWith("en")) {
      String stem = name.substring(0, name.length() - 2);
      return List.of(name + "er", stem + "ner", name.substring(0, name.length() - 1) + "r");
    }
    if (name.endsWith("e")) {
      return List.of(name + "r");
    }
    return List.of(name + "er");
  }
}
