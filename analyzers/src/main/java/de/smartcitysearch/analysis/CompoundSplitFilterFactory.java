package de.smartcitysearch.analysis;

import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Lucene SPI factory of {@link CompoundSplitFilter}, by the name {@value #NAME}, so the chain can
 * be assembled in {@code CustomAnalyzer} (and in a Solr or OpenSearch schema).
 *
 * <p>Optional argument {@code vocabularyDir}: a folder with the user's vocabulary files (see {@code
 * package-info}); without it the built-in vocabulary is used. Place the filter after lowercasing
 * and before {@code germanNormalization}.
 */
public final class CompoundSplitFilterFactory extends TokenFilterFactory {

  /** The stable SPI name. */
  public static final String NAME = "germanCompoundSplit";

  private final CompoundSplitter splitter;

  public CompoundSplitFilterFactory(Map<String, String> args) {
    super(args);
    String dir = get(args, "vocabularyDir");
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("unknown parameters for " + NAME + ": " + args);
    }
    GermanAnalysis analysis =
        dir == null ? GermanAnalysis.defaults() : GermanAnalysis.withUserVocabulary(Path.of(dir));
    this.splitter = analysis.splitter();
  }

  /** Required by Lucene's SPI loader; not for use. */
  public CompoundSplitFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new CompoundSplitFilter(input, splitter);
  }
}
