package de.smartcitysearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.junit.jupiter.api.Test;

/**
 * The chain can be assembled by SPI names, as a Solr or OpenSearch schema would do it; assembled
 * with Lucene's FlattenGraphFilter and RemoveDuplicatesTokenFilter it gives exactly the tokens of
 * the optimised built-in chain.
 */
class CustomAnalyzerAssemblyTest {

  @Test
  void theSplittingFilterIsFoundByItsName() {
    assertEquals(
        CompoundSplitFilterFactory.class,
        TokenFilterFactory.lookupClass(CompoundSplitFilterFactory.NAME));
  }

  @Test
  void theChainAssembledByNameAnalysesLikeTheIndexAnalyzer() throws IOException {
    try (CustomAnalyzer byName =
        CustomAnalyzer.builder(new ClasspathResourceLoader(GermanAnalysis.class))
            .addCharFilter("mapping", "mapping", "hyphen-mapping.txt")
            .withTokenizer("standard")
            .addTokenFilter(
                "wordDelimiterGraph",
                "generateWordParts",
                "1",
                "generateNumberParts",
                "0",
                "splitOnCaseChange",
                "1",
                "splitOnNumerics",
                "0",
                "preserveOriginal",
                "1",
                "stemEnglishPossessive",
                "0",
                "adjustOffsets",
                "false")
            .addTokenFilter(
                "patternReplace", "pattern", "\u2027", "replacement", "-", "replace", "all")
            .addTokenFilter("flattenGraph")
            .addTokenFilter("lowercase")
            .addTokenFilter(CompoundSplitFilterFactory.NAME)
            .addTokenFilter(
                "stop",
                "words",
                "/org/apache/lucene/analysis/snowball/german_stop.txt",
                "format",
                "snowball")
            .addTokenFilter(NounStemGuardFilterFactory.NAME)
            .addTokenFilter("germanNormalization")
            .addTokenFilter("germanLightStem")
            .addTokenFilter("removeDuplicates")
            .build()) {
      for (String paragraph : SeedParagraphs.read()) {
        List<AnalyzedToken> expected =
            AnalysisTestSupport.tokens(GermanAnalysis.defaults().indexAnalyzer(), paragraph);
        assertEquals(expected, AnalysisTestSupport.tokens(byName, paragraph), paragraph);
      }
      assertEquals(
          List.of("kielregion", "kiel", "region", "datenplattform", "dat", "plattform"),
          AnalysisTestSupport.terms(byName, "KielRegion Datenplattformen"));
    }
  }
}
