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
 * <p>{@link #builtIn()} is the list shipped with the product ({@code gazetteer-de.txt}: all Länder and
 * Kreise, the larger municipalities and those named in the seed pages); {@link #load(Path)} reads the
 * full official register (Destatis GV100AD) instead. Names that several municipalities share stay
 * separate entries; {@link CityRecognizer} chooses between them by context.
 */
public final class CityGazetteer {

  /** How a written form relates to its entry; lower ranks are stronger evidence. */
  public enum FormType { NAME, ALIAS, INFLECTED, ALIAS_INFLECTED }

  /** A written form of an entry's name. */
  public record NameForm(GazetteerEntry entry, FormType type) {}

  private static final String BUILT_IN = "gazetteer-de.txt";
  private static volatile CityGazetteer builtIn;

  /** Below this population a name of the full register is often an ordinary word ("Wissen", "Stelle"). */
  static final long WELL_KNOWN_POPULATION = 20_000;

  private final List<GazetteerEntry> entries;
  private final Set<GazetteerEntry> wellKnown;
  private final PhraseIndex<List<NameForm>> forms = new PhraseIndex<>();
  private final Map<String, GazetteerEntry> laender = new HashMap<>();

  private CityGazetteer(List<GazetteerEntry> entries, Set<GazetteerEntry> wellKnown) {
    this.entries = List.copyOf(entries);
    this.wellKnown = wellKnown;
    for (GazetteerEntry e : this.entries) {
      add(e.name(), e, FormType.NAME);
      e.aliases().forEach(alias -> add(alias, e, FormType.ALIAS));
      if (e.kind() != Kind.KREIS) {
        PlaceNameForms.inflectedForms(e.name()).forEach(form -> add(form, e, FormType.INFLECTED));
        e.aliases().forEach(alias ->
            PlaceNameForms.inflectedForms(alias).forEach(form -> add(form, e, FormType.ALIAS_INFLECTED)));
      }
      if (e.kind() == Kind.LAND) {
        laender.put(e.name(), e);
      }
    }
    // Stronger forms first, then the more populous entry, then a kreisfreie Stadt before a smaller town of
    // the same name (the built-in list has no population); the sort is stable, so file order breaks ties.
    Comparator<NameForm> order = Comparator.<NameForm>comparingInt(f -> f.type().ordinal())
        .thenComparing(f -> -f.entry().population())
        .thenComparing(f -> f.entry().name().equals(f.entry().kreis()) ? 0 : 1);
    forms.values().forEach(list -> list.sort(order));
  }

  /** A gazetteer of the given entries. */
  public static CityGazetteer of(List<GazetteerEntry> entries) {
    return new CityGazetteer(entries, wellKnownOf(entries));
  }

  /** The list shipped with the product. */
  public static CityGazetteer builtIn() {
    CityGazetteer g = builtIn;
    if (g == null) {
      synchronized (CityGazetteer.class) {
        if (builtIn == null) {
          List<GazetteerEntry> list = readBuiltIn();
          builtIn = new CityGazetteer(list, Set.copyOf(list));
        }
        g = builtIn;
      }
    }
    return g;
  }

  /** The full official register from a Destatis GV100AD file; see {@link GazetteerLoader}. */
  public static CityGazetteer load(Path gv100ad) {
    return of(GazetteerLoader.read(gv100ad));
  }

  /**
   * Whether a municipality is known well enough to be recognised without a place context: every entry of
   * the built-in list is; of a loaded register, the Länder, Kreise, municipalities of at least
   * {@value #WELL_KNOWN_POPULATION} inhabitants and those the built-in list also names.
   */
  public boolean isWellKnown(GazetteerEntry entry) {
    return wellKnown.contains(entry);
  }

  private static Set<GazetteerEntry> wellKnownOf(List<GazetteerEntry> entries) {
    Set<String> builtInNames = new HashSet<>();
    for (GazetteerEntry e : builtIn().entries()) {
      builtInNames.add(e.land() + "/" + e.name());
      e.aliases().forEach(a -> builtInNames.add(e.land() + "/" + a));
    }
    Set<GazetteerEntry> known = new HashSet<>();
    for (GazetteerEntry e : entries) {
      boolean listed = builtInNames.contains(e.land() + "/" + e.name())
          || e.aliases().stream().anyMatch(a -> builtInNames.contains(e.land() + "/" + a));
      if (e.kind() != Kind.MUNICIPALITY || e.population() >= WELL_KNOWN_POPULATION || listed) {
        known.add(e);
      }
    }
    return Set.copyOf(known);
  }

  /** Every entry, in source order. */
  public List<GazetteerEntry> entries() {
    return entries;
  }

  /** The entries written exactly as {@code key} (words joined by single spaces), strongest first. */
  public List<NameForm> forms(String key) {
    List<NameForm> list = forms.get(key);
    return list == null ? List.of() : list;
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
    String key = TextTokens.key(name);
    if (key.isEmpty()) {
      return;
    }
    List<NameForm> list = forms.computeIfAbsent(key, ArrayList::new);
    for (NameForm f : list) {
      if (f.entry() == entry) {
        return;
      }
    }
    list.add(new NameForm(entry, type));
  }

  private static List<GazetteerEntry> readBuiltIn() {
    try (InputStream in = CityGazetteer.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException("resource " + BUILT_IN + " missing from the class path");
      }
      return parseBuiltIn(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the built-in format: "LAND:code|name|ags|aliases", "[code]" sections, "K:", "S:", "M:" lines. */
  static List<GazetteerEntry> parseBuiltIn(BufferedReader reader) throws IOException {
    Map<String, String> landNames = new HashMap<>();
    List<GazetteerEntry> entries = new ArrayList<>();
    String land = null;
    String line;
    int lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      line = line.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        land = landNames.get(line.substring(1, line.length() - 1));
        if (land == null) {
          throw new GazetteerFormatException(BUILT_IN + ": line " + lineNo + ": unknown Land " + line);
        }
        continue;
      }
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw new GazetteerFormatException(BUILT_IN + ": line " + lineNo + ": expected KIND:Name");
      }
      String kind = line.substring(0, colon);
      String[] f = (line.substring(colon + 1) + "|||").split("\\|", -1);
      if (kind.equals("LAND")) {
        landNames.put(f[0], f[1]);
        entries.add(new GazetteerEntry(Kind.LAND, f[1], f[1], f[2], "", 0, aliases(f[3])));
        continue;
      }
      if (land == null) {
        throw new GazetteerFormatException(BUILT_IN + ": line " + lineNo + ": entry outside a [Land] section");
      }
      String name = f[0].strip();
      List<String> aliases = new ArrayList<>(aliases(f[2]));
      PlaceNameForms.shortNames(name).forEach(s -> {
        if (!aliases.contains(s)) {
          aliases.add(s);
        }
      });
      switch (kind) {
        case "K" -> entries.add(new GazetteerEntry(Kind.KREIS, name, land, f[1], "", 0, aliases));
        case "S", "M" -> entries.add(new GazetteerEntry(Kind.MUNICIPALITY, name, land, f[1],
            kind.equals("S") ? name : "", 0, aliases));
        default -> throw new GazetteerFormatException(BUILT_IN + ": line " + lineNo + ": unknown kind " + kind);
      }
    }
    return entries;
  }

  private static List<String> aliases(String field) {
    List<String> list = new ArrayList<>();
    for (String a : field.split(";")) {
      if (!a.isBlank()) {
        list.add(a.strip());
      }
    }
    return list;
  }
}
