package de.smartcitysearch.enrich;

import de.smartcitysearch.document.Place;
import de.smartcitysearch.enrich.CityGazetteer.FormType;
import de.smartcitysearch.enrich.CityGazetteer.NameForm;
import de.smartcitysearch.enrich.GazetteerEntry.Kind;
import de.smartcitysearch.enrich.TextTokens.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the Länder, Kreise and municipalities a text names, and tells the venue city from the others.
 *
 * <p>Rules against false positives: names match capitalised words only (so "Kielwasser" and "essen" are no
 * places); names that are also ordinary words ({@code place-ambiguous-words.txt}: Essen, Weil, Halle, Hof,
 * Marl ...) and the lesser-known municipalities of a full register ({@link CityGazetteer#isWellKnown}:
 * "Wissen", "Stelle", "Berg" are small towns and ordinary words) need a place context ("in", "aus", "nach",
 * "von", "Stadt", "Gemeinde", a postcode before them) or must stand in a list of other places. An ambiguous name
 * ("Neuenkirchen") goes to the candidate whose Land or Kreis the text also names, otherwise to the most
 * populous (or, in the built-in list, the first listed).
 */
public final class CityRecognizer {

  /** A recognised place name: which area, where, and as written. */
  public record Mention(GazetteerEntry entry, int start, int end, String surface) {}

  private static final Set<String> AMBIGUOUS = Set.copyOf(ResourceLines.read("place-ambiguous-words.txt"));
  /** "von" and "bis" ("von Aalen bis Zwönitz") are enough for a known city, not for a small town ("von Wissen"). */
  private static final Set<String> WEAK_CONTEXT = Set.of("von", "bis", "bei");
  /** Words before a name that make it a place, compared in lower case ("In Kiel" opens a sentence). */
  private static final Set<String> PLACE_CONTEXT = Set.of("in", "aus", "nach", "stadt", "gemeinde", "markt",
      "landkreis", "kreis", "stadtverwaltung", "landeshauptstadt", "hansestadt", "amt", "region");
  private static final Set<String> KREIS_CONTEXT = Set.of("Landkreis", "Landkreises", "Kreis", "Kreises");
  private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,|und|&|/|sowie|oder)\\s*");
  private static final Pattern VENUE_LABEL = Pattern.compile("(?i)\\b(?:Veranstaltungsort|Ort|Tagungsort)\\s*:\\s*(.+)");
  private static final int CONTEXT_WINDOW = 300;

  private final CityGazetteer gazetteer;

  public CityRecognizer(CityGazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Every place named in the text, in text order. */
  public List<Mention> mentions(String text) {
    return mentions(text, TextTokens.of(text));
  }

  /** {@link #mentions(String)} of a text already cut into its {@link TextTokens}. */
  List<Mention> mentions(String text, List<Token> tokens) {
    List<Candidate> candidates = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Candidate c = longestMatch(tokens, i);
      if (c == null) {
        i++;
        continue;
      }
      candidates.add(c);
      i = c.to;
    }
    List<Mention> mentions = new ArrayList<>();
    Mention previous = null;
    for (Candidate c : candidates) {
      Context needed = neededContext(c);
      if (needed != Context.NONE && !hasPlaceContext(tokens, c.from, needed) && !inListAfter(text, previous, c)) {
        continue;
      }
      GazetteerEntry entry = resolve(tokens, c, candidates);
      int end = tokens.get(c.to - 1).end();
      Mention m = new Mention(entry, c.start, end, text.substring(c.start, end));
      mentions.add(m);
      previous = m;
    }
    return mentions;
  }

  /** The distinct municipalities the text names, in order of first mention. */
  public List<Place> cities(String text) {
    return cities(text, TextTokens.of(text));
  }

  /** {@link #cities(String)} of a text already cut into its {@link TextTokens}. */
  List<Place> cities(String text, List<Token> tokens) {
    Set<Place> places = new LinkedHashSet<>();
    for (Mention m : mentions(text, tokens)) {
      if (m.entry().kind() == Kind.MUNICIPALITY) {
        places.add(m.entry().toPlace());
      }
    }
    return List.copyOf(places);
  }

  /**
   * The city where the event takes place: the declared city; else the city of the venue block (the one after
   * a postcode, or the last one named: addresses end with the city), also from a "Veranstaltungsort:" line
   * of the body; else a city written "in X" in the headline or teaser; else the only city of the headline.
   */
  public Optional<Place> venue(String declaredCity, String venueText, String headline, String body) {
    for (String candidate : new String[] {declaredCity, venueText, venueLine(body)}) {
      if (candidate != null && !candidate.isBlank()) {
        Optional<Place> place = venueOfAddress(candidate);
        if (place.isPresent()) {
          return place;
        }
      }
    }
    if (headline == null) {
      return Optional.empty();
    }
    List<Mention> inHeadline = municipalities(mentions(headline));
    for (Mention m : inHeadline) {
      if (precededBy(headline, m, "in")) {
        return Optional.of(m.entry().toPlace());
      }
    }
    Set<Place> distinct = new LinkedHashSet<>();
    inHeadline.forEach(m -> distinct.add(m.entry().toPlace()));
    return distinct.size() == 1 ? Optional.of(distinct.iterator().next()) : Optional.empty();
  }

  private Optional<Place> venueOfAddress(String address) {
    List<Mention> found = municipalities(mentions(address));
    for (Mention m : found) {
      if (address.substring(0, m.start()).matches("(?s).*\\b\\d{5}\\s+$")) {
        return Optional.of(m.entry().toPlace());
      }
    }
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1).entry().toPlace());
  }

  private static String venueLine(String body) {
    if (body == null || !hasOrtBeforeColon(body)) {
      return null;
    }
    Matcher m = VENUE_LABEL.matcher(body);
    return m.find() ? m.group(1) : null;
  }

  /**
   * Whether some colon follows "ort" (any ASCII case) after nothing but white space, as every match of
   * {@link #VENUE_LABEL} has it: a cheap test that spares most pages the pattern, which tries every position.
   */
  private static boolean hasOrtBeforeColon(String text) {
    for (int colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
      int end = colon;
      while (end > 0 && isRegexSpace(text.charAt(end - 1))) {
        end--;
      }
      if (end >= 3 && text.regionMatches(true, end - 3, "ort", 0, 3)) {
        return true;
      }
    }
    return false;
  }

  /** {@code \s} as the pattern means it: [ \t\n\x0B\f\r]. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  private static List<Mention> municipalities(List<Mention> mentions) {
    return mentions.stream().filter(m -> m.entry().kind() == Kind.MUNICIPALITY).toList();
  }

  private static boolean precededBy(String text, Mention m, String word) {
    return text.substring(0, m.start()).matches("(?s).*\\b" + word + "\\s+$");
  }

  private record Candidate(int from, int to, List<NameForm> forms, int start, String surface) {}

  private Candidate longestMatch(List<Token> tokens, int from) {
    if (!tokens.get(from).capitalised()) {
      return null;
    }
    PhraseIndex.Match<List<NameForm>> match = gazetteer.longestAt(tokens, from);
    if (match == null) {
      return null;
    }
    int to = from + match.length();
    return new Candidate(from, to, match.value(), tokens.get(from).start(), TextTokens.key(tokens, from, to));
  }

  private enum Context { NONE, WEAK, STRONG }

  private Context neededContext(Candidate c) {
    if (c.to - c.from > 1) {
      return Context.NONE;
    }
    // Only lesser-known places of a full register: a big city's name is rarely anything else.
    if (c.forms.stream().noneMatch(f -> gazetteer.isWellKnown(f.entry()))) {
      return Context.STRONG;
    }
    // "Essens" is the genitive of the ordinary word as much as of the city
    String genitiveBase = c.surface.endsWith("s") ? c.surface.substring(0, c.surface.length() - 1) : "";
    return AMBIGUOUS.contains(c.surface) || AMBIGUOUS.contains(genitiveBase) ? Context.WEAK : Context.NONE;
  }

  private static boolean hasPlaceContext(List<Token> tokens, int from, Context needed) {
    if (from == 0) {
      return false;
    }
    String before = tokens.get(from - 1).text();
    String word = before.toLowerCase(Locale.GERMAN); // "In Neuenkirchen" at the start of a sentence
    return PLACE_CONTEXT.contains(word) || (tokens.get(from - 1).number() && before.length() == 5)
        || (needed == Context.WEAK && WEAK_CONTEXT.contains(word));
  }

  private static boolean inListAfter(String text, Mention previous, Candidate c) {
    return previous != null && previous.entry().kind() == Kind.MUNICIPALITY && c.start >= previous.end()
        && LIST_SEPARATOR.matcher(text.substring(previous.end(), c.start)).matches();
  }

  private GazetteerEntry resolve(List<Token> tokens, Candidate c, List<Candidate> all) {
    FormType strongest = c.forms.get(0).type();
    List<GazetteerEntry> options = c.forms.stream().filter(f -> f.type() == strongest).map(NameForm::entry)
        .toList();
    boolean kreisContext = c.from > 0 && KREIS_CONTEXT.contains(tokens.get(c.from - 1).text());
    Kind preferred = kreisContext ? Kind.KREIS : Kind.MUNICIPALITY;
    List<GazetteerEntry> ofKind = options.stream().filter(e -> e.kind() == preferred).toList();
    if (!ofKind.isEmpty()) {
      options = ofKind;
    } else if (!kreisContext && options.stream().allMatch(e -> e.kind() == Kind.KREIS)) {
      // "Oldenburg" is the name of a Landkreis but means the city "Oldenburg (Oldb)" unless "Landkreis" precedes
      List<GazetteerEntry> cities = c.forms.stream().filter(f -> f.type() == FormType.ALIAS)
          .map(NameForm::entry).filter(e -> e.kind() == Kind.MUNICIPALITY).toList();
      if (!cities.isEmpty()) {
        options = cities;
      }
    }
    if (options.size() == 1) {
      return options.get(0);
    }
    Set<String> nearby = new LinkedHashSet<>();
    for (Candidate other : all) {
      if (other != c && Math.abs(other.start - c.start) <= CONTEXT_WINDOW) {
        other.forms.stream().map(NameForm::entry).filter(e -> e.kind() != Kind.MUNICIPALITY)
            .forEach(e -> nearby.add(e.name()));
      }
    }
    for (GazetteerEntry e : options) {
      if (nearby.contains(e.kreis()) || nearby.contains(e.land())) {
        return e;
      }
    }
    return options.get(0);
  }
}
