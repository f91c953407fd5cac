package de.smartcitysearch.bench.corpus;

import com.google.gson.JsonElement;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Real agenda item names of the Karlsruhe council meetings, for the titles of council sessions. */
public final class AgendaItems {

  /**
   * The meetings (gzip JSON lines with {@code agendaItems[].name}), relative to the shared folder.
   */
  public static final String MEETINGS = "data/karlsruhe-oparl/meetings.jsonl.gz";

  /**
   * Standing items that say nothing about a session ("Mitteilungen der Verwaltung",
   * "Verschiedenes").
   */
  private static final List<String> ROUTINE_PREFIXES =
      List.of(
          "mitteilung",
          "bekanntgabe",
          "anfrage",
          "anträge",
          "antrag",
          "verschiedenes",
          "mündliche",
          "fragen",
          "anregungen",
          "bürgerfragestunde",
          "annahme des angebots",
          "bauanträge",
          "tagesordnung",
          "genehmigung",
          "protokoll",
          "niederschrift");

  private AgendaItems() {}

  /** The distinct telling agenda item names in file order. */
  public static List<String> load(Path sharedDir) {
    Path file = sharedDir.resolve(MEETINGS);
    Set<String> names = new LinkedHashSet<>();
    GzipJsonLines.read(
        file,
        meeting -> {
          JsonElement items = meeting.get("agendaItems");
          if (items != null && items.isJsonArray()) {
            for (JsonElement item : items.getAsJsonArray()) {
              if (item.isJsonObject()) {
                String name =
                    GzipJsonLines.string(item.getAsJsonObject(), "name")
                        .strip()
                        .replaceAll("\\s+", " ");
                if (isTelling(name)) {
                  names.add(name);
                }
              }
            }
          }
          return true;
        });
    if (names.isEmpty()) {
      throw new SharedDataException(file, "no agenda items found");
    }
    return List.copyOf(names);
  }

  /** Whether the item names a concrete matter that would make sense in another city too. */
  static boolean isTelling(String name) {
    if (name.length() < 25 || name.length() > 160 || !Character.isUpperCase(name.charAt(0))) {
      return false;
    }
    String lower = name.toLowerCase(Locale.GERMAN);
    if (lower.contains("karlsruhe")
        || lower.contains("nichtöffentlich")
        || lower.contains("nicht öffentlich")
        || name.equals(name.toUpperCase(Locale.GERMAN))) {
      return false;
    }
    return ROUTINE_PREFIXES.stream().noneMatch(lower::startsWith) && name.split(" ").length >= 3;
  }
}
