package de.smartcitysearch.enrich;

import de.smartcitysearch.enrich.GazetteerEntry.Kind;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The municipality whose own web portal published a page, read from the page's address.
 *
 * <p>German municipalities publish under their name in the {@code .de} zone: {@code www.berlin.de},
 * {@code kiel.de}, {@code www.stadt-koeln.de}, {@code gemeinde-lienen.de}, {@code bad-belzig.de},
 * with umlauts and ß transliterated ({@code muenchen.de}, {@code giessen.de}) or as an
 * internationalised name. The registrable name (the label before {@code .de}, without a {@code
 * stadt-}, {@code gemeinde-}, {@code markt-} or {@code hansestadt-} prefix) is looked up among the
 * names and everyday names of the register's municipalities; it counts only when exactly one
 * municipality is written so ({@code neuenkirchen.de} could be any of eleven, {@code frankfurt.de}
 * either Frankfurt) and, for a name that is also an ordinary word, only with a prefix ({@code
 * stadt-essen.de}, not {@code wald.de} or {@code essen.de}, which may belong to anyone).
 *
 * <p>A portal also lists events elsewhere, in a section named for the other place ({@code
 * www.berlin.de/tourismus/brandenburg/veranstaltungen/...}) or for the surroundings ({@code
 * /umland/}, {@code /ausflugsziele/}): a folder of the address that names another Land, Kreis or
 * municipality, or the surroundings, means the page is no evidence of its own town.
 *
 * <p>The lookup tables are built on first use, from the gazetteer given.
 */
final class MunicipalPortals {

  private static final List<String> PREFIXES =
      List.of("stadt-", "gemeinde-", "markt-", "hansestadt-");

  /** Folder names of a portal's sections on places around it. */
  private static final Set<String> ELSEWHERE_SECTIONS =
      Set.of("umland", "ausflug", "ausfluege", "ausflugsziele", "ausflugstipps", "umgebung");

  private final CityGazetteer gazetteer;
  private volatile Tables tables;

  /** Municipalities by the forms their names take in a host, and every area by the same forms. */
  private record Tables(
      Map<String, Set<GazetteerEntry>> municipalities,
      Set<String> commonWords,
      Map<String, Set<GazetteerEntry>> areas) {}

  MunicipalPortals(CityGazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The municipality whose portal the address belongs to, unless its folders say the page is about
   * somewhere else; empty for any other address, a malformed one or none.
   */
  Optional<GazetteerEntry> publisher(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    String host = uri.getHost();
    if (host == null
        || !("http".equalsIgnoreCase(uri.getScheme())
            || "https".equalsIgnoreCase(uri.getScheme()))) {
      return Optional.empty();
    }
    String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
    if (labels.length < 2 || !labels[labels.length - 1].equals("de")) {
      return Optional.empty();
    }
    String label;
    try {
      label = IDN.toUnicode(labels[labels.length - 2]);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    label = hostForm(label);
    boolean prefixed = false;
    for (String prefix : PREFIXES) {
      if (label.startsWith(prefix) && label.length() > prefix.length()) {
        label = label.substring(prefix.length());
        prefixed = true;
        break;
      }
    }
    Tables t = tables();
    Set<GazetteerEntry> found = t.municipalities().getOrDefault(label, Set.of());
    if (found.size() != 1 || (!prefixed && t.commonWords().contains(label))) {
      return Optional.empty();
    }
    GazetteerEntry municipality = found.iterator().next();
    return sectionElsewhere(uri.getRawPath(), municipality, t)
        ? Optional.empty()
        : Optional.of(municipality);
  }

  /** Whether a folder of the path names another area than the municipality's, or the environs. */
  private static boolean sectionElsewhere(String path, GazetteerEntry municipality, Tables t) {
    if (path == null) {
      return false;
    }
    String[] segments = path.split("/");
    // the last segment is the page itself, its name made from the title the text repeats
    for (int i = 0; i < segments.length - 1; i++) {
      String folder = hostForm(segments[i]);
      if (folder.isEmpty()) {
        continue;
      }
      if (ELSEWHERE_SECTIONS.contains(folder)) {
        return true;
      }
      for (GazetteerEntry area : t.areas().getOrDefault(folder, Set.of())) {
        if (!contains(area, municipality)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the area is the municipality itself or its Kreis or Land. */
  static boolean contains(GazetteerEntry area, GazetteerEntry municipality) {
    if (!area.ags().isEmpty() && !municipality.ags().isEmpty()) {
      return municipality.ags().startsWith(area.ags());
    }
    return switch (area.kind()) {
      case MUNICIPALITY -> area.equals(municipality);
      case KREIS -> area.name().equals(municipality.kreis());
      case LAND -> area.name().equals(municipality.land());
    };
  }

  private Tables tables() {
    Tables t = tables;
    if (t == null) {
      synchronized (this) {
        if (tables == null) {
          tables = build();
        }
        t = tables;
      }
    }
    return t;
  }

  private Tables build() {
    Map<String, Set<GazetteerEntry>> municipalities = new HashMap<>();
    Map<String, Set<GazetteerEntry>> areas = new HashMap<>();
    Set<String> commonWords = new HashSet<>();
    for (GazetteerEntry e : gazetteer.entries()) {
      for (String name : names(e)) {
        for (String form : hostForms(name)) {
          areas.computeIfAbsent(form, k -> new HashSet<>(2)).add(e);
          if (e.kind() == Kind.MUNICIPALITY) {
            municipalities.computeIfAbsent(form, k -> new HashSet<>(2)).add(e);
            if (gazetteer.isCommonWord(name)) {
              commonWords.add(form);
            }
          }
        }
      }
    }
    return new Tables(municipalities, commonWords, areas);
  }

  private static List<String> names(GazetteerEntry e) {
    if (e.aliases().isEmpty()) {
      return List.of(e.name());
    }
    List<String> names = new ArrayList<>(e.aliases().size() + 1);
    names.add(e.name());
    names.addAll(e.aliases());
    return names;
  }

  /** "Bad Belzig" as hosts write it: "bad-belzig" and "badbelzig"; "Gießen": "giessen". */
  private static Set<String> hostForms(String name) {
    String form = hostForm(name);
    return form.indexOf('-') < 0 ? Set.of(form) : Set.of(form, form.replace("-", ""));
  }

  /** Lower case, umlauts and ß transliterated, other accents dropped, anything else a hyphen. */
  static String hostForm(String name) {
    String s =
        name.toLowerCase(Locale.GERMAN)
            .replace("ä", "ae")
            .replace("ö", "oe")
            .replace("ü", "ue")
            .replace("ß", "ss");
    s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }
}
