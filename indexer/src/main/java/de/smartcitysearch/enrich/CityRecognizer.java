package de.smartcitysearch.enrich;

import de.smartcitysearch.document.Place;
import de.smartcitysearch.enrich.AddressBlocks.Block;
import de.smartcitysearch.enrich.CityGazetteer.FormType;
import de.smartcitysearch.enrich.CityGazetteer.NameForm;
import de.smartcitysearch.enrich.GazetteerEntry.Kind;
import de.smartcitysearch.enrich.TextTokens.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the Länder, Kreise and municipalities a text names, and tells the venue city from the
 * others.
 *
 * <p>Names match capitalised words only ("Kielwasser" and "essen" are no places). How much context
 * a name needs depends on what else it could be:
 *
 * <ul>
 *   <li>a name that is also an ordinary word ({@link CityGazetteer#isCommonWord}: "Senden",
 *       "Essen", "Wald") counts only in a place context: in a venue or address block ("Ort:
 *       Marktplatz, Recke"), after a postcode ("48308 Senden"), after "Stadt" or "Gemeinde", as "in
 *       X" next to a date ("am 12. März in Senden"), or as "von X bis Y" with another place; a city
 *       of {@value #LARGE_CITY} inhabitants or more also as "in X" or "nach X" ("in Essen", not "in
 *       Halle 3");
 *   <li>a lesser-known municipality ({@link CityGazetteer#isWellKnown}) needs "in", "aus", "nach",
 *       a designation ("Gemeinde Lienen", "MPSC Guben", "Smart City Ulm"), a postcode, a venue
 *       block, brackets of its own ("Datenplattformen (Eichenzell)") or a list with other places
 *       ("Einblicke aus Jena, Süderbrarup");
 *   <li>a well-known one and a name of several words count anywhere.
 * </ul>
 *
 * An adjective before a street word names a street, not the city ("Potsdamer Platz", "Hamburger
 * Bahnhof"). An ambiguous name ("Neuenkirchen") goes to the candidate whose seat's postcode is
 * nearest the postcode written before it, else to the one whose Kreis or Land the text names
 * nearby, else to the most populous.
 *
 * <p>Every test looks at a few words around a name, never at the whole text before it, so the cost
 * is linear in the length of the text.
 */
public final class CityRecognizer {

  /** A recognised place name: which area, where, and as written. */
  public record Mention(GazetteerEntry entry, int start, int end, String surface) {}

  /**
   * From this size a city that is also a word counts after "in", "aus", "nach" alone ("in Essen").
   */
  static final long LARGE_CITY = 100_000;

  private static final Set<String> PREPOSITIONS = Set.of("in", "aus", "nach");

  /** "in Essen", "nach Halle"; not "aus": "ein Mittagsangebot aus Essen, Freizeit und Ruhe". */
  private static final Set<String> BIG_CITY_PREPOSITIONS = Set.of("in", "nach");

  /** Words that make the next name a place, compared in lower case ("In Kiel" opens a sentence). */
  private static final Set<String> DESIGNATIONS =
      Set.of(
          "stadt",
          "gemeinde",
          "stadtverwaltung",
          "gemeindeverwaltung",
          "landeshauptstadt",
          "hansestadt",
          "kreisstadt",
          "universitätsstadt",
          "samtgemeinde",
          "verbandsgemeinde",
          "ortsgemeinde",
          "amt",
          "landkreis",
          "kreis",
          "stadtgemeinde");

  /**
   * Further designations that do not make an ordinary word a place ("Markt Essen", "Region Hof");
   * the smart-city programme names its model projects by their municipality ("MPSC Guben",
   * "Modellprojekt Smart Cities Guben").
   */
  private static final Set<String> WEAK_DESIGNATIONS =
      Set.of("markt", "region", "mpsc", "modellprojekt");

  private static final Set<String> KREIS_CONTEXT =
      Set.of("Landkreis", "Landkreises", "Kreis", "Kreises");

  /**
   * Words after an adjective that make it part of a street or building name ("Berliner Straße").
   */
  private static final Set<String> STREET_WORDS =
      Set.of(
          "straße",
          "strasse",
          "str",
          "platz",
          "allee",
          "damm",
          "chaussee",
          "ring",
          "weg",
          "tor",
          "bahnhof",
          "brücke",
          "ufer",
          "landstraße",
          "heerstraße",
          "tunnel",
          "kanal",
          "berg");

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
    return found(new NameContext(text, tokens, AddressBlocks.of(text), false)).stream()
        .map(Found::mention)
        .toList();
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
   * The city where the event takes place: the declared city; else the declared venue text read as
   * an address; else the first venue block of the body ("Ort:", "Veranstaltungsort", "Adresse")
   * read as an address; else the first "postcode town" of the body outside a contact block; else a
   * city written "in X" in the headline or teaser; else "in X" next to a date in the body; else the
   * only city of the headline; else the first "in X" of the body ("findet in Potsdam statt"); else
   * the only city the page names at all; else, where the page names no place at all, the
   * municipality the headline's event is named after ("Müllroser Seezauber").
   */
  public Optional<Place> venue(
      String declaredCity, String venueText, String headline, String body) {
    for (String address : new String[] {declaredCity, venueText}) {
      Optional<Place> place =
          address == null || address.isBlank() ? Optional.empty() : addressVenue(address);
      if (place.isPresent()) {
        return place;
      }
    }
    List<Found> inBody = List.of();
    if (body != null && !body.isBlank()) {
      List<Block> blocks = AddressBlocks.of(body);
      for (Block b : blocks) {
        if (b.kind() == AddressBlocks.Kind.VENUE) {
          Optional<Place> place = addressVenue(body.substring(b.start(), b.end()));
          if (place.isPresent()) {
            return place;
          }
        }
      }
      NameContext context = new NameContext(body, TextTokens.of(body), blocks, false);
      inBody = found(context);
      Optional<Place> place = afterPostcode(context, inBody, false);
      if (place.isPresent()) {
        return place;
      }
    }
    List<Found> inHeadline = headline == null ? List.of() : municipalities(found(headline, false));
    for (Found f : inHeadline) {
      if (f.afterIn) {
        return Optional.of(f.mention.entry().toPlace());
      }
    }
    // the organiser's address says where the organiser sits, not where the event is
    List<Found> bodyCities = municipalities(inBody).stream().filter(f -> !f.inContact).toList();
    for (Found f : bodyCities) {
      if (f.afterIn && f.nearDate) {
        return Optional.of(f.mention.entry().toPlace());
      }
    }
    Optional<Place> onlyOne = onlyPlace(inHeadline);
    if (onlyOne.isPresent()) {
      return onlyOne;
    }
    for (Found f : bodyCities) {
      if (f.afterIn) {
        return Optional.of(f.mention.entry().toPlace());
      }
    }
    List<Found> all = new ArrayList<>(inHeadline);
    all.addAll(bodyCities);
    if (all.isEmpty() && inBody.isEmpty() && headline != null && found(headline, false).isEmpty()) {
      return namedAfter(headline);
    }
    return onlyPlace(all);
  }

  /** The one municipality all these mentions name, if they name only one. */
  private static Optional<Place> onlyPlace(List<Found> found) {
    Set<Place> distinct = new LinkedHashSet<>();
    found.forEach(f -> distinct.add(f.mention.entry().toPlace()));
    return distinct.size() == 1 ? Optional.of(distinct.iterator().next()) : Optional.empty();
  }

  /**
   * The municipality of an address: the one after a postcode (the nearest seat among namesakes),
   * else the one whose seat has the postcode when the address names a part of it ("16798
   * Himmelpfort"), else the last one named (addresses end with the town).
   */
  private Optional<Place> addressVenue(String address) {
    NameContext context = new NameContext(address, TextTokens.of(address), List.of(), true);
    List<Found> found = municipalities(found(context));
    Optional<Place> place = afterPostcode(context, found, true);
    if (place.isPresent()) {
      return place;
    }
    return found.isEmpty()
        ? Optional.empty()
        : Optional.of(found.get(found.size() - 1).mention.entry().toPlace());
  }

  /**
   * The first municipality after a postcode outside contact blocks; in an address, or on a short
   * line of its own ("16798 Himmelpfort" under the street), also the municipality whose seat has
   * the postcode when a name it does not know follows it (in running text "24103 Einwohner" is
   * none).
   */
  private Optional<Place> afterPostcode(
      NameContext context, List<Found> found, boolean seatOfPostcode) {
    int next = 0;
    for (int i = 0; i < context.tokens.size(); i++) {
      if (!context.isPostcode(i)
          || context.inBlock(context.tokens.get(i).start(), AddressBlocks.Kind.CONTACT)) {
        continue;
      }
      while (next < found.size() && found.get(next).from <= i) {
        next++;
      }
      if (next < found.size()
          && found.get(next).from == i + 1
          && found.get(next).mention.entry().kind() == Kind.MUNICIPALITY) {
        return Optional.of(found.get(next).mention.entry().toPlace());
      }
      List<GazetteerEntry> seats = gazetteer.bySeatPostcode(context.tokens.get(i).text());
      boolean nameFollows =
          i + 1 < context.tokens.size()
              && context.tokens.get(i + 1).capitalised()
              && context.gapIsSpace(i, i + 1);
      if ((seatOfPostcode || context.opensShortLine(i)) && seats.size() == 1 && nameFollows) {
        return Optional.of(seats.get(0).toPlace());
      }
    }
    return Optional.empty();
  }

  private List<Found> found(String text, boolean address) {
    return found(new NameContext(text, TextTokens.of(text), AddressBlocks.of(text), address));
  }

  private static List<Found> municipalities(List<Found> found) {
    return found.stream().filter(f -> f.mention.entry().kind() == Kind.MUNICIPALITY).toList();
  }

  /** A name found in the text, with the context it stands in. */
  private record Found(
      Mention mention, int from, boolean afterIn, boolean nearDate, boolean inContact) {}

  /** A name of the gazetteer at tokens [from, to), not yet accepted. */
  private record Candidate(
      int from, int to, List<NameForm> forms, int start, int end, String surface) {}

  /**
   * Whether the text names, or may name, a place beyond this municipality, its Kreis and its Land:
   * an accepted name of another area; a name of one left unaccepted for want of context ("auf der
   * Burg Beeskow", "im Spreewaldmuseum Lübbenau"); the adjective of one ("Müllroser Seezauber",
   * "Havelländer Erntefest"), whatever its size. Ordinary words and street names ("Potsdamer
   * Platz") name no place here either. The test of a page whose venue is taken from its publisher:
   * any hint of another place, and the page says nothing about its own.
   */
  public boolean namesPlaceBeyond(GazetteerEntry municipality, String text) {
    NameContext context = new NameContext(text, TextTokens.of(text), AddressBlocks.of(text), false);
    Set<Integer> accepted = new HashSet<>();
    found(context).forEach(f -> accepted.add(f.from));
    for (Candidate c : candidates(context)) {
      boolean mayBePlace =
          accepted.contains(c.from) || (!isCommonWord(c) && !streetName(context, c));
      // a name the municipality shares with one of its districts is the district here: "Pankow"
      if (mayBePlace && noneWithin(c.forms, municipality)) {
        return true;
      }
    }
    for (int i = 0; i < context.tokens.size(); i++) {
      Token t = context.tokens.get(i);
      boolean street = i + 1 < context.tokens.size() && STREET_WORDS.contains(context.lower(i + 1));
      if (t.capitalised()
          && t.text().endsWith("er")
          && !street
          && adjectiveBeyond(t.text(), municipality)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word is the adjective of an area other than this one's: "Müllroser" (Müllrose),
   * "Lübbenauer", "Havelländer" (Havelland), "Sindelfinger" (Sindelfingen).
   */
  private boolean adjectiveBeyond(String word, GazetteerEntry municipality) {
    List<NameForm> forms = adjectiveForms(word);
    return !forms.isEmpty() && noneWithin(forms, municipality);
  }

  /**
   * The areas, districts included, whose adjective a word ending in "-er" may be, whatever their
   * size: the name with "-er", "-r" or "-ingen" to "-er" made, an umlaut added ("Havelländer");
   * none where the name is also an ordinary word ("Fischer" is no adjective of Fisch).
   */
  private List<NameForm> adjectiveForms(String word) {
    String stem = word.substring(0, word.length() - 2);
    List<String> bases = new ArrayList<>(List.of(stem, stem + "e", stem + "en"));
    int umlaut =
        Math.max(stem.lastIndexOf('ä'), Math.max(stem.lastIndexOf('ö'), stem.lastIndexOf('ü')));
    if (umlaut >= 0) {
      char plain = "aou".charAt("äöü".indexOf(stem.charAt(umlaut)));
      bases.add(stem.substring(0, umlaut) + plain + stem.substring(umlaut + 1));
    }
    List<NameForm> forms = new ArrayList<>();
    for (String base : bases) {
      if (base.length() < 3 || gazetteer.isCommonWord(base)) {
        continue;
      }
      gazetteer.formsWithDistricts(base).stream()
          .filter(f -> f.type().isName())
          .forEach(forms::add);
    }
    return forms;
  }

  /**
   * The municipality the headline's event is named after, "Müllroser Seezauber", "Tegeler
   * Hafenfest": an adjective before a capitalised word that only one municipality, or a district of
   * only one, can have given; none where it could also be a Kreis or Land's ("Havelländer
   * Erntefest" is somewhere in the Havelland) or a street's ("Potsdamer Platz").
   */
  private Optional<Place> namedAfter(String headline) {
    List<Token> tokens = TextTokens.of(headline);
    Set<GazetteerEntry> towns = new LinkedHashSet<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      String next = tokens.get(i + 1).text();
      if (!t.capitalised()
          || !t.text().endsWith("er")
          || !tokens.get(i + 1).capitalised()
          || STREET_WORDS.contains(next.toLowerCase(Locale.GERMAN))) {
        continue;
      }
      for (NameForm f : adjectiveForms(t.text())) {
        if (f.entry().kind() != Kind.MUNICIPALITY) {
          return Optional.empty();
        }
        towns.add(f.entry());
      }
    }
    return towns.size() == 1 ? Optional.of(towns.iterator().next().toPlace()) : Optional.empty();
  }

  private static boolean noneWithin(List<NameForm> forms, GazetteerEntry municipality) {
    return forms.stream().noneMatch(f -> MunicipalPortals.contains(f.entry(), municipality));
  }

  /** Every name of the gazetteer in the text, longest first at each word, accepted or not. */
  private List<Candidate> candidates(NameContext context) {
    List<Candidate> candidates = new ArrayList<>();
    int i = 0;
    while (i < context.tokens.size()) {
      Candidate c = longestMatch(context, i);
      if (c == null) {
        i++;
        continue;
      }
      candidates.add(c);
      i = c.to;
    }
    return candidates;
  }

  /** The accepted names of a text with their contexts, in text order. */
  private List<Found> found(NameContext context) {
    List<Candidate> candidates = candidates(context);
    int n = candidates.size();
    boolean[] accepted = new boolean[n];
    boolean[] listable = new boolean[n];
    for (int k = 0; k < n; k++) {
      Candidate c = candidates.get(k);
      accepted[k] = accepted(context, c, candidates, k);
      listable[k] = !isCommonWord(c) && !streetName(context, c);
    }
    // a lesser-known place in a list with an accepted place is a place too: both directions, whole
    // chains
    for (int k = 1; k < n; k++) {
      if (accepted[k - 1]
          && !accepted[k]
          && listable[k]
          && listGap(context, candidates.get(k - 1), candidates.get(k), false)
          && isMunicipality(candidates.get(k - 1))) {
        accepted[k] = true;
      }
    }
    for (int k = n - 2; k >= 0; k--) {
      // backwards only over "und": "Herr Gerhard Mainhardt, Karlsruhe" names a person and his town
      if (accepted[k + 1]
          && !accepted[k]
          && listable[k]
          && listGap(context, candidates.get(k), candidates.get(k + 1), true)
          && isMunicipality(candidates.get(k + 1))) {
        accepted[k] = true;
      }
    }
    List<Found> found = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      if (!accepted[k]) {
        continue;
      }
      Candidate c = candidates.get(k);
      GazetteerEntry entry = resolve(context, c, candidates, k);
      Mention m = new Mention(entry, c.start, c.end, context.text.substring(c.start, c.end));
      found.add(
          new Found(
              m,
              c.from,
              context.after(c.from, Set.of("in")),
              context.nearDate(c.from, c.to),
              context.inBlock(c.start, AddressBlocks.Kind.CONTACT)));
    }
    return found;
  }

  private static boolean listGap(
      NameContext context, Candidate a, Candidate b, boolean coordinating) {
    return context.listGap(a.to, a.end, b.from, b.start, coordinating);
  }

  private static boolean isMunicipality(Candidate c) {
    return c.forms.stream().anyMatch(f -> f.entry().kind() == Kind.MUNICIPALITY);
  }

  private boolean accepted(NameContext context, Candidate c, List<Candidate> all, int k) {
    if (streetName(context, c) || context.continuedInLowerCase(c.end)) {
      return false;
    }
    boolean common = isCommonWord(c);
    if (context.address || context.inBlock(c.start, AddressBlocks.Kind.VENUE)) {
      return !common
          || context.afterPostcode(c.from)
          || context.after(c.from, DESIGNATIONS)
          || context.aloneInSegment(c.start, c.end);
    }
    if (context.afterPostcode(c.from)) {
      return true;
    }
    if (common) {
      // "Stadt Senden", but not "Stadt Aus(sicht)": an ordinary word's genitive or adjective is no
      // place
      if (context.after(c.from, DESIGNATIONS)
          && c.forms.stream().anyMatch(f -> f.type().isName())) {
        return true;
      }
      if (context.after(c.from, Set.of("in")) && context.nearDate(c.from - 1, c.to)) {
        return true;
      }
      if (largest(c) >= LARGE_CITY
          && context.after(c.from, BIG_CITY_PREPOSITIONS)
          && !context.numberedAfter(c.to)) {
        return true;
      }
      return inRange(context, c, all, k);
    }
    if (context.after(c.from, DESIGNATIONS)) {
      return true;
    }
    if (c.to - c.from > 1 || c.forms.stream().anyMatch(gazetteer::isWellKnown)) {
      return true;
    }
    return context.after(c.from, PREPOSITIONS)
        || context.after(c.from, WEAK_DESIGNATIONS)
        || adjectiveAlsoWritten(context, c)
        || context.afterSmartCities(c.from)
        || context.inBrackets(c.start, c.end)
        || inRange(context, c, all, k);
  }

  /**
   * A name the text also writes as its adjective: "Lübbenauer Ostereiermesse ... Das
   * Spreewaldmuseum Lübbenau"; a word that merely looks like a small town's name seldom comes with
   * that town's adjective.
   */
  private static boolean adjectiveAlsoWritten(NameContext context, Candidate c) {
    if (c.to - c.from != 1 || c.forms.stream().noneMatch(f -> f.type().isName())) {
      return false;
    }
    for (String adjective : PlaceNameForms.adjectives(c.surface)) {
      if (context.hasWord(adjective)) {
        return true;
      }
    }
    return false;
  }

  /** "von Aalen bis Zwönitz": both ends of a range of places, when one end is no ordinary word. */
  private boolean inRange(NameContext context, Candidate c, List<Candidate> all, int k) {
    if (context.after(c.from, Set.of("von")) && k + 1 < all.size()) {
      Candidate other = all.get(k + 1);
      return other.from == c.to + 1
          && context.lower(c.to).equals("bis")
          && !(isCommonWord(c) && isCommonWord(other));
    }
    if (context.after(c.from, Set.of("bis")) && k > 0) {
      Candidate other = all.get(k - 1);
      return other.to == c.from - 1
          && context.after(other.from, Set.of("von"))
          && !(isCommonWord(c) && isCommonWord(other));
    }
    return false;
  }

  /** Whether the form as written is also an ordinary word; a name of several words never is. */
  private boolean isCommonWord(Candidate c) {
    return c.to - c.from == 1 && gazetteer.isCommonWord(c.surface);
  }

  /** An adjective form followed by a street word: "Potsdamer Platz", "Landsberger Allee". */
  private static boolean streetName(NameContext context, Candidate c) {
    boolean adjective =
        c.forms.stream()
            .allMatch(f -> f.type() == FormType.INFLECTED || f.type() == FormType.ALIAS_INFLECTED);
    return adjective && c.to < context.tokens.size() && STREET_WORDS.contains(context.lower(c.to));
  }

  private static long largest(Candidate c) {
    return c.forms.stream().mapToLong(NameForm::population).max().orElse(0);
  }

  private Candidate longestMatch(NameContext context, int from) {
    List<Token> tokens = context.tokens;
    if (!tokens.get(from).capitalised()) {
      return null;
    }
    PhraseIndex.Match<List<NameForm>> match = gazetteer.longestAt(tokens, from);
    if (match == null) {
      return null;
    }
    int to = from + match.length();
    return new Candidate(
        from,
        to,
        match.value(),
        tokens.get(from).start(),
        tokens.get(to - 1).end(),
        TextTokens.key(tokens, from, to));
  }

  private GazetteerEntry resolve(NameContext context, Candidate c, List<Candidate> all, int k) {
    boolean isName = c.forms.get(0).type().isName();
    // a Land keeps its name: "Brandenburg" is the Land, not Brandenburg an der Havel, "Berlin" both
    boolean landName =
        c.forms.stream().anyMatch(f -> f.type() == FormType.NAME && f.entry().kind() == Kind.LAND);
    List<GazetteerEntry> options =
        c.forms.stream()
            .filter(f -> landName ? f.type() == FormType.NAME : f.type().isName() == isName)
            .map(NameForm::entry)
            .toList();
    boolean kreisContext =
        c.from > 0 && KREIS_CONTEXT.contains(context.tokens.get(c.from - 1).text());
    Kind preferred = kreisContext ? Kind.KREIS : Kind.MUNICIPALITY;
    List<GazetteerEntry> ofKind = options.stream().filter(e -> e.kind() == preferred).toList();
    if (!ofKind.isEmpty()) {
      options = ofKind;
    } else if (!kreisContext && options.stream().allMatch(e -> e.kind() == Kind.KREIS)) {
      // "Oldenburg" is the name of a Landkreis but means the city "Oldenburg (Oldb)" unless
      // "Landkreis" precedes
      List<GazetteerEntry> cities =
          c.forms.stream()
              .filter(f -> f.type() == FormType.ALIAS)
              .map(NameForm::entry)
              .filter(e -> e.kind() == Kind.MUNICIPALITY)
              .toList();
      if (!cities.isEmpty()) {
        options = cities;
      }
    }
    if (options.size() == 1) {
      return options.get(0);
    }
    if (context.afterPostcode(c.from)) {
      return nearestSeat(options, context.tokens.get(c.from - 1).text());
    }
    if (context.after(c.from, DESIGNATIONS)) {
      // "Gemeinde Lichtenberg" is a municipality of that name, not the district of Berlin
      List<GazetteerEntry> named =
          c.forms.stream()
              .filter(f -> f.type() != FormType.DISTRICT)
              .map(NameForm::entry)
              .filter(options::contains)
              .toList();
      if (!named.isEmpty()) {
        options = named;
      }
    }
    Set<String> nearby = new LinkedHashSet<>();
    for (int j = k - 1; j >= 0 && c.start - all.get(j).start <= CONTEXT_WINDOW; j--) {
      addAreas(all.get(j), nearby);
    }
    for (int j = k + 1; j < all.size() && all.get(j).start - c.start <= CONTEXT_WINDOW; j++) {
      addAreas(all.get(j), nearby);
    }
    for (GazetteerEntry e : options) {
      if (nearby.contains(e.kreis()) || nearby.contains(e.land())) {
        return e;
      }
    }
    return options.get(0);
  }

  private static void addAreas(Candidate other, Set<String> nearby) {
    other.forms.stream()
        .map(NameForm::entry)
        .filter(e -> e.kind() != Kind.MUNICIPALITY)
        .forEach(e -> nearby.add(e.name()));
  }

  /**
   * The option whose seat's postcode shares the most leading digits with the written one, then is
   * nearest.
   */
  private static GazetteerEntry nearestSeat(List<GazetteerEntry> options, String postcode) {
    GazetteerEntry best = options.get(0);
    long bestScore = Long.MIN_VALUE;
    int written = Integer.parseInt(postcode);
    for (GazetteerEntry e : options) {
      if (e.postcode().isEmpty()) {
        continue;
      }
      int shared = 0;
      while (shared < 5 && e.postcode().charAt(shared) == postcode.charAt(shared)) {
        shared++;
      }
      long score = shared * 1_000_000L - Math.abs(Integer.parseInt(e.postcode()) - written);
      if (score > bestScore) {
        bestScore = score;
        best = e;
      }
    }
    return best;
  }
}
