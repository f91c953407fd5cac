package de.smartcitysearch.bench.relevance;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import de.smartcitysearch.bench.corpus.GzipJsonLines;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The Karlsruhe council papers of the shared data and the texts of their PDF files. */
final class CouncilPapers {

  static final String PAPERS = "karlsruhe-oparl/papers.jsonl.gz";
  static final String TEXTS = "karlsruhe-oparl/file_texts.jsonl.gz";

  /** How every line of the texts file begins; a line that does not is parsed in full. */
  private static final String FILE_ID_START = "{\"file_id\": \"";

  /**
   * One paper.
   *
   * @param id its OParl id
   * @param name its name ("Antrag CDU: Knotenpunkt Grezzo-/Fröbel-/Eisenbahnstraße, Einrichtung
   *     eines Kreisverkehrs")
   * @param fileIds its PDF files, which join to the texts by {@code file_id}
   */
  record Paper(String id, String name, List<String> fileIds) {}

  private CouncilPapers() {}

  /** Every paper with a name, in file order. */
  static List<Paper> load(Path data) {
    List<Paper> papers = new ArrayList<>();
    GzipJsonLines.read(
        data.resolve(PAPERS),
        p -> {
          String name = GzipJsonLines.string(p, "name").strip();
          List<String> files = new ArrayList<>();
          JsonElement ids = p.get("fileIds");
          if (ids != null && ids.isJsonArray()) {
            for (JsonElement id : ids.getAsJsonArray()) {
              files.add(id.getAsString());
            }
          }
          if (!name.isEmpty()) {
            papers.add(new Paper(GzipJsonLines.string(p, "id"), name, List.copyOf(files)));
          }
          return true;
        });
    return List.copyOf(papers);
  }

  /** The texts of these files, by file id; files whose text is empty or blank are left out. */
  static Map<String, String> texts(Path data, Set<String> fileIds) {
    Path file = data.resolve(TEXTS);
    Map<String, String> texts = new HashMap<>();
    int[] lineNumber = {0};
    GzipJsonLines.lines(
        file,
        line -> {
          lineNumber[0]++;
          String id = quickFileId(line);
          if (!line.isBlank() && (id == null || fileIds.contains(id))) {
            JsonObject record = GzipJsonLines.parse(file, lineNumber[0], line);
            String text = GzipJsonLines.string(record, "text");
            if (fileIds.contains(GzipJsonLines.string(record, "file_id")) && !text.isBlank()) {
              texts.put(GzipJsonLines.string(record, "file_id"), text);
            }
          }
          return texts.size() < fileIds.size();
        });
    return texts;
  }

  /**
   * The file id read from the start of the line without parsing it (38,000 texts, 290 M
   * characters), or null.
   */
  private static String quickFileId(String line) {
    if (!line.startsWith(FILE_ID_START)) {
      return null;
    }
    int end = line.indexOf('"', FILE_ID_START.length());
    return end < 0 ? null : line.substring(FILE_ID_START.length(), end);
  }
}
