package de.smartcitysearch.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Lucene SPI factory of {@link NounStemGuardFilter}, by the name {@value #NAME}, so a chain
 * assembled by names (CustomAnalyzer, a Solr or OpenSearch schema) keeps the "st" of "Dienst" as
 * the built-in chain does. Place it after the stop words and before {@code germanNormalization}.
 */
public final class NounStemGuardFilterFactory extends TokenFilterFactory {

  /** The stable SPI name. */
  public static final String NAME = "germanNounStemGuard";

  private final WordFrequencies frequencies;

  public NounStemGuardFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("unknown parameters for " + NAME + ": " + args);
    }
    this.frequencies = WordFrequencies.builtIn();
  }

  /** Required by Lucene's SPI loader; not for use. */
  public NounStemGuardFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new NounStemGuardFilter(input, frequencies);
  }
}
