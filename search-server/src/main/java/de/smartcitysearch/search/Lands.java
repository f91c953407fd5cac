package de.smartcitysearch.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The 16 German Länder: the reference list for land facets and the Land names a query may contain.
 */
public final class Lands {

  /** All 16 Länder in alphabetical order. */
  public static final List<String> ALL =
      List.of(
          "Baden-Württemberg",
          "Bayern",
          "Berlin",
          "Brandenburg",
          "Bremen",
          "Hamburg",
          "Hessen",
          "Mecklenburg-Vorpommern",
          "Niedersachsen",
          "Nordrhein-Westfalen",
          "Rheinland-Pfalz",
          "Saarland",
          "Sachsen",
          "Sachsen-Anhalt",
          "Schleswig-Holstein",
          "Thüringen");

  // the adjective forms a visitor writes ("bayerische Kommunen"), mapped to their Land
  private static final Map<String, String> BY_WORD = byWord();

  private Lands() {}

  /** The Land a single query word names ("bayern", "Bayerische", "NRW"), if any. */
  public static Optional<String> lookup(String word) {
    return Optional.ofNullable(BY_WORD.get(word.toLowerCase(Locale.GERMAN)));
  }

  private static Map<String, String> byWord() {
    Map<String, String> m = new TreeMap<>();
    for (String land : ALL) {
      m.put(land.toLowerCase(Locale.GERMAN), land);
    }
    m.put("nrw", "Nordrhein-Westfalen");
    for (String ending : List.of("", "e", "en", "er", "es")) {
      m.put("bayerisch" + ending, "Bayern");
      m.put("hessisch" + ending, "Hessen");
      m.put("sächsisch" + ending, "Sachsen");
      m.put("thüringisch" + ending, "Thüringen");
      m.put("niedersächsisch" + ending, "Niedersachsen");
      m.put("brandenburgisch" + ending, "Brandenburg");
      m.put("saarländisch" + ending, "Saarland");
    }
    return Map.copyOf(m);
  }
}
