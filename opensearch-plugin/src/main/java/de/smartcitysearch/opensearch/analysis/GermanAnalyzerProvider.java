package de.smartcitysearch.opensearch.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;

/**
 * Gives an index one of the shared German analyzers behind a view of its own.
 *
 * <p>OpenSearch closes an index's analyzers when the index closes. The German analyzers are shared
 * by all indexes of the node, so each index gets a wrapper: closing it frees only the wrapper's
 * per-thread token streams and leaves the shared analyzer working.
 */
final class GermanAnalyzerProvider extends AbstractIndexAnalyzerProvider<Analyzer> {

  private final Analyzer analyzer;

  GermanAnalyzerProvider(
      IndexSettings indexSettings, String name, Settings settings, Analyzer shared) {
    super(indexSettings, name, settings);
    this.analyzer = new IndexOwnedView(shared);
  }

  @Override
  public Analyzer get() {
    return analyzer;
  }

  /**
   * Delegates every analysis step (char filter, tokenizer, filters, normalization, gaps) to the
   * shared analyzer.
   */
  private static final class IndexOwnedView extends AnalyzerWrapper {
    private final Analyzer shared;

    IndexOwnedView(Analyzer shared) {
      super(shared.getReuseStrategy());
      this.shared = shared;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
      return shared;
    }
  }
}
