package de.smartcitysearch.search;

import de.smartcitysearch.analysis.TypoTolerantWord;
import de.smartcitysearch.index.EventSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
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
 * "Did you mean": respells the words of a query that the index does not contain with the closest words it does
 * contain (the index's own vocabulary, in the exact-spelling fields, so no compound parts are offered), written
 * as the pages write them.
 */
final class SpellingCorrector {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{4,}");
  private static final List<String> FIELDS = List.of(EventSchema.TITLE_EXACT, EventSchema.BODY_EXACT);

  /**
   * How similar (1 - edits / length of the shorter word) a correction must be: 0.5 (Lucene's DirectSpellChecker
   * default) respelled "Schulen" as "schau" on the seed pages, two edits in a five-letter stem.
   */
  static final float MIN_SIMILARITY = 0.75f;

  /** How many occurrences of a correction are looked at to find how the pages write it. */
  private static final int WRITTEN_FORMS = 20;
  private static final LevenshteinDistance SIMILARITY = new LevenshteinDistance();

  private final Analyzer exactAnalyzer;

  SpellingCorrector(Analyzer exactAnalyzer) {
    this.exactAnalyzer = exactAnalyzer;
  }

  /** The query with unknown words respelled, or null when every word is known or nothing better exists. */
  String correct(String query, IndexReader reader) throws IOException {
    StringBuilder out = new StringBuilder();
    Matcher m = WORD.matcher(query);
    int last = 0;
    boolean changed = false;
    while (m.find()) {
      out.append(query, last, m.start());
      String replacement = respell(m.group(), reader);
      changed |= replacement != null;
      out.append(replacement != null ? replacement : m.group());
      last = m.end();
    }
    out.append(query.substring(last));
    return changed ? out.toString() : null;
  }

  private String respell(String word, IndexReader reader) throws IOException {
    int edits = TypoTolerantWord.editsFor(word);
    List<String> terms = analyze(word);
    if (edits == 0 || terms.size() != 1) {
      return null;
    }
    String term = terms.get(0);
    for (String field : FIELDS) {
      if (reader.docFreq(new Term(field, term)) > 0) {
        return null; // known word
      }
    }
    // the same automata as the typo-tolerant retry of this search: built once for both
    String closest = TypoTolerantWord.of(term, edits).closestTerm(reader, FIELDS, MIN_SIMILARITY);
    return closest == null ? null : asWritten(closest, word, reader);
  }

  /**
   * The indexed term as the pages write it ("Bürgerbeteiligung", not the analysed "burgerbeteiligung"): of its
   * first {@value #WRITTEN_FORMS} occurrences, cut out of the stored text at the offsets the exact-spelling field
   * keeps, the one closest to what the visitor typed (the term also stands for "Bürgerbeteiligungen").
   */
  private static String asWritten(String term, String typed, IndexReader reader) throws IOException {
    BytesRef bytes = new BytesRef(term);
    String best = term;
    float bestSimilarity = -1;
    int seen = 0;
    for (String field : FIELDS) {
      String stored = field.substring(0, field.length() - EventSchema.EXACT_SUFFIX.length());
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(field);
        TermsEnum te = terms == null ? null : terms.iterator();
        if (te == null || !te.seekExact(bytes)) {
          continue;
        }
        PostingsEnum postings = te.postings(null, PostingsEnum.OFFSETS);
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS && seen < WRITTEN_FORMS;
            doc = postings.nextDoc()) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          String text = leaf.reader().storedFields().document(doc, Set.of(stored)).get(stored);
          for (int i = 0; i < postings.freq() && seen < WRITTEN_FORMS && text != null; i++) {
            postings.nextPosition();
            if (postings.startOffset() >= 0 && postings.endOffset() <= text.length()) {
              String written = text.substring(postings.startOffset(), postings.endOffset());
              float similarity = SIMILARITY.getDistance(typed.toLowerCase(Locale.GERMAN),
                  written.toLowerCase(Locale.GERMAN));
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

  private List<String> analyze(String word) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = exactAnalyzer.tokenStream(EventSchema.BODY_EXACT, word)) {
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
