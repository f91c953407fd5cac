package de.smartcitysearch.analysis;

import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/**
 * The German analysis of this product: the compound-splitting index analyzer, the exact analyzer,
 * the query-time synonyms and the compound-aware query builder, all sharing one compound splitter.
 *
 * <p>Instances are immutable and thread-safe; create one per application (the splitter loads a word
 * list of about 60,000 words) and share it.
 */
public final class GermanAnalysis {

  /**
   * System property naming a folder with the user's vocabulary files (see {@code package-info}).
   */
  public static final String VOCABULARY_DIR_PROPERTY = "smartcity.search.vocabulary.dir";

  /**
   * Environment variable naming a folder with the user's vocabulary files (see {@code
   * package-info}).
   */
  public static final String VOCABULARY_DIR_ENV = "SMARTCITY_SEARCH_VOCABULARY_DIR";

  private static volatile GermanAnalysis defaults;

  private final CompoundSplitter splitter;
  private final SynonymCatalog synonyms;
  private final Analyzer index;
  private final Analyzer exact;
  private final Analyzer words;

  private GermanAnalysis(GermanVocabulary vocabulary) {
    this.splitter = new CompoundSplitter(vocabulary);
    this.synonyms = new SynonymCatalog(vocabulary.synonyms);
    this.index = new GermanTextAnalyzer(GermanTextAnalyzer.Variant.INDEX, splitter);
    this.exact = new GermanTextAnalyzer(GermanTextAnalyzer.Variant.EXACT, splitter);
    this.words = new GermanTextAnalyzer(GermanTextAnalyzer.Variant.WORDS, splitter);
  }

  /** The analysis with the built-in vocabulary (one shared instance). */
  public static GermanAnalysis defaults() {
    GermanAnalysis result = defaults;
    if (result == null) {
      synchronized (GermanAnalysis.class) {
        result = defaults;
        if (result == null) {
          result = new GermanAnalysis(GermanVocabulary.load(null));
          defaults = result;
        }
      }
    }
    return result;
  }

  /**
   * The built-in vocabulary extended by the files in {@code dir} ({@code compound-words.txt},
   * {@code never-split.txt}, {@code compound-splits.txt}, {@code synonyms.txt}; each optional).
   *
   * @throws IllegalArgumentException if {@code dir} is not a folder or a file has a malformed line
   *     (the message names the file and line)
   */
  public static GermanAnalysis withUserVocabulary(Path dir) {
    if (dir == null) {
      throw new IllegalArgumentException("vocabulary folder must not be null");
    }
    return new GermanAnalysis(GermanVocabulary.load(dir));
  }

  /**
   * The analysis configured by the environment: the folder named by the system property {@value
   * #VOCABULARY_DIR_PROPERTY} or else the environment variable {@value #VOCABULARY_DIR_ENV}; the
   * built-in vocabulary when neither is set.
   */
  public static GermanAnalysis fromEnvironment() {
    String dir = System.getProperty(VOCABULARY_DIR_PROPERTY);
    if (dir == null || dir.isBlank()) {
      dir = System.getenv(VOCABULARY_DIR_ENV);
    }
    return dir == null || dir.isBlank() ? defaults() : withUserVocabulary(Path.of(dir));
  }

  /** Analyzer for running text at index time: splits compounds, keeps the whole word. */
  public Analyzer indexAnalyzer() {
    return index;
  }

  /** Analyzer without compound splitting, for the field that lets the exact spelling rank first. */
  public Analyzer exactAnalyzer() {
    return exact;
  }

  /**
   * The words of a text as the other analyzers cut it, before any filter (hyphenated words stay one
   * word, written with U+2027 instead of the hyphen). Every filter of {@link #indexAnalyzer()} and
   * {@link #exactAnalyzer()} works on one such word at a time, so analysing a word alone gives the
   * terms the analyzer gives it inside the text: a caller can analyse each distinct word once and
   * reuse the result.
   */
  public Analyzer wordAnalyzer() {
    return words;
  }

  /**
   * Analyzer for query text, safe to give to Lucene's {@code QueryBuilder}/{@code QueryParser}: the
   * exact chain, which never splits compounds (hyphenated and CamelCase words become a graph of the
   * whole word and its parts, which {@code QueryBuilder} turns into "whole OR parts as a phrase").
   */
  public Analyzer queryAnalyzer() {
    return exact;
  }

  /** The acronyms and synonyms applied at query time. */
  public SynonymCatalog synonyms() {
    return synonyms;
  }

  /** The shared compound splitter. */
  public CompoundSplitter splitter() {
    return splitter;
  }

  /**
   * A query builder over the given fields; every field {@code f} is expected to have a twin {@code
   * f + "_exact"} analysed with {@link #exactAnalyzer()}, weighted {@code exactBoost} times more.
   */
  public CompoundAwareQueryBuilder queryBuilder(Map<String, Float> fieldWeights, float exactBoost) {
    return new CompoundAwareQueryBuilder(this, fieldWeights, exactBoost);
  }
}
