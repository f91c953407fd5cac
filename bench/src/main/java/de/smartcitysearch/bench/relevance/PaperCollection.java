package de.smartcitysearch.bench.relevance;

import com.google.gson.JsonObject;
import de.smartcitysearch.bench.relevance.CouncilPapers.Paper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * karlsruhe-papers: the PDF texts of a random sample of council papers, each entering the product
 * as the Karlsruhe file texts do ({@code file_id} and {@code text}: the product titles it by its
 * first non-empty line, not by the paper's name). Query: the content words of the paper's name;
 * relevant: the texts of every sampled paper whose name contains all those words (usually just the
 * paper's own).
 */
final class PaperCollection {

  static final String NAME = "karlsruhe-papers";
  static final String NAME_WORDS = "name words";

  /**
   * Fewer words rarely name a paper ("Haushaltswirtschaftliche Sperre"); more read like its title
   * copied.
   */
  static final int MIN_QUERY_WORDS = 3;

  static final int MAX_QUERY_WORDS = 6;

  /**
   * Papers whose texts each stay within this many characters: 93 % of the texts but only 46 % of
   * the characters; the rest (budget plans, minutes of hundreds of pages) would dominate the
   * indexing time of the suite.
   */
  static final int MAX_TEXT_CHARS = 20_000;

  /**
   * Candidates drawn per wanted paper: 16 % of the papers have no text or a too long one, so two is
   * ample.
   */
  private static final int CANDIDATES_PER_PAPER = 2;

  /**
   * "Antrag CDU:", "Ergänzungsantrag GRÜNE:", "Anfrage der SPD-Fraktion:" say who asks, not what
   * about.
   */
  private static final Pattern REQUEST_PREFIX =
      Pattern.compile("^[^:]{0,40}?(antrag|anfrage)[^:]{0,40}:\\s*", Pattern.CASE_INSENSITIVE);

  private PaperCollection() {}

  static RelevanceCollection build(Path data, Path work, SuiteSize size, Random random)
      throws IOException {
    List<Paper> candidates =
        Sample.shuffled(CouncilPapers.load(data), random).stream()
            .filter(
                p ->
                    !p.fileIds().isEmpty()
                        && p.fileIds().size() <= QuerySet.MAX_RELEVANT
                        && queryWords(p).size() >= MIN_QUERY_WORDS)
            .limit((long) size.papers() * CANDIDATES_PER_PAPER)
            .toList();
    Set<String> wanted = new HashSet<>();
    candidates.forEach(p -> wanted.addAll(p.fileIds()));
    Map<String, String> texts = CouncilPapers.texts(data, wanted);
    List<Paper> sample =
        candidates.stream()
            .filter(
                p ->
                    p.fileIds().stream().anyMatch(texts::containsKey)
                        && p.fileIds().stream()
                            .allMatch(
                                f ->
                                    !texts.containsKey(f)
                                        || texts.get(f).length() <= MAX_TEXT_CHARS))
            .limit(size.papers())
            .toList();

    Path file = work.resolve("paper-texts.jsonl");
    int documents = 0;
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Paper p : sample) {
        for (String id : p.fileIds()) {
          if (texts.containsKey(id)) {
            JsonObject record = new JsonObject();
            record.addProperty("file_id", id);
            record.addProperty("text", texts.get(id));
            out.write(record + "\n");
            documents++;
          }
        }
      }
    }
    List<Set<String>> names = sample.stream().map(p -> Words.foldedSet(p.name())).toList();
    QuerySet queries = new QuerySet(sample.size());
    for (Paper p : sample) {
      List<String> words = queryWords(p);
      Set<String> relevant = new HashSet<>();
      for (int i = 0; i < sample.size(); i++) {
        if (Words.containsAll(names.get(i), words)) {
          sample.get(i).fileIds().stream().filter(texts::containsKey).forEach(relevant::add);
        }
      }
      queries.offer(NAME_WORDS, String.join(" ", words), relevant);
    }
    return new RelevanceCollection(
        NAME,
        documents
            + " PDF texts of "
            + sample.size()
            + " council papers (file_id + text, titled by their first line)",
        List.of(file),
        null,
        documents,
        queries.queries(),
        null);
  }

  /** The first content words of the paper's name, without a request's "Antrag CDU:" prefix. */
  static List<String> queryWords(Paper p) {
    List<String> words = Words.content(REQUEST_PREFIX.matcher(p.name()).replaceFirst(""));
    return words.size() <= MAX_QUERY_WORDS ? words : words.subList(0, MAX_QUERY_WORDS);
  }
}
