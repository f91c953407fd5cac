package de.smartcitysearch.bench.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the municipalities of the Destatis register GV100AD (the derived TSV in the shared data).
 */
public final class MunicipalityRegister {

  /** The register file, relative to the shared folder. */
  public static final String FILE =
      "data/gazetteer-de/municipalities/gemeinden_gv100ad_2025-11-30.tsv";

  private MunicipalityRegister() {}

  /** All municipalities in file order, uninhabited ones included (population 0). */
  public static List<Municipality> load(Path sharedDir) {
    Path file = sharedDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new SharedDataException(file, "municipality register not found");
    }
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = reader.readLine();
      List<String> columns = header == null ? List.of() : Arrays.asList(header.split("\t", -1));
      int name = column(file, columns, "name");
      int land = column(file, columns, "bundesland");
      int population = column(file, columns, "einwohner");
      List<Municipality> municipalities = new ArrayList<>(11_000);
      String line;
      int lineNumber = 1;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length < columns.size()) {
          throw new SharedDataException(
              file,
              "line "
                  + lineNumber
                  + " has "
                  + cells.length
                  + " columns, expected "
                  + columns.size());
        }
        municipalities.add(
            new Municipality(
                baseName(cells[name]),
                cells[land],
                parsePopulation(file, lineNumber, cells[population])));
      }
      if (municipalities.isEmpty()) {
        throw new SharedDataException(file, "no municipalities in the register");
      }
      return municipalities;
    } catch (IOException e) {
      throw new SharedDataException(file, "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * The display name: the official name up to the first comma ("Darmstadt, Wissenschaftsstadt" ->
   * "Darmstadt").
   */
  static String baseName(String officialName) {
    int comma = officialName.indexOf(',');
    return (comma < 0 ? officialName : officialName.substring(0, comma)).strip();
  }

  private static int column(Path file, List<String> columns, String name) {
    int index = columns.indexOf(name);
    if (index < 0) {
      throw new SharedDataException(file, "column '" + name + "' missing in the header " + columns);
    }
    return index;
  }

  private static long parsePopulation(Path file, int lineNumber, String cell) {
    if (cell.isBlank()) {
      return 0;
    }
    try {
      return Long.parseLong(cell.strip());
    } catch (NumberFormatException e) {
      throw new SharedDataException(
          file, "line " + lineNumber + ": population '" + cell + "' is not a number");
    }
  }
}
