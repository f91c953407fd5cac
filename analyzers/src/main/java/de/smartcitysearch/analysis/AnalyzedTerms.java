package de.smartcitysearch.analysis;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/** The terms an analyzer makes of a short text, in order (for query building). */
final class AnalyzedTerms {

  private AnalyzedTerms() {}

  static List<String> of(Analyzer analyzer, String text) {
    return AnalyzedToken.of(analyzer, text).stream().map(AnalyzedToken::term).toList();
  }
}
