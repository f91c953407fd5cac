package de.smartcitysearch.search;

import de.smartcitysearch.analysis.TypoTolerantWord;
import de.smartcitysearch.analysis.TypoTolerantWord.Neighbour;
import de.smartcitysearch.index.EventSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.search.spell.LevenshteinDistance;

/**
 * Takes a word the index does not contain for the indexed word the visitor meant ("Kongres" for
 * "Kongress"), written as the pages write it; a word the index contains is never respelled.
 *
 * <p>Candidates come from the index's own vocabulary in the exact-spelling fields (so no compound
 * part is offered), within one edit (two from eight letters on) of the typed word, compared both as
 * the analysis stems it and as typed: the light stemmer cuts "Kongres" to "kongr", three edits from
 * "kongress", but "kongres" is one. Each engine finds the candidates its own way ({@link
 * Vocabulary}); which one is meant is decided here, for both.
 */
public final class SpellingCorrector {

  /** The exact-spelling fields whose vocabulary corrections come from. */
  public static final List<String> EXACT_FIELDS =
      List.of(EventSchema.TITLE_EXACT, EventSchema.TEASER_EXACT, EventSchema.BODY_EXACT);

  /**
   * How similar (1 - edits / length of the shorter word) a correction must be: 0.5 (Lucene's
   * DirectSpellChecker default) respelled "Schulen" as "schau" on the seed pages, two edits in a
   * five-letter stem.
   */
  static final float MIN_SIMILARITY = 0.75f;

  /**
   * A word shorter than {@link TypoTolerantWord#SHORT_LENGTH} is corrected only to a word in this
   * many pages.
   */
  static final int SHORT_WORD_MIN_PAGES = 3;

  /** How many occurrences of a correction are looked at to find how the pages write it. */
  public static final int WRITTEN_FORMS = 20;

  private static final LevenshteinDistance SIMILARITY = new LevenshteinDistance();

  /** What an engine's index tells the corrector about its words. */
  public interface Vocabulary {

    /** True when a page has this analysed term, as a word or as a part of a compound. */
    boolean contains(String term) throws IOException;

    /**
     * The terms of the {@link #EXACT_FIELDS} within {@code maxEdits} edits of {@code form} (the
     * first letter kept), each with its document frequency in each field that has it.
     */
    List<Neighbour> near(String form, int maxEdits) throws IOException;

    /**
     * How the pages write this exact-spelling term: its first {@value #WRITTEN_FORMS} occurrences
     * as they stand in the text.
     */
    List<String> written(String term) throws IOException;
  }

  private final Analyzer exactAnalyzer;
  private final Analyzer folding =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          Tokenizer source = new KeywordTokenizer();
          return new TokenStreamComponents(
              source, new GermanNormalizationFilter(new LowerCaseFilter(source)));
        }
      };

  /** A corrector analysing typed words as the exact-spelling fields do. */
  public SpellingCorrector(Analyzer exactAnalyzer) {
    this.exactAnalyzer = exactAnalyzer;
  }

  /**
   * The word the visitor meant by {@code typed}, as the pages write it; null when the index
   * contains the word (or any of its parts, for a hyphenated word), when it is too short, or when
   * no indexed word is clearly meant.
   */
  public String correct(String typed, Vocabulary vocabulary) throws IOException {
    String word = trimPunctuation(typed);
    int edits = TypoTolerantWord.editsFor(word);
    if (edits == 0 || !word.codePoints().allMatch(Character::isLetter)) {
      return null; // numbers, codes and hyphenated names are taken as typed
    }
    List<String> terms = analyze(exactAnalyzer, word);
    if (terms.size() != 1 || vocabulary.contains(terms.get(0))) {
      return null;
    }
    Choice best = null;
    for (String form : new LinkedHashSet<>(List.of(terms.get(0), analyze(folding, word).get(0)))) {
      Choice c = closest(form, edits, vocabulary.near(form, edits));
      if (c != null
          && (best == null
              || c.similarity() > best.similarity()
              || (c.similarity() == best.similarity() && c.docFreq() > best.docFreq()))) {
        best = c;
      }
    }
    int minPages = word.length() < TypoTolerantWord.SHORT_LENGTH ? SHORT_WORD_MIN_PAGES : 1;
    if (best == null || !best.isClearAndFrequent(minPages)) {
      return null;
    }
    return asWritten(best.term(), word, vocabulary.written(best.term()));
  }

  /**
   * The candidate closest to the word (fewest edits, then most documents), if it is at least {@link
   * #MIN_SIMILARITY} similar; null when there is none.
   *
   * @param form the analysed word
   * @param maxEdits how many edits are tolerated
   * @param near the candidates, a term once per field that has it
   */
  static Choice closest(String form, int maxEdits, List<Neighbour> near) {
    Map<String, Integer> docFreqs = new LinkedHashMap<>();
    for (Neighbour n : near) {
      docFreqs.merge(n.term(), n.docFreq(), Math::max); // the same term in another field
    }
    int formLength = form.codePointCount(0, form.length());
    Choice best = null;
    List<Choice> all = new ArrayList<>();
    for (Map.Entry<String, Integer> e : docFreqs.entrySet()) {
      String term = e.getKey();
      if (term.isEmpty() || form.isEmpty() || term.codePointAt(0) != form.codePointAt(0)) {
        continue; // typos start after the first letter (TypoTolerantWord.PREFIX_LENGTH)
      }
      int edits = EditDistance.of(form, term);
      if (edits > maxEdits) {
        continue;
      }
      float similarity =
          1f - (float) edits / Math.min(term.codePointCount(0, term.length()), formLength);
      if (similarity < MIN_SIMILARITY) {
        continue;
      }
      Choice c = new Choice(term, similarity, e.getValue(), 0);
      all.add(c);
      if (best == null
          || c.similarity() > best.similarity()
          || (c.similarity() == best.similarity() && c.docFreq() > best.docFreq())) {
        best = c;
      }
    }
    if (best == null) {
      return null;
    }
    int rival = 0;
    for (Choice c : all) {
      if (c != best && c.similarity() == best.similarity()) {
        rival = Math.max(rival, c.docFreq());
      }
    }
    return new Choice(best.term(), best.similarity(), best.docFreq(), rival);
  }

  /**
   * An indexed term close to the typed word, with what is needed to judge whether it is the word
   * the visitor meant.
   *
   * @param term the indexed term
   * @param similarity {@code 1 - edits / length of the shorter word}
   * @param docFreq in how many documents the term occurs (the largest of the fields)
   * @param rivalDocFreq the largest document frequency of another term equally close, 0 when there
   *     is none
   */
  record Choice(String term, float similarity, int docFreq, int rivalDocFreq) {

    /**
     * True when the term is the obvious reading of the word: in at least {@code minDocFreq}
     * documents and at least twice as frequent as any other term equally close ("Kongres" ->
     * "Kongress", not one of two rare words).
     */
    boolean isClearAndFrequent(int minDocFreq) {
      return docFreq >= minDocFreq && docFreq >= 2 * rivalDocFreq;
    }
  }

  /**
   * The indexed term as the pages write it ("Bürgerbeteiligung", not the analysed
   * "burgerbeteiligung"): of its occurrences, the one closest to what the visitor typed (the term
   * also stands for "Bürgerbeteiligungen"); the term itself when none is known.
   */
  static String asWritten(String term, String typed, List<String> written) {
    String best = term;
    float bestSimilarity = -1;
    String lower = typed.toLowerCase(Locale.GERMAN);
    for (String w : written) {
      float similarity = SIMILARITY.getDistance(lower, w.toLowerCase(Locale.GERMAN));
      if (similarity > bestSimilarity) {
        best = w;
        bestSimilarity = similarity;
      }
    }
    return best;
  }

  private static String trimPunctuation(String typed) {
    int start = 0;
    int end = typed.length();
    while (start < end && !Character.isLetterOrDigit(typed.codePointAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(typed.codePointBefore(end))) {
      end--;
    }
    return typed.substring(start, end);
  }

  private static List<String> analyze(Analyzer analyzer, String word) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(EventSchema.BODY_EXACT, word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }
}
