package de.smartcitysearch.enrich;

import de.smartcitysearch.enrich.GazetteerEntry.Kind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The German Länder, Kreise and municipalities with every form their names are written in.
 *
 * <p>{@link #builtIn()} is the whole official register (Destatis GV100AD, 10,953 municipalities),
 * shipped in a compact form ({@code municipalities.tsv}, see {@link ShippedRegister} and {@link
 * RegisterBuilder}); {@link #load(Path)} reads a GV100AD file instead (a newer edition, say). Names
 * that several municipalities share stay separate entries, told apart by their AGS; {@link
 * CityRecognizer} chooses between them by context. Districts of cities come from GeoNames
 * ("Lichtenberg" is a part of Berlin and a village in Saxony). Everyday names come from the
 * official ones ("Frankfurt" for "Frankfurt am Main") and from {@code place-aliases.txt}; names
 * that are also ordinary words ("Senden", "Essen", "Wald") are marked by the register's data
 * ({@link CommonWordForms}) and by hand ({@code place-ambiguous-words.txt}).
 */
public final class CityGazetteer {

  /** How a written form relates to its entry; names are stronger evidence than inflected forms. */
  public enum FormType {
    NAME,
    ALIAS,
    INFLECTED,
    ALIAS_INFLECTED,
    DISTRICT;

    /**
     * The official or an everyday name of the entry or of a part of it, not a genitive or
     * adjective.
     */
    public boolean isName() {
      return this != INFLECTED && this != ALIAS_INFLECTED;
    }
  }

  /**
   * A written form of an entry's name, or of a district of it.
   *
   * @param population the inhabitants of what the form names (a district's own), to choose among
   *     namesakes
   */
  public record NameForm(GazetteerEntry entry, FormType type, long population) {}

  private static final String REGISTER = "municipalities.tsv";
  private static final Map<String, List<String>> ALIASES = readAliases();
  private static final Set<String> AMBIGUOUS_BY_HAND =
      Set.copyOf(ResourceLines.read("place-ambiguous-words.txt"));
  private static volatile CityGazetteer builtIn;

  /** From this size on a municipality is known well enough to be recognised by its name alone. */
  static final long WELL_KNOWN_POPULATION = 20_000;

  private final List<GazetteerEntry> entries;
  private final List<ShippedRegister.District> districts;
  private final Set<String> commonWordForms;
  private final PhraseIndex<List<NameForm>> forms = new PhraseIndex<>();
  private final Map<String, GazetteerEntry> laender = new HashMap<>();
  private final Map<String, List<GazetteerEntry>> bySeatPostcode = new HashMap<>();

  private CityGazetteer(
      List<GazetteerEntry> officialEntries,
      List<ShippedRegister.District> districts,
      Set<String> commonWordForms) {
    this.entries = withEverydayNames(officialEntries);
    this.districts = List.copyOf(districts);
    Set<String> words = new HashSet<>(commonWordForms);
    words.addAll(AMBIGUOUS_BY_HAND);
    this.commonWordForms = Set.copyOf(words);
    for (GazetteerEntry e : this.entries) {
      add(e.name(), e, FormType.NAME);
      e.aliases().forEach(alias -> add(alias, e, FormType.ALIAS));
      // genitives and adjectives of the well-known places only: "Kieler", "Berlins"; a small town's
      // adjective
      // could only count in a place context, which an adjective never has ("in Lienener" is no
      // German)
      if (e.kind() != Kind.KREIS && isWellKnown(e)) {
        PlaceNameForms.inflectedForms(e.name()).forEach(form -> add(form, e, FormType.INFLECTED));
        e.aliases()
            .forEach(
                alias ->
                    PlaceNameForms.inflectedForms(alias)
                        .forEach(form -> add(form, e, FormType.ALIAS_INFLECTED)));
      }
      if (e.kind() == Kind.LAND) {
        laender.put(e.name(), e);
      }
      if (e.kind() == Kind.MUNICIPALITY && !e.postcode().isEmpty()) {
        bySeatPostcode.computeIfAbsent(e.postcode(), k -> new ArrayList<>(1)).add(e);
      }
    }
    Map<String, GazetteerEntry> byAgs = new HashMap<>();
    this.entries.forEach(e -> byAgs.put(e.ags(), e));
    for (ShippedRegister.District d : districts) {
      GazetteerEntry municipality = byAgs.get(d.ags());
      if (municipality != null) {
        add(d.name(), municipality, FormType.DISTRICT, d.population());
      }
    }
    // Names before inflected forms, then the more populous entry (an everyday name of a city before
    // the same
    // official name of a village: "Halle" is Halle (Saale) before Halle in Holzminden), then a
    // kreisfreie Stadt
    // before a smaller town of the same name; the sort is stable, so register order breaks ties.
    Comparator<NameForm> order =
        Comparator.<NameForm>comparingInt(f -> f.type().isName() ? 0 : 1)
            .thenComparing(f -> -f.population())
            .thenComparing(f -> f.entry().name().equals(f.entry().kreis()) ? 0 : 1)
            .thenComparing(f -> f.type().ordinal());
    forms
        .values()
        .forEach(
            list -> {
              if (list.size() > 1) {
                list.sort(order);
              }
            });
  }

  /**
   * A gazetteer of the given entries, with the shipped register's knowledge of which names are
   * words.
   */
  public static CityGazetteer of(List<GazetteerEntry> entries) {
    return new CityGazetteer(entries, builtIn().districts, builtIn().commonWordForms);
  }

  /**
   * A gazetteer that knows no name to be an ordinary word but those marked by hand: the register
   * tool's view.
   */
  static CityGazetteer withoutCommonWords(
      List<GazetteerEntry> entries, List<ShippedRegister.District> districts) {
    return new CityGazetteer(entries, districts, Set.of());
  }

  /** The official register shipped with the product. */
  public static CityGazetteer builtIn() {
    CityGazetteer g = builtIn;
    if (g == null) {
      synchronized (CityGazetteer.class) {
        if (builtIn == null) {
          ShippedRegister.Contents register = readRegister();
          builtIn =
              new CityGazetteer(
                  register.entries(), register.districts(), register.commonWordForms());
        }
        g = builtIn;
      }
    }
    return g;
  }

  /** The official register from a Destatis GV100AD file; see {@link GazetteerLoader}. */
  public static CityGazetteer load(Path gv100ad) {
    return of(GazetteerLoader.read(gv100ad));
  }

  /**
   * Whether an area is known well enough to be recognised without a place context: every Land and
   * Kreis, and municipalities of at least {@value #WELL_KNOWN_POPULATION} inhabitants.
   */
  public boolean isWellKnown(GazetteerEntry entry) {
    return entry.kind() != Kind.MUNICIPALITY || entry.population() >= WELL_KNOWN_POPULATION;
  }

  /**
   * Whether a form names its area well enough to count without a place context: never a district's
   * name.
   */
  boolean isWellKnown(NameForm form) {
    return form.type() != FormType.DISTRICT && isWellKnown(form.entry());
  }

  /**
   * Whether a written form (as in the text, "Senden", "Essens") is also an ordinary German word.
   */
  public boolean isCommonWord(String form) {
    if (commonWordForms.contains(form)) {
      return true;
    }
    // the genitive of an ordinary word is one too: "Essens" as much as "Essen"
    return form.length() > 2
        && form.endsWith("s")
        && commonWordForms.contains(form.substring(0, form.length() - 1));
  }

  /** Every entry, in register order. */
  public List<GazetteerEntry> entries() {
    return entries;
  }

  /**
   * The entries written exactly as {@code key} (words joined by single spaces), strongest first;
   * the names of districts are left out (they name a part, not the whole: "Kreuzberg" is no name of
   * Berlin).
   */
  public List<NameForm> forms(String key) {
    List<NameForm> list = forms.get(key);
    if (list == null) {
      return List.of();
    }
    return list.stream().allMatch(f -> f.type() != FormType.DISTRICT)
        ? list
        : list.stream().filter(f -> f.type() != FormType.DISTRICT).toList();
  }

  /** {@link #forms} with the districts. */
  List<NameForm> formsWithDistricts(String key) {
    List<NameForm> list = forms.get(key);
    return list == null ? List.of() : list;
  }

  /** Every written form the gazetteer knows. */
  Iterable<String> formKeys() {
    return forms.keys();
  }

  /**
   * The municipalities whose seat has this postcode (most have one, big cities have many and list
   * their first).
   */
  List<GazetteerEntry> bySeatPostcode(String postcode) {
    return bySeatPostcode.getOrDefault(postcode, List.of());
  }

  /** The longest name starting at word {@code from} of the tokens, or null. */
  PhraseIndex.Match<List<NameForm>> longestAt(List<TextTokens.Token> tokens, int from) {
    return forms.longestAt(tokens, from);
  }

  /** The Land of that name. */
  public Optional<GazetteerEntry> land(String name) {
    return Optional.ofNullable(laender.get(name));
  }

  private void add(String name, GazetteerEntry entry, FormType type) {
    add(name, entry, type, entry.population());
  }

  private void add(String name, GazetteerEntry entry, FormType type, long population) {
    String key = TextTokens.key(name);
    if (key.isEmpty()) {
      return;
    }
    List<NameForm> list = forms.computeIfAbsent(key, () -> new ArrayList<>(1));
    for (NameForm f : list) {
      if (f.entry() == entry) {
        return;
      }
    }
    list.add(new NameForm(entry, type, population));
  }

  /** The entries with their short names ("Frankfurt") and the aliases written by hand. */
  private static List<GazetteerEntry> withEverydayNames(List<GazetteerEntry> official) {
    List<GazetteerEntry> out = new ArrayList<>(official.size());
    for (GazetteerEntry e : official) {
      List<String> aliases = new ArrayList<>(e.aliases());
      for (String alias : PlaceNameForms.shortNames(e.name())) {
        if (!aliases.contains(alias)) {
          aliases.add(alias);
        }
      }
      for (String alias : ALIASES.getOrDefault(e.ags(), List.of())) {
        if (!aliases.contains(alias)) {
          aliases.add(alias);
        }
      }
      out.add(
          aliases.equals(e.aliases())
              ? e
              : new GazetteerEntry(
                  e.kind(),
                  e.name(),
                  e.land(),
                  e.ags(),
                  e.kreis(),
                  e.population(),
                  e.postcode(),
                  aliases));
    }
    return List.copyOf(out);
  }

  private static ShippedRegister.Contents readRegister() {
    try (InputStream in = CityGazetteer.class.getResourceAsStream(REGISTER)) {
      if (in == null) {
        throw new IllegalStateException("resource " + REGISTER + " missing from the class path");
      }
      return ShippedRegister.read(
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16), REGISTER);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "AGS = alias; alias" lines. */
  private static Map<String, List<String>> readAliases() {
    Map<String, List<String>> map = new HashMap<>();
    for (String line : ResourceLines.read("place-aliases.txt")) {
      String[] f = line.split("=", 2);
      if (f.length != 2) {
        throw new GazetteerFormatException(
            "place-aliases.txt: expected 'AGS = alias; alias' in: " + line);
      }
      List<String> aliases = new ArrayList<>();
      for (String a : f[1].split(";")) {
        if (!a.isBlank()) {
          aliases.add(a.strip());
        }
      }
      map.put(f[0].strip(), List.copyOf(aliases));
    }
    return Map.copyOf(map);
  }
}
