package de.smartcitysearch.enrich;

import de.smartcitysearch.enrich.GazetteerEntry.Kind;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the official Destatis Gemeindeverzeichnis in its fixed-width GV100AD format.
 *
 * <p>Each line is one record of 220 characters; the record type ("Satzart") comes first: 10 = Land,
 * 40 = Kreis, 60 = Gemeinde (20, 30 and 50 are Regierungsbezirk, Region and Gemeindeverband, not
 * needed here). Positions are characters, not bytes: the file is UTF-8 since Sorbic names were
 * added. Municipalities keep their own AGS, so the eleven "Neuenkirchen" stay eleven entries. Names
 * are the official ones without their suffix ("Kiel, Landeshauptstadt" is "Kiel"); {@link
 * CityGazetteer} adds the everyday forms.
 */
public final class GazetteerLoader {

  private static final int SATZART_LAND = 10;
  private static final int SATZART_KREIS = 40;
  private static final int SATZART_GEMEINDE = 60;
  private static final int MIN_LENGTH = 150;
  private static final int POSTCODE_END = 170;

  private GazetteerLoader() {}

  /** All Länder, Kreise and municipalities of the file, in file order. */
  public static List<GazetteerEntry> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new GazetteerFormatException(file + ": not a readable file");
    }
    Map<String, String> laender = new HashMap<>();
    Map<String, String> kreise = new HashMap<>();
    List<GazetteerEntry> entries = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        if (line.length() < MIN_LENGTH
            || !Character.isDigit(line.charAt(0))
            || !Character.isDigit(line.charAt(1))) {
          throw new GazetteerFormatException(
              file
                  + ": line "
                  + lineNo
                  + " is not a GV100AD record (expected a fixed-width line of 220 characters)");
        }
        int satzart = Integer.parseInt(line.substring(0, 2));
        String landKey = line.substring(10, 12);
        String name = displayName(line.substring(22, 72));
        switch (satzart) {
          case SATZART_LAND -> {
            laender.put(landKey, name);
            entries.add(new GazetteerEntry(Kind.LAND, name, name, landKey, "", 0, "", List.of()));
          }
          case SATZART_KREIS -> {
            String kreisKey = line.substring(10, 15);
            kreise.put(kreisKey, name);
            entries.add(
                new GazetteerEntry(
                    Kind.KREIS,
                    name,
                    land(laender, landKey, file, lineNo),
                    kreisKey,
                    "",
                    0,
                    "",
                    List.of()));
          }
          case SATZART_GEMEINDE -> {
            // AGS: Land, Regierungsbezirk, Kreis (10-15) and Gemeinde (15-18); 18-22 is the
            // Gemeindeverband
            String ags = line.substring(10, 18);
            long population = number(line.substring(139, 150), file, lineNo);
            entries.add(
                new GazetteerEntry(
                    Kind.MUNICIPALITY,
                    name,
                    land(laender, landKey, file, lineNo),
                    ags,
                    kreise.getOrDefault(line.substring(10, 15), ""),
                    population,
                    postcode(line),
                    List.of()));
          }
          default -> {} // Regierungsbezirke, Regionen, Gemeindeverbände: not facets
        }
      }
    } catch (CharacterCodingException e) {
      throw new GazetteerFormatException(file + ": not UTF-8 text", e);
    } catch (IOException e) {
      throw new GazetteerFormatException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
    if (laender.isEmpty()) {
      throw new GazetteerFormatException(
          file + ": no Land records (Satzart 10) found, not a GV100AD file");
    }
    return entries;
  }

  /**
   * "Kiel, Landeshauptstadt" -> "Kiel": the official suffix after the first comma is not part of
   * the name.
   */
  static String displayName(String field) {
    String name = field.strip();
    int comma = name.indexOf(',');
    return comma < 0 ? name : name.substring(0, comma).strip();
  }

  /**
   * The seat's postcode: five digits at 166-170 (followed by "*****" where the municipality has
   * several).
   */
  private static String postcode(String line) {
    if (line.length() < POSTCODE_END) {
      return "";
    }
    String plz = line.substring(POSTCODE_END - 5, POSTCODE_END);
    return plz.chars().allMatch(c -> c >= '0' && c <= '9') ? plz : "";
  }

  private static String land(Map<String, String> laender, String key, Path file, int lineNo) {
    String land = laender.get(key);
    if (land == null) {
      throw new GazetteerFormatException(
          file + ": line " + lineNo + " refers to Land " + key + " before its record");
    }
    return land;
  }

  private static long number(String field, Path file, int lineNo) {
    String digits = field.strip();
    if (digits.isEmpty()) {
      return 0;
    }
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw new GazetteerFormatException(
          file + ": line " + lineNo + " has a non-numeric population '" + digits + "'");
    }
  }
}
