package de.smartcitysearch.bench.relevance;

import com.google.gson.JsonObject;
import de.smartcitysearch.bench.relevance.LawSections.Section;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * law-questions (full run only): a random sample of federal law sections as pages (title: the section heading; text:
 * the law's title and abbreviation, then the section), and questions "Was regelt das {Gesetz} zu {Überschrift}?".
 * Relevant: the sampled sections of that law whose heading contains every heading word asked (usually one).
 *
 * <p>It mirrors the external measurement of DESIGN.md 6a (natural-language questions over ~20,000 paragraphs).
 */
final class LawQuestionCollection {

  static final String NAME = "law-questions";
  static final String KIND = "Was regelt das {Gesetz} zu {Überschrift}?";
  /** Headings are short; the few long ones ("Ermächtigung zum Erlass von ...") are cut like a typed question. */
  private static final int MAX_HEADING_WORDS = 6;

  private LawQuestionCollection() {}

  static RelevanceCollection build(Path data, Path work, SuiteSize size, Random random) throws IOException {
    List<Section> sections = LawSections.sample(data, size.lawSections(), random);
    Path file = work.resolve("law-sections.jsonl");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Section s : sections) {
        JsonObject page = new JsonObject();
        page.addProperty("id", s.id());
        page.addProperty("title", s.heading());
        page.addProperty("text", s.lawTitle() + " (" + s.abbreviation() + ")\n\n" + s.text());
        out.write(page + "\n");
      }
    }
    Map<String, List<Section>> byLaw = sections.stream().collect(Collectors.groupingBy(Section::law));
    QuerySet questions = new QuerySet(size.lawQuestions());
    for (Section s : Sample.shuffled(sections, random)) {
      List<String> words = Words.content(s.heading());
      if (words.isEmpty()) {
        continue;
      }
      List<String> asked = words.subList(0, Math.min(words.size(), MAX_HEADING_WORDS));
      Set<String> relevant = byLaw.get(s.law()).stream()
          .filter(x -> Words.containsAll(Words.foldedSet(x.heading()), asked))
          .map(Section::id).collect(Collectors.toSet());
      questions.offer(KIND, "Was regelt " + article(s.lawTitle()) + " " + s.lawTitle() + " zu " + String.join(" ", asked)
          + "?", relevant);
    }
    return new RelevanceCollection(NAME,
        sections.size() + " federal law sections of " + LawSections.MIN_WORDS + "–" + LawSections.MAX_WORDS
            + " words (JSON Lines: id, title = heading, text = law title + section)",
        List.of(file), null, sections.size(), questions.queries(), null);
  }

  /**
   * "die" for a title led by a feminine word (Verordnung, Bekanntmachung, or an ordinal before one: "Zweite
   * Verordnung"), else "das" (Gesetz, Abkommen, "Zweites Gesetz").
   */
  static String article(String lawTitle) {
    String first = Words.of(lawTitle).isEmpty() ? "" : Words.of(lawTitle).getFirst();
    return first.endsWith("ung") || first.endsWith("e") ? "die" : "das";
  }
}
