package de.smartcitysearch.bench.relevance;

import de.smartcitysearch.bench.corpus.GzipJsonLines;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/** Sections of the federal laws in the shared data, split at their markdown headings. */
final class LawSections {

  static final String FILE = "gesetze-bund/gesetze_bund_2022-03-26.jsonl.gz";

  /** A heading of level 2 to 6 starts a section; level 1 is the law's own title. */
  private static final Pattern HEADING = Pattern.compile("\n#{2,6} ");

  /**
   * Shorter sections are repealed stubs ("(weggefallen)") and bare headings; longer ones whole
   * annexes.
   */
  static final int MIN_WORDS = 20;

  static final int MAX_WORDS = 2000;

  /**
   * One section.
   *
   * @param id "law-{slug}-{n}", n counting the law's sections from 1
   * @param lawTitle the law's title ("Investitionszulagengesetz 1996")
   * @param heading the heading ("§ 2 Art der Investitionen")
   * @param text the text under the heading
   */
  record Section(String id, String lawTitle, String heading, String text) {}

  private record Numbered(long number, Section section) {}

  private LawSections() {}

  /**
   * A uniform random sample of the sections of {@value #MIN_WORDS} to {@value #MAX_WORDS} words
   * (reservoir sampling over the file, so only the sample is held in memory), in file order.
   */
  static List<Section> sample(Path data, int size, Random random) {
    List<Numbered> reservoir = new ArrayList<>(size);
    long[] seen = {0};
    GzipJsonLines.read(
        data.resolve(FILE),
        law -> {
          String title = GzipJsonLines.string(law, "title").strip();
          if (title.isEmpty()) {
            return true; // a handful of laws have no title to ask by
          }
          String[] parts = HEADING.split(GzipJsonLines.string(law, "markdown"));
          for (int i = 1;
              i < parts.length;
              i++) { // parts[0] is the title block before the first section
            int newline = parts[i].indexOf('\n');
            String heading = (newline < 0 ? parts[i] : parts[i].substring(0, newline)).strip();
            String text = newline < 0 ? "" : parts[i].substring(newline + 1).strip();
            int words = Words.of(text).size();
            if (words < MIN_WORDS || words > MAX_WORDS) {
              continue;
            }
            Section s =
                new Section(
                    "law-" + GzipJsonLines.string(law, "slug") + "-" + i, title, heading, text);
            long n = seen[0]++;
            if (n < size) {
              reservoir.add(new Numbered(n, s));
            } else {
              long slot = random.nextLong(n + 1);
              if (slot < size) {
                reservoir.set((int) slot, new Numbered(n, s));
              }
            }
          }
          return true;
        });
    return reservoir.stream()
        .sorted(Comparator.comparingLong(Numbered::number))
        .map(Numbered::section)
        .toList();
  }
}
