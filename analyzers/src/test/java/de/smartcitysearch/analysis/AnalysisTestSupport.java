package de.smartcitysearch.analysis;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/** Helpers shared by the analysis tests: run an analyzer and collect its tokens. */
final class AnalysisTestSupport {

  private AnalysisTestSupport() {}

  static List<AnalyzedToken> tokens(Analyzer analyzer, String text) {
    return AnalyzedToken.of(analyzer, text);
  }

  static List<String> terms(Analyzer analyzer, String text) {
    return AnalyzedToken.terms(analyzer, text);
  }
}
