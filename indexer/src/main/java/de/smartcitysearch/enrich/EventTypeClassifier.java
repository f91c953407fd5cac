package de.smartcitysearch.enrich;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names the type of an event (Kongress, Messe, Regionalkonferenz, Workshop, Podiumsdiskussion, Ratssitzung,
 * Konferenz, Webinar, ...) from the words of its title, then its teaser, then its body.
 *
 * <p>A type word counts alone or as the end of a compound ("MPSC-Kongress", "Regionalkonferenz",
 * "Fachkongress") but not as the start of one ("Kongresstag" is no congress). More specific types are
 * tried first, so "Regionalkonferenz" is not a plain "Konferenz". A trade-fair convention ("Smart Country
 * Convention") counts as a Messe.
 */
public final class EventTypeClassifier {

  private static final Map<String, Pattern> TYPES = new LinkedHashMap<>();

  static {
    type("Ratssitzung", "ratssitzung|gemeinderatssitzung|sitzung des (?:gemeinde|stadt)rat(?:e)?s|ausschusssitzung");
    type("Regionalkonferenz", "regionalkonferenz(?:en)?");
    type("Kongress", "kongress(?:es)?");
    type("Messe", "messe|fachmesse|convention|expo");
    type("Webinar", "webinar(?:e|en)?|online-seminar");
    type("Hackathon", "hackathon|hackday");
    type("Barcamp", "barcamp");
    type("Workshop", "workshop(?:s)?|werkstatt|werkstätten");
    type("Podiumsdiskussion", "podiumsdiskussion|paneldiskussion|panel");
    type("Konferenz", "konferenz|tagung|fachtag|symposium|forum");
    type("Netzwerktreffen", "netzwerktreffen|vernetzungstreffen|stammtisch");
    type("Exkursion", "exkursion|führung");
  }

  private static void type(String label, String words) {
    TYPES.put(label, Pattern.compile("(?iu)(?<![\\p{L}])[\\p{L}]*-?(?:" + words + ")(?![\\p{L}])"));
  }

  /** The type: declared if given, else the first the title, teaser or body names. */
  public Optional<String> classify(String declared, String title, String teaser, String body) {
    if (declared != null && !declared.isBlank()) {
      return Optional.of(declared.strip());
    }
    for (String text : new String[] {title, teaser, body}) {
      if (text == null) {
        continue;
      }
      for (Map.Entry<String, Pattern> type : TYPES.entrySet()) {
        if (type.getValue().matcher(text).find()) {
          return Optional.of(type.getKey());
        }
      }
    }
    return Optional.empty();
  }
}
