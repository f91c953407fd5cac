package de.smartcitysearch.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;

/**
 * The German analysis of this product: the compound-splitting index analyzer and the exact analyzer.
 *
 * <p>PROVISIONAL: this first version delegates to Lucene's stock {@link GermanAnalyzer} so the other
 * modules can build against the API; the compound-splitting chain replaces it in the analysis issue.
 */
public final class GermanAnalysis {

  private final Analyzer index = new GermanAnalyzer();
  private final Analyzer exact = new GermanAnalyzer();

  private GermanAnalysis() {}

  /** The analysis with the built-in vocabulary. */
  public static GermanAnalysis defaults() {
    return new GermanAnalysis();
  }

  /** Analyzer for running text at index time: splits compounds, keeps the whole word. */
  public Analyzer indexAnalyzer() {
    return index;
  }

  /** Analyzer without compound splitting, for the field that lets the exact spelling rank first. */
  public Analyzer exactAnalyzer() {
    return exact;
  }
}
