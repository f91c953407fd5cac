package de.smartcitysearch.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The other ways German text writes a place name: short names, the genitive and the adjective.
 *
 * <p>Adjectives ("Kieler", "Berliner") follow a rule with an exceptions list ({@code
 * place-adjectives.txt}) for the irregular ones ("Münchner", "Dresdner", "Bremer", "Hallenser").
 */
public final class PlaceNameForms {

  /**
   * Official names carry a river or region after these words; the part before is the everyday name.
   */
  private static final Pattern QUALIFIER =
      Pattern.compile(
          "\\s+(?:am|an der|an dem|im|in der|in|ob der|vor der|bei"
              + "|a\\.|a\\.d\\.|b\\.|i\\.|i\\.d\\.|r\\.d\\.|v\\.\\s*d\\.|/)\\s*.*"
              + "|\\s*\\(.*|\\s*/.*");

  private static final Map<String, List<String>> ADJECTIVE_EXCEPTIONS = loadExceptions();

  private PlaceNameForms() {}

  /**
   * "Frankfurt am Main" -> ["Frankfurt"], "Halle (Saale)" -> ["Halle"], "Bad Homburg v. d. Höhe" ->
   * ["Bad Homburg"], "Rade b. Rendsburg" -> ["Rade"]; a name with its Sorbian form keeps its German
   * one with and without the qualifier: "Burg (Spreewald)/Bórkowy (Błota)" -> ["Burg (Spreewald)",
   * "Burg"]. Empty where the name has no qualifier.
   */
  public static List<String> shortNames(String name) {
    if (isOneWord(name)) {
      return List.of(); // most names: nothing to shorten, and no pattern to run for each of 11,000
    }
    Set<String> forms = new LinkedHashSet<>();
    int bilingual = name.indexOf(" / ");
    String german = bilingual > 0 ? name.substring(0, bilingual).strip() : name;
    int slash = german.indexOf('/');
    if (slash > 0 && german.indexOf('(') >= 0 && german.indexOf('(') < slash) {
      german = german.substring(0, slash).strip(); // "Burg (Spreewald)/Bórkowy (Błota)"
    }
    forms.add(german);
    forms.add(QUALIFIER.matcher(german).replaceFirst("").strip());
    forms.remove(name);
    forms.removeIf(f -> f.length() < 3);
    return List.copyOf(forms);
  }

  /** Whether the name is letters and hyphens only ("Kiel", "Dessau-Roßlau"). */
  static boolean isOneWord(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetter(c) && c != '-') {
        return false;
      }
    }
    return true;
  }

  /**
   * Genitive and adjective forms of a name ("Kiel" -> "Kiels", "Kieler"); multi-word names get
   * none.
   */
  public static Set<String> inflectedForms(String name) {
    Set<String> forms = new LinkedHashSet<>();
    if (name.isEmpty() || name.contains(" ")) {
      return forms;
    }
    char last = name.charAt(name.length() - 1);
    if ("sßxz".indexOf(last) < 0) {
      forms.add(name + "s");
    }
    forms.addAll(adjectives(name));
    return forms;
  }

  /** The adjective (also the inhabitants' noun) of a place: "Kieler", "Solinger", "Münchner". */
  public static List<String> adjectives(String name) {
    List<String> exceptions = ADJECTIVE_EXCEPTIONS.get(name);
    if (exceptions != null) {
      return exceptions;
    }
    if (name.endsWith("e")) {
      return List.of(name + "r");
    }
    if (name.endsWith("ingen")) {
      return List.of(name.substring(0, name.length() - 2) + "er");
    }
    return List.of(name + "er");
  }

  private static Map<String, List<String>> loadExceptions() {
    Map<String, List<String>> map = new HashMap<>();
    for (String line : ResourceLines.read("place-adjectives.txt")) {
      String[] parts = line.split("=", 2);
      List<String> forms = new ArrayList<>();
      for (String form : parts[1].split(",")) {
        if (!form.isBlank()) {
          forms.add(form.strip());
        }
      }
      map.put(parts[0].strip(), List.copyOf(forms));
    }
    return Map.copyOf(map);
  }
}
