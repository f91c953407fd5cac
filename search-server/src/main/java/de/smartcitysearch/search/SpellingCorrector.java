package de.smartcitysearch.search;

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
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": respells the words of a query that the index does not contain with the closest words it does
 * contain (the index's own vocabulary, in the exact-spelling fields, so no compound parts are offered).
 */
final class SpellingCorrector {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{4,}");
  private static final List<String> FIELDS = List.of(EventSchema.TITLE_EXACT, EventSchema.BODY_EXACT);

  /**
   * How similar (1 - edits / length) a correction must be: Lucene's default of 0.5 respelled "Schulen" as "schau"
   * on the seed pages, two edits in a five-letter stem.
   */
  static final float MIN_SIMILARITY = 0.75f;

  private final DirectSpellChecker checker = new DirectSpellChecker();
  private final Analyzer exactAnalyzer;

  SpellingCorrector(Analyzer exactAnalyzer) {
    this.exactAnalyzer = exactAnalyzer;
    checker.setAccuracy(MIN_SIMILARITY);
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
    List<String> terms = analyze(word);
    if (terms.size() != 1) {
      return null;
    }
    String term = terms.get(0);
    SuggestWord best = null;
    for (String field : FIELDS) {
      if (reader.docFreq(new Term(field, term)) > 0) {
        return null; // known word
      }
    }
    for (String field : FIELDS) {
      SuggestWord[] s =
          checker.suggestSimilar(new Term(field, term), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      if (s.length > 0 && (best == null || s[0].score > best.score
          || (s[0].score == best.score && s[0].freq > best.freq))) {
        best = s[0];
      }
    }
    return best == null ? null : best.string;
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
