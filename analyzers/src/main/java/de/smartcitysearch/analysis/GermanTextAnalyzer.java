package de.smartcitysearch.analysis;

import java.io.Reader;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The German chain in its variants: index (with compound splitting), exact (without; also the
 * query-side chain, since its word-delimiter graph is what Lucene's {@code QueryBuilder} expects),
 * and words (the chain cut short after its tokenizer).
 *
 * <p>Chain: hyphen to U+2027 (so UAX#29 keeps "Smart-City-Lösungen" one token) -> StandardTokenizer
 * -> WordDelimiterGraphFilter (hyphen and CamelCase parts plus the whole; only on tokens it would
 * change) -> back to "-" -> lowercase -> [compound splitting] -> German stop words -> the "st" of
 * nouns kept ({@link NounStemGuardFilter}) -> GermanNormalization -> GermanLightStem -> drop
 * duplicates at one position.
 */
final class GermanTextAnalyzer extends Analyzer {

  enum Variant {
    INDEX,
    EXACT,
    WORDS
  }

  static final int WORD_DELIMITER_FLAGS =
      WordDelimiterGraphFilter.GENERATE_WORD_PARTS
          | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE
          | WordDelimiterGraphFilter.PRESERVE_ORIGINAL;

  private static final Pattern WORD_HYPHEN_PATTERN =
      Pattern.compile(String.valueOf(WordHyphenCharFilter.WORD_HYPHEN));

  private final Variant variant;
  private final CompoundSplitter splitter;

  GermanTextAnalyzer(Variant variant, CompoundSplitter splitter) {
    this.variant = variant;
    this.splitter = splitter;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new WordHyphenCharFilter(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    if (variant == Variant.WORDS) {
      return new TokenStreamComponents(source);
    }
    // No FlattenGraphFilter: with these flags the graph is one side path whose tokens already
    // arrive in
    // index order (original first, parts after it); on the seeds plus 2 MB of Karlsruhe texts the
    // flattened and unflattened streams were identical, and flattening cost about a quarter of the
    // time.
    TokenStream result =
        new WordPartsCondition(
            source,
            in ->
                new PatternReplaceFilter(
                    new WordDelimiterGraphFilter(
                        in,
                        false,
                        WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE,
                        WORD_DELIMITER_FLAGS,
                        null),
                    WORD_HYPHEN_PATTERN,
                    "-",
                    true));
    result = new LowerCaseFilter(result);
    if (variant == Variant.INDEX) {
      result = new CompoundSplitFilter(result, splitter);
    }
    // after splitting, so a part that is a stop word ("gegen" in "Gegenstand") is dropped too
    result = new StopFilter(result, GermanAnalyzer.getDefaultStopSet());
    result = new NounStemGuardFilter(result, splitter.frequencies());
    result = new GermanNormalizationFilter(result);
    result = new GermanLightStemFilter(result);
    result = new SamePositionDuplicateFilter(result);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new GermanNormalizationFilter(new LowerCaseFilter(in));
  }
}
