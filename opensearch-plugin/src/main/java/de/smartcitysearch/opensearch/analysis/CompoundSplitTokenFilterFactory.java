package de.smartcitysearch.opensearch.analysis;

import de.smartcitysearch.analysis.CompoundSplitFilter;
import de.smartcitysearch.analysis.CompoundSplitter;
import org.apache.lucene.analysis.TokenStream;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;

/**
 * The compound splitting filter ({@link CompoundSplitFilter}) for analyzers assembled in index
 * settings.
 *
 * <p>As in the built-in chain, place it after {@code lowercase} and before {@code
 * german_normalization}: the word list has umlauts. Parts follow the whole word at its position,
 * with its offsets, typed {@value CompoundSplitFilter#PART_TYPE}.
 */
final class CompoundSplitTokenFilterFactory extends AbstractTokenFilterFactory {

  private final CompoundSplitter splitter;

  CompoundSplitTokenFilterFactory(
      IndexSettings indexSettings, String name, Settings settings, CompoundSplitter splitter) {
    super(indexSettings, name, settings);
    this.splitter = splitter;
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new CompoundSplitFilter(input, splitter);
  }
}
