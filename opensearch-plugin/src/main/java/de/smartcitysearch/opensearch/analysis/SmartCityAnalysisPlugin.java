package de.smartcitysearch.opensearch.analysis;

import de.smartcitysearch.analysis.GermanAnalysis;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/**
 * OpenSearch plugin that registers the German analysis of {@code analyzers/} under stable names:
 * the analyzers {@value #INDEX_ANALYZER}, {@value #EXACT_ANALYZER} and {@value #QUERY_ANALYZER},
 * and the token filter {@value #COMPOUND_SPLIT_FILTER}.
 *
 * <p>Each name runs the very {@link GermanAnalysis} analyzer the embedded index uses, so a field
 * analysed on the cluster gets the same terms, positions and offsets. Every analyzer and the filter
 * accept the optional setting {@value GermanAnalysisSettings#VOCABULARY_PATH}: a folder of
 * vocabulary files, relative to the node's config folder, that extends the built-in vocabulary as
 * {@code SMARTCITY_SEARCH_VOCABULARY_DIR} does for the command line.
 */
public final class SmartCityAnalysisPlugin extends Plugin implements AnalysisPlugin {

  /**
   * The index-time analyzer: splits compounds and keeps the whole word ({@link
   * GermanAnalysis#indexAnalyzer()}).
   */
  public static final String INDEX_ANALYZER = "smartcity_german";

  /**
   * The non-splitting twin for the {@code _exact} fields ({@link GermanAnalysis#exactAnalyzer()}).
   */
  public static final String EXACT_ANALYZER = "smartcity_german_exact";

  /** The analyzer for query text ({@link GermanAnalysis#queryAnalyzer()}). */
  public static final String QUERY_ANALYZER = "smartcity_german_query";

  /** The compound splitting filter, for chains assembled in index settings. */
  public static final String COMPOUND_SPLIT_FILTER = "smartcity_german_compound_split";

  @Override
  public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
    return Map.of(
        INDEX_ANALYZER,
            (indexSettings, environment, name, settings) ->
                new GermanAnalyzerProvider(
                    indexSettings,
                    name,
                    settings,
                    GermanAnalysisSettings.analysis(environment, settings).indexAnalyzer()),
        EXACT_ANALYZER,
            (indexSettings, environment, name, settings) ->
                new GermanAnalyzerProvider(
                    indexSettings,
                    name,
                    settings,
                    GermanAnalysisSettings.analysis(environment, settings).exactAnalyzer()),
        QUERY_ANALYZER,
            (indexSettings, environment, name, settings) ->
                new GermanAnalyzerProvider(
                    indexSettings,
                    name,
                    settings,
                    GermanAnalysisSettings.analysis(environment, settings).queryAnalyzer()));
  }

  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    return Map.of(
        COMPOUND_SPLIT_FILTER,
        (indexSettings, environment, name, settings) ->
            new CompoundSplitTokenFilterFactory(
                indexSettings,
                name,
                settings,
                GermanAnalysisSettings.analysis(environment, settings).splitter()));
  }
}
