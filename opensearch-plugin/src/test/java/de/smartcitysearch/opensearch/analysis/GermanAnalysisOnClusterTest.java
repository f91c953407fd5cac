package de.smartcitysearch.opensearch.analysis;

import static de.smartcitysearch.opensearch.analysis.SmartCityAnalysisPlugin.COMPOUND_SPLIT_FILTER;
import static de.smartcitysearch.opensearch.analysis.SmartCityAnalysisPlugin.EXACT_ANALYZER;
import static de.smartcitysearch.opensearch.analysis.SmartCityAnalysisPlugin.INDEX_ANALYZER;
import static de.smartcitysearch.opensearch.analysis.SmartCityAnalysisPlugin.QUERY_ANALYZER;
import static org.opensearch.test.hamcrest.OpenSearchAssertions.assertAcked;
import static org.opensearch.test.hamcrest.OpenSearchAssertions.assertSearchHits;

import de.smartcitysearch.analysis.AnalyzedToken;
import de.smartcitysearch.analysis.CompoundSplitFilter;
import de.smartcitysearch.analysis.GermanAnalysis;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.junit.Test;
import org.opensearch.action.admin.indices.analyze.AnalyzeAction;
import org.opensearch.analysis.common.CommonAnalysisModulePlugin;
import org.opensearch.cluster.ClusterState;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.plugins.Plugin;
import org.opensearch.test.OpenSearchIntegTestCase;
import org.opensearch.test.OpenSearchIntegTestCase.ClusterScope;
import org.opensearch.test.OpenSearchIntegTestCase.Scope;

/**
 * On a real three-node cluster with the plugin loaded, the German analysis gives exactly the tokens
 * of the product's own analysis ({@link GermanAnalysis}, what {@code ./smartcity-search analyze}
 * prints), and an index of two shards with a replica each finds compounds by their parts.
 */
@ClusterScope(
    scope = Scope.SUITE,
    numDataNodes = 3,
    numClientNodes = 0,
    supportsDedicatedMasters = false)
public class GermanAnalysisOnClusterTest extends OpenSearchIntegTestCase {

  /** The sentence of issue 17: a plural compound, a CamelCase name and a three-part compound. */
  private static final String SAMPLE = "Datenplattformen KielRegion Hochwasserschutz";

  private static final String INDEX = "events";

  @Override
  protected Collection<Class<? extends Plugin>> nodePlugins() {
    // analysis-common is a module of every OpenSearch distribution (lowercase,
    // word_delimiter_graph, ...)
    return List.of(SmartCityAnalysisPlugin.class, CommonAnalysisModulePlugin.class);
  }

  @Test
  public void everyAnalyzerGivesTheProductsTokensForTheSampleSentence() throws IOException {
    createEventsIndex();
    GermanAnalysis product = GermanAnalysis.defaults();
    assertTrue(
        "the product splits the sample, so equal token lists are not two non-splitting chains agreeing",
        AnalyzedToken.of(product.indexAnalyzer(), SAMPLE).stream()
            .anyMatch(t -> t.type().equals(CompoundSplitFilter.PART_TYPE)));

    assertSameTokens(
        INDEX_ANALYZER,
        AnalyzedToken.of(product.indexAnalyzer(), SAMPLE),
        analyze(INDEX, INDEX_ANALYZER, SAMPLE));
    assertSameTokens(
        EXACT_ANALYZER,
        AnalyzedToken.of(product.exactAnalyzer(), SAMPLE),
        analyze(INDEX, EXACT_ANALYZER, SAMPLE));
    assertSameTokens(
        QUERY_ANALYZER,
        AnalyzedToken.of(product.queryAnalyzer(), SAMPLE),
        analyze(INDEX, QUERY_ANALYZER, SAMPLE));
    // without an index, as a node-wide analyzer
    assertSameTokens(
        "node-wide " + INDEX_ANALYZER,
        AnalyzedToken.of(product.indexAnalyzer(), SAMPLE),
        analyze(null, INDEX_ANALYZER, SAMPLE));
    // through the mapping of a field, which is what indexing uses
    assertSameTokens(
        "field text",
        AnalyzedToken.of(product.indexAnalyzer(), SAMPLE),
        toProductTokens(
            client().admin().indices().prepareAnalyze(INDEX, SAMPLE).setField("text").get()));
    assertSameTokens(
        "field text_exact",
        AnalyzedToken.of(product.exactAnalyzer(), SAMPLE),
        toProductTokens(
            client().admin().indices().prepareAnalyze(INDEX, SAMPLE).setField("text_exact").get()));
  }

  @Test
  public void theIndexAnalyzerGivesTheProductsTokensForEverySeedPage() throws IOException {
    Analyzer product = GermanAnalysis.defaults().indexAnalyzer();
    List<Path> pages = seedPages();
    assertFalse("no seed pages found", pages.isEmpty());
    for (Path page : pages) {
      String text = Files.readString(page, StandardCharsets.UTF_8);
      assertSameTokens(
          page.getFileName().toString(),
          AnalyzedToken.of(product, text),
          analyze(null, INDEX_ANALYZER, text));
    }
  }

  @Test
  public void theSplitFilterAssemblesTheIndexChainFromBuiltInParts() {
    assertAcked(
        prepareCreate("assembled")
            .setSettings(
                Settings.builder()
                    .put("index.number_of_shards", 1)
                    .put("index.number_of_replicas", 0)
                    .putList("analysis.char_filter.word_hyphen.mappings", "-=>\u2027")
                    .put("analysis.char_filter.word_hyphen.type", "mapping")
                    .put("analysis.filter.word_parts.type", "word_delimiter_graph")
                    .put("analysis.filter.word_parts.generate_word_parts", true)
                    .put("analysis.filter.word_parts.generate_number_parts", false)
                    .put("analysis.filter.word_parts.split_on_case_change", true)
                    .put("analysis.filter.word_parts.split_on_numerics", false)
                    .put("analysis.filter.word_parts.preserve_original", true)
                    .put("analysis.filter.word_parts.stem_english_possessive", false)
                    .put("analysis.filter.word_parts.adjust_offsets", false)
                    .put("analysis.filter.hyphen_back.type", "pattern_replace")
                    .put("analysis.filter.hyphen_back.pattern", "\u2027")
                    .put("analysis.filter.hyphen_back.replacement", "-")
                    .put("analysis.filter.german_stop.type", "stop")
                    .put("analysis.filter.german_stop.stopwords", "_german_")
                    .put("analysis.filter.german_light.type", "stemmer")
                    .put("analysis.filter.german_light.language", "light_german")
                    .put("analysis.analyzer.assembled.type", "custom")
                    .putList("analysis.analyzer.assembled.char_filter", "word_hyphen")
                    .put("analysis.analyzer.assembled.tokenizer", "standard")
                    .putList(
                        "analysis.analyzer.assembled.filter",
                        "word_parts",
                        "hyphen_back",
                        "flatten_graph",
                        "lowercase",
                        COMPOUND_SPLIT_FILTER,
                        "german_stop",
                        "german_normalization",
                        "german_light",
                        "remove_duplicates"))
            .get());
    Analyzer product = GermanAnalysis.defaults().indexAnalyzer();
    for (String text :
        List.of(
            SAMPLE,
            "Smart-City-Lösungen für die Stadtentwicklung",
            "Wissenstransfer und Beteiligungsplattform")) {
      assertSameTokens(
          text, AnalyzedToken.of(product, text), analyze("assembled", "assembled", text));
    }
  }

  @Test
  public void aVocabularyFolderInTheConfigFolderChangesTheSplitsLikeOnTheCommandLine()
      throws IOException {
    String neverSplit = "hochwasserschutz\n";
    for (Environment node : internalCluster().getInstances(Environment.class)) {
      Path dir = Files.createDirectories(node.configDir().resolve("smartcity-vocabulary"));
      Files.writeString(dir.resolve("never-split.txt"), neverSplit, StandardCharsets.UTF_8);
    }
    Path local = Files.createDirectories(createTempDir().resolve("vocabulary"));
    Files.writeString(local.resolve("never-split.txt"), neverSplit, StandardCharsets.UTF_8);
    List<AnalyzedToken> expected =
        AnalyzedToken.of(GermanAnalysis.withUserVocabulary(local).indexAnalyzer(), SAMPLE);
    assertNotEquals(
        "the vocabulary changes the sample's tokens",
        AnalyzedToken.of(GermanAnalysis.defaults().indexAnalyzer(), SAMPLE),
        expected);

    assertAcked(
        prepareCreate("own_vocabulary")
            .setSettings(
                Settings.builder()
                    .put("index.number_of_shards", 1)
                    .put("index.number_of_replicas", 0)
                    .put("analysis.analyzer.german_own.type", INDEX_ANALYZER)
                    .put("analysis.analyzer.german_own.vocabulary_path", "smartcity-vocabulary"))
            .get());
    assertSameTokens("german_own", expected, analyze("own_vocabulary", "german_own", SAMPLE));
  }

  @Test
  public void aMalformedVocabularyFileRejectsTheIndexWithFileAndLine() throws IOException {
    for (Environment node : internalCluster().getInstances(Environment.class)) {
      Path dir = Files.createDirectories(node.configDir().resolve("broken-vocabulary"));
      Files.writeString(
          dir.resolve("compound-splits.txt"),
          "# splits\nMessetagen Messe Tagen\n",
          StandardCharsets.UTF_8);
    }
    IllegalArgumentException e =
        expectThrows(
            IllegalArgumentException.class,
            () ->
                prepareCreate("broken")
                    .setSettings(
                        Settings.builder()
                            .put("analysis.analyzer.german_broken.type", INDEX_ANALYZER)
                            .put(
                                "analysis.analyzer.german_broken.vocabulary_path",
                                "broken-vocabulary"))
                    .get());
    assertTrue(e.getMessage(), e.getMessage().contains("compound-splits.txt line 2"));

    IllegalArgumentException outside =
        expectThrows(
            IllegalArgumentException.class,
            () ->
                prepareCreate("outside")
                    .setSettings(
                        Settings.builder()
                            .put("analysis.filter.split.type", COMPOUND_SPLIT_FILTER)
                            .put("analysis.filter.split.vocabulary_path", "../../etc"))
                    .get());
    assertTrue(outside.getMessage(), outside.getMessage().contains("inside the config folder"));
  }

  @Test
  public void twoShardsWithAReplicaEachFindCompoundsByTheirPartsButTheExactTwinDoesNot()
      throws IOException {
    createEventsIndex();
    ClusterState state = client().admin().cluster().prepareState().get().getState();
    assertEquals(3, state.nodes().getDataNodes().size());
    assertEquals(2, state.routingTable().index(INDEX).shards().size());
    assertEquals(
        4,
        state
            .routingTable()
            .index(INDEX)
            .shardsWithState(org.opensearch.cluster.routing.ShardRoutingState.STARTED)
            .size());

    indexEvent("kongress", "Kongress zu urbanen Datenplattformen in der KielRegion");
    indexEvent("plattform", "Eine Plattform für offene Daten");
    indexEvent("ostsee", "Hochwasserschutz an der Ostsee");
    refresh(INDEX);

    assertSearchHits(
        client().prepareSearch(INDEX).setQuery(QueryBuilders.matchQuery("text", "Plattform")).get(),
        "kongress",
        "plattform");
    assertSearchHits(
        client()
            .prepareSearch(INDEX)
            .setQuery(QueryBuilders.matchQuery("text_exact", "Plattform"))
            .get(),
        "plattform");
    assertSearchHits(
        client().prepareSearch(INDEX).setQuery(QueryBuilders.matchQuery("text", "Kiel")).get(),
        "kongress");
    assertSearchHits(
        client().prepareSearch(INDEX).setQuery(QueryBuilders.matchQuery("text", "Wasser")).get(),
        "ostsee");
    assertSearchHits(
        client()
            .prepareSearch(INDEX)
            .setQuery(QueryBuilders.matchQuery("text_exact", "Wasser"))
            .get());
  }

  private void createEventsIndex() throws IOException {
    if (indexExists(INDEX)) {
      return;
    }
    assertAcked(
        prepareCreate(INDEX)
            .setSettings(
                Settings.builder()
                    .put("index.number_of_shards", 2)
                    .put("index.number_of_replicas", 1))
            .setMapping(
                "text",
                "type=text,analyzer=" + INDEX_ANALYZER,
                "text_exact",
                "type=text,analyzer=" + EXACT_ANALYZER)
            .get());
    ensureGreen(INDEX);
  }

  private static void indexEvent(String id, String text) {
    client()
        .prepareIndex(INDEX)
        .setId(id)
        .setSource(Map.of("text", text, "text_exact", text))
        .get();
  }

  /**
   * Equal token lists, or a failure naming the first token that differs (seed pages have
   * thousands).
   */
  private static void assertSameTokens(
      String what, List<AnalyzedToken> expected, List<AnalyzedToken> actual) {
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      assertEquals(what + ": token " + i, expected.get(i), actual.get(i));
    }
    assertEquals(what + ": number of tokens", expected.size(), actual.size());
  }

  /** The tokens of {@code _analyze}, in the product's form (term, offsets, position, type). */
  private static List<AnalyzedToken> analyze(String index, String analyzer, String text) {
    AnalyzeAction.Response response =
        (index == null
                ? client().admin().indices().prepareAnalyze(text)
                : client().admin().indices().prepareAnalyze(index, text))
            .setAnalyzer(analyzer)
            .get();
    return toProductTokens(response);
  }

  private static List<AnalyzedToken> toProductTokens(AnalyzeAction.Response response) {
    return response.getTokens().stream()
        .map(
            t ->
                new AnalyzedToken(
                    t.getTerm(),
                    t.getStartOffset(),
                    t.getEndOffset(),
                    t.getPosition(),
                    t.getType()))
        .toList();
  }

  private static List<Path> seedPages() throws IOException {
    Path seeds = Path.of(System.getProperty("project.root", "..")).resolve("seeds");
    try (Stream<Path> files = Files.list(seeds)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }
}
