package de.smartcitysearch.enrich;

import de.smartcitysearch.enrich.GazetteerEntry.Kind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The compact form of the official municipality register that ships with the product ({@code
 * municipalities.tsv}, written by {@link RegisterBuilder}): UTF-8, tab-separated, one record a
 * line.
 *
 * <pre>
 * L  AGS(2)  name                          a Land
 * K  AGS(5)  name                          a Kreis or kreisfreie Stadt
 * G  AGS(8)  name  population  postcode    a municipality (its Land and Kreis follow from its AGS)
 * T  AGS(8)  name  population              a district of that municipality ("Kreuzberg" of Berlin)
 * W  form                                  a written form of a name that is also an ordinary word
 * </pre>
 *
 * <p>Lines starting with "#" are comments (the source and its licence).
 */
final class ShippedRegister {

  /** The entries in register order, the districts and the forms that are ordinary words. */
  record Contents(
      List<GazetteerEntry> entries, List<District> districts, Set<String> commonWordForms) {}

  /**
   * A named part of a municipality, as pages name venues in big cities ("Stadtteilfest in
   * Lichtenberg").
   *
   * @param ags the municipality's AGS
   * @param name the district's name
   * @param population its inhabitants, to weigh it against municipalities of the same name
   */
  record District(String ags, String name, long population) {}

  private ShippedRegister() {}

  static void write(Contents register, List<String> comments, Writer out) throws IOException {
    for (String comment : comments) {
      out.write("# " + comment + "\n");
    }
    for (GazetteerEntry e : register.entries()) {
      switch (e.kind()) {
        case LAND -> out.write("L\t" + e.ags() + "\t" + e.name() + "\n");
        case KREIS -> out.write("K\t" + e.ags() + "\t" + e.name() + "\n");
        case MUNICIPALITY ->
            out.write(
                "G\t"
                    + e.ags()
                    + "\t"
                    + e.name()
                    + "\t"
                    + e.population()
                    + "\t"
                    + e.postcode()
                    + "\n");
      }
    }
    for (District d : register.districts()) {
      out.write("T\t" + d.ags() + "\t" + d.name() + "\t" + d.population() + "\n");
    }
    for (String form : register.commonWordForms()) {
      out.write("W\t" + form + "\n");
    }
  }

  /**
   * Reads the register.
   *
   * @param name what to call the source in error messages
   * @throws GazetteerFormatException naming the line of a malformed record
   */
  static Contents read(BufferedReader in, String name) throws IOException {
    Map<String, String> laender = new HashMap<>();
    Map<String, String> kreise = new HashMap<>();
    List<GazetteerEntry> entries = new ArrayList<>(12_000);
    List<District> districts = new ArrayList<>();
    Set<String> words = new LinkedHashSet<>();
    String line;
    int lineNo = 0;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      switch (f[0]) {
        case "L" -> {
          fields(f, 3, name, lineNo);
          laender.put(f[1], f[2]);
          entries.add(new GazetteerEntry(Kind.LAND, f[2], f[2], f[1], "", 0, "", List.of()));
        }
        case "K" -> {
          fields(f, 3, name, lineNo);
          kreise.put(f[1], f[2]);
          entries.add(
              new GazetteerEntry(
                  Kind.KREIS, f[2], land(laender, f[1], name, lineNo), f[1], "", 0, "", List.of()));
        }
        case "G" -> {
          fields(f, 5, name, lineNo);
          String ags = f[1];
          if (ags.length() != 8) {
            throw new GazetteerFormatException(
                name + ": line " + lineNo + ": AGS '" + ags + "' is not 8 digits");
          }
          long population = number(f[3], name, lineNo);
          entries.add(
              new GazetteerEntry(
                  Kind.MUNICIPALITY,
                  f[2],
                  land(laender, ags, name, lineNo),
                  ags,
                  kreise.getOrDefault(ags.substring(0, 5), ""),
                  population,
                  f[4],
                  List.of()));
        }
        case "T" -> {
          fields(f, 4, name, lineNo);
          districts.add(new District(f[1], f[2], number(f[3], name, lineNo)));
        }
        case "W" -> {
          fields(f, 2, name, lineNo);
          words.add(f[1]);
        }
        default ->
            throw new GazetteerFormatException(
                name + ": line " + lineNo + ": unknown record '" + f[0] + "'");
      }
    }
    return new Contents(entries, districts, words);
  }

  private static long number(String field, String name, int lineNo) {
    try {
      return Long.parseLong(field);
    } catch (NumberFormatException e) {
      throw new GazetteerFormatException(
          name + ": line " + lineNo + ": population '" + field + "' is no number");
    }
  }

  private static void fields(String[] f, int n, String name, int lineNo) {
    if (f.length != n) {
      throw new GazetteerFormatException(
          name + ": line " + lineNo + ": expected " + n + " fields, found " + f.length);
    }
  }

  private static String land(Map<String, String> laender, String ags, String name, int lineNo) {
    String land = ags.length() < 2 ? null : laender.get(ags.substring(0, 2));
    if (land == null) {
      throw new GazetteerFormatException(
          name + ": line " + lineNo + ": no Land record for AGS " + ags);
    }
    return land;
  }
}
