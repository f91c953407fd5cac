package de.smartcitysearch.search;

import de.smartcitysearch.analysis.TypoTolerantWord;
import de.smartcitysearch.index.EventSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.spell.LevenshteinDistance;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Takes a word the index does not contain for the indexed word the visitor meant ("Kongres" for
 * "Kongress"), written as the pages write it; a word the index contains is never respelled.
 *
 * <p>Candidates come from the index's own vocabulary in the exact-spelling fields (so no compound
 * part is offered), within one edit (two from eight letters on) of the typed word, compared both as
 * the analysis stems it and as typed: the light stemmer cuts "Kongres" to "kongr", three edits from
 * "kongress", but "kongres" is one.
 */
final class SpellingCorrector {

  private static final List<String> TEXT_FIELDS = EventSchema.TEXT_FIELDS;
  private static final List<String> EXACT_FIELDS =
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
  private static final int WRITTEN_FORMS = 20;

  private static final LevenshteinDistance SIMILARITY = new LevenshteinDistance();

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

  SpellingCorrector(Analyzer exactAnalyzer) {
    this.exactAnalyzer = exactAnalyzer;
  }

  /**
   * The word the visitor meant by {@code typed}, as the pages write it; null when the index
   * contains the word (or any of its parts, for a hyphenated word), when it is too short, or when
   * no indexed word is clearly meant.
   */
  String correct(String typed, IndexReader reader) throws IOException {
    String word = trimPunctuation(typed);
    int edits = TypoTolerantWord.editsFor(word);
    if (edits == 0 || !word.codePoints().allMatch(Character::isLetter)) {
      return null; // numbers, codes and hyphenated names are taken as typed
    }
    List<String> terms = analyze(exactAnalyzer, word);
    if (terms.size() != 1 || known(terms.get(0), reader)) {
      return null;
    }
    TypoTolerantWord.Neighbour best = null;
    for (String form : new LinkedHashSet<>(List.of(terms.get(0), analyze(folding, word).get(0)))) {
      TypoTolerantWord.Neighbour n =
          TypoTolerantWord.of(form, edits).closestTerm(reader, EXACT_FIELDS, MIN_SIMILARITY);
      if (n != null
          && (best == null
              || n.similarity() > best.similarity()
              || (n.similarity() == best.similarity() && n.docFreq() > best.docFreq()))) {
        best = n;
      }
    }
    if (best == null
        || !best.isClearAndFrequent(
            word.length() < TypoTolerantWord.SHORT_LENGTH ? SHORT_WORD_MIN_PAGES : 1)) {
      return null;
    }
    return asWritten(best.term(), word, reader);
  }

  /** True when a page has this analysed term, as a word or as a part of a compound. */
  private static boolean known(String term, IndexReader reader) throws IOException {
    for (String field : TEXT_FIELDS) {
      if (reader.docFreq(new Term(field, term)) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The indexed term as the pages write it ("Bürgerbeteiligung", not the analysed
   * "burgerbeteiligung"): of its first {@value #WRITTEN_FORMS} occurrences, cut out of the stored
   * text at the offsets the exact-spelling field keeps, the one closest to what the visitor typed
   * (the term also stands for "Bürgerbeteiligungen").
   */
  private static String asWritten(String term, String typed, IndexReader reader)
      throws IOException {
    BytesRef bytes = new BytesRef(term);
    String best = term;
    float bestSimilarity = -1;
    int seen = 0;
    for (String field : EXACT_FIELDS) {
      String stored = field.substring(0, field.length() - EventSchema.EXACT_SUFFIX.length());
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(field);
        TermsEnum te = terms == null ? null : terms.iterator();
        if (te == null || !te.seekExact(bytes)) {
          continue;
        }
        PostingsEnum postings = te.postings(null, PostingsEnum.OFFSETS);
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = postings.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS && seen < WRITTEN_FORMS;
            doc = postings.nextDoc()) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          String text = leaf.reader().storedFields().document(doc, Set.of(stored)).get(stored);
          for (int i = 0; i < postings.freq() && seen < WRITTEN_FORMS && text != null; i++) {
            postings.nextPosition();
            if (postings.startOffset() >= 0 && postings.endOffset() <= text.length()) {
              String written = text.substring(postings.startOffset(), postings.endOffset());
              float similarity =
                  SIMILARITY.getDistance(
                      typed.toLowerCase(Locale.GERMAN), written.toLowerCase(Locale.GERMAN));
              if (similarity > bestSimilarity) {
                best = written;
                bestSimilarity = similarity;
              }
              seen++;
            }
          }
        }
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
