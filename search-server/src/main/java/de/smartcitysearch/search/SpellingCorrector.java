package de.smartcitysearch.search;

import de.smartcitysearch.analysis.TypoTolerantWord;
import de.smartcitysearch.index.EventSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * "Did you mean": respells the words of a query that the index does not contain with the closest words it does
 * contain (the index's own vocabulary, in the exact-spelling fields, so no compound parts are offered).
 */
final class SpellingCorrector {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{4,}");
  private static final List<String> FIELDS = List.of(EventSchema.TITLE_EXACT, EventSchema.BODY_EXACT);

  /**
   * How similar (1 - edits / length of the shorter word) a correction must be: 0.5 (Lucene's DirectSpellChecker
   * default) respelled "Schulen" as "schau" on the seed pages, two edits in a five-letter stem.
   */
  static final float MIN_SIMILARITY = 0.75f;

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
    return TypoTolerantWord.of(term, edits).closestTerm(reader, FIELDS, MIN_SIMILARITY);
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
