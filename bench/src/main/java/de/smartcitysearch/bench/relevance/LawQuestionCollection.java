package de.smartcitysearch.bench.relevance;

import com.google.gson.JsonObject;
import de.smartcitysearch.bench.relevance.LawSections.Section;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * law-questions (full run only): a random sample of federal law sections as pages (title: the
 * section's heading; text: the section, as split from the law), and questions "Was regelt das
 * {Gesetz} zu {Überschrift}?" asked with the law's full title. Relevant: that section. Only
 * sections whose heading words name no other sampled section are asked about, so the page answers
 * the question by itself although it does not carry the law's title.
 *
 * <p>It mirrors the external measurement of DESIGN.md 6a (natural-language questions over ~20,000
 * paragraphs): most words of such a question are not on the page that answers it.
 */
final class LawQuestionCollection {

  static final String NAME = "law-questions";
  static final String KIND = "Was regelt das {Gesetz} zu {Überschrift}?";

  /**
   * Headings are short; the few long ones ("Ermächtigung zum Erlass von ...") are cut like a typed
   * question.
   */
  private static final int MAX_HEADING_WORDS = 6;

  private LawQuestionCollection() {}

  static RelevanceCollection build(Path data, Path work, SuiteSize size, Random random)
      throws IOException {
    List<Section> sections = LawSections.sample(data, size.lawSections(), random);
    Path file = work.resolve("law-sections.jsonl");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Section s : sections) {
        JsonObject page = new JsonObject();
        page.addProperty("id", s.id());
        page.addProperty("title", s.heading());
        page.addProperty("text", s.text());
        out.write(page + "\n");
      }
    }
    List<Set<String>> headings = sections.stream().map(x -> Words.foldedSet(x.heading())).toList();
    Map<String, List<Integer>> headingsWith =
        new HashMap<>(); // folded word -> sections whose heading has it
    for (int i = 0; i < headings.size(); i++) {
      for (String w : headings.get(i)) {
        headingsWith.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
      }
    }
    QuerySet questions = new QuerySet(size.lawQuestions());
    for (Section s : Sample.shuffled(sections, random)) {
      // "§ 27a" names no matter: only words without digits are asked
      List<String> words =
          Words.content(s.heading()).stream()
              .filter(w -> w.chars().noneMatch(Character::isDigit))
              .toList();
      if (words.isEmpty()) {
        continue;
      }
      List<String> asked = words.subList(0, Math.min(words.size(), MAX_HEADING_WORDS));
      long named =
          headingsWith.get(Words.fold(asked.getFirst())).stream()
              .filter(i -> Words.containsAll(headings.get(i), asked))
              .count();
      if (named == 1) {
        questions.offer(
            KIND,
            "Was regelt "
                + article(s.lawTitle())
                + " "
                + s.lawTitle()
                + " zu "
                + String.join(" ", asked)
                + "?",
            Set.of(s.id()));
      }
    }
    return new RelevanceCollection(
        NAME,
        sections.size()
            + " federal law sections of "
            + LawSections.MIN_WORDS
            + "–"
            + LawSections.MAX_WORDS
            + " words (JSON Lines: id, title = heading, text = section)",
        List.of(file),
        null,
        sections.size(),
        questions.queries(),
        null);
  }

  /**
   * "die" for a title led by a feminine word (Verordnung, Bekanntmachung, or an ordinal before one:
   * "Zweite Verordnung"), else "das" (Gesetz, Abkommen, "Zweites Gesetz").
   */
  static String article(String lawTitle) {
    String first = Words.of(lawTitle).isEmpty() ? "" : Words.of(lawTitle).getFirst();
    return first.endsWith("ung") || first.endsWith("e") ? "die" : "das";
  }
}
