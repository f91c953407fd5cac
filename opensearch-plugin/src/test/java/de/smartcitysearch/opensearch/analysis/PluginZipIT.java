package de.smartcitysearch.opensearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensearch.common.bootstrap.JarHell;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.util.io.IOUtils;
import org.opensearch.env.Environment;
import org.opensearch.indices.analysis.AnalysisModule;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.plugins.PluginsService;

/**
 * The packaged zip is a plugin OpenSearch accepts: it unpacks to a valid descriptor and jars,
 * passes the checks {@code opensearch-plugin install} makes (version compatibility, jar hell
 * against the node's class path), carries the word list and its licences but no Lucene or
 * OpenSearch classes, and, loaded from a plugins folder the way a node loads it, provides the
 * German analyzers.
 *
 * <p>Runs after packaging (failsafe), on a class path without this module's classes and the
 * analyzers and jWordSplitter jars, so everything the plugin needs must come from the zip.
 */
class PluginZipIT {

  private static final String NAME = System.getProperty("opensearch.plugin.name");

  // constants, inlined by the compiler: the plugin's classes are not on this class path
  private static final String INDEX_ANALYZER = SmartCityAnalysisPlugin.INDEX_ANALYZER;
  private static final String EXACT_ANALYZER = SmartCityAnalysisPlugin.EXACT_ANALYZER;

  private static Path zip;

  @TempDir Path home;

  @BeforeAll
  static void findZip() {
    zip = Path.of(System.getProperty("opensearch.plugin.zip"));
    assertTrue(Files.isRegularFile(zip), "plugin zip not built: " + zip);
  }

  @Test
  void theTestClassPathDoesNotHoldThePluginItself() {
    // otherwise the node-like load below could pass on classes that are not in the zip
    assertFalse(canLoad("de.smartcitysearch.opensearch.analysis.SmartCityAnalysisPlugin"));
    assertFalse(canLoad("de.smartcitysearch.analysis.GermanAnalysis"));
    assertFalse(canLoad("de.danielnaber.jwordsplitter.GermanWordSplitter"));
  }

  @Test
  void theZipHoldsTheDescriptorTheJarsTheWordListAndItsLicencesButNoLuceneOrOpenSearch()
      throws Exception {
    Path plugin = unzip(home.resolve("unpacked"));
    PluginInfo info = PluginInfo.readFromProperties(plugin);
    assertEquals(NAME, info.getName());
    assertEquals(
        "de.smartcitysearch.opensearch.analysis.SmartCityAnalysisPlugin", info.getClassname());
    PluginsService.verifyCompatibility(info);

    Set<String> entries = new HashSet<>();
    List<Path> jars = jars(plugin);
    for (Path jar : jars) {
      try (JarFile file = new JarFile(jar.toFile())) {
        file.stream().map(ZipEntry::getName).forEach(entries::add);
      }
    }
    assertTrue(
        entries.contains("de/danielnaber/jwordsplitter/wordsGerman.txt"),
        "jWordSplitter's German word list");
    assertTrue(
        entries.contains("de/smartcitysearch/analysis/vocabulary/compound-words.txt"),
        "the domain vocabulary");
    assertTrue(
        entries.contains("de/smartcitysearch/opensearch/analysis/SmartCityAnalysisPlugin.class"));
    assertTrue(
        entries.stream()
            .noneMatch(e -> e.startsWith("org/apache/lucene/") || e.startsWith("org/opensearch/")),
        "the node's own Lucene and OpenSearch must not be packaged");
    String notice = Files.readString(plugin.resolve("licenses/jwordsplitter-NOTICE.txt"));
    assertTrue(notice.contains("CC BY-SA 4.0") && notice.contains("wordsGerman.txt"), notice);
    assertTrue(
        Files.readString(plugin.resolve("licenses/jwordsplitter-LICENSE.txt"))
            .contains("Apache License"));
    assertTrue(Files.readString(plugin.resolve("NOTICE.txt")).contains("jWordSplitter"));
  }

  @Test
  void thePluginPassesTheInstallersJarHellCheckAgainstTheNodesClassPath() throws Exception {
    Path plugins = Files.createDirectories(home.resolve("plugins"));
    Path modules = Files.createDirectories(home.resolve("modules"));
    Path plugin = unzip(plugins.resolve(".installing-" + NAME));
    Set<URL> classPath = JarHell.parseClassPath();
    PluginsService.checkJarHellForPlugin(
        classPath, PluginInfo.readFromProperties(plugin), plugin, plugins, modules);
  }

  @Test
  void loadedFromAPluginsFolderItSplitsCompoundsWithTheWholeWordsOffsetsAndPosition()
      throws Exception {
    Path plugins = Files.createDirectories(home.resolve("plugins"));
    Files.createDirectories(home.resolve("config"));
    unzip(plugins.resolve(NAME));
    Settings settings =
        Settings.builder().put(Environment.PATH_HOME_SETTING.getKey(), home.toString()).build();
    Environment environment = new Environment(settings, home.resolve("config"));

    PluginsService pluginsService =
        new PluginsService(
            settings, environment.configDir(), null, environment.pluginsDir(), List.of());
    List<AnalysisPlugin> analysisPlugins = pluginsService.filterPlugins(AnalysisPlugin.class);
    assertEquals(1, analysisPlugins.size());
    assertNotSame(
        ClassLoader.getSystemClassLoader(),
        analysisPlugins.get(0).getClass().getClassLoader(),
        "loaded by the plugin's own class loader from the unpacked zip");

    AnalysisModule module = new AnalysisModule(environment, analysisPlugins);
    Analyzer german = module.getAnalysisRegistry().getAnalyzer(INDEX_ANALYZER);
    Analyzer exact = module.getAnalysisRegistry().getAnalyzer(EXACT_ANALYZER);
    try {
      List<String[]> tokens = tokens(german, "Datenplattformen");
      assertTrue(tokens.size() > 1, "a compound gives the whole word and its parts");
      for (String[] token : tokens) {
        assertEquals(
            "0-16@0",
            token[1],
            "every part has the whole word's offsets and position: " + String.join(" ", token));
      }
      assertEquals("<COMPOUND_PART>", tokens.get(tokens.size() - 1)[2]);
      assertEquals(1, tokens(exact, "Datenplattformen").size(), "the exact twin does not split");
    } finally {
      IOUtils.close(module.getAnalysisRegistry());
    }
  }

  /** Term, "start-end@position", type of each token. */
  private static List<String[]> tokens(Analyzer analyzer, String text) throws IOException {
    List<String[]> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(
            new String[] {
              term.toString(),
              offset.startOffset() + "-" + offset.endOffset() + "@" + position,
              type.type()
            });
      }
      stream.end();
    }
    return tokens;
  }

  /** Unpacks the zip into {@code target} as the installer does, refusing entries that leave it. */
  private static Path unzip(Path target) throws IOException {
    Files.createDirectories(target);
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        Path file = target.resolve(entry.getName()).normalize();
        assertTrue(
            file.startsWith(target), "zip entry outside the plugin folder: " + entry.getName());
        if (entry.isDirectory()) {
          Files.createDirectories(file);
        } else {
          Files.createDirectories(file.getParent());
          Files.copy(in, file);
        }
      }
    }
    assertTrue(
        Files.isRegularFile(target.resolve("plugin-descriptor.properties")),
        "descriptor at the top level");
    return target;
  }

  private static List<Path> jars(Path plugin) throws IOException {
    try (Stream<Path> files = Files.list(plugin)) {
      return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
    }
  }

  private static boolean canLoad(String className) {
    try (InputStream in =
        PluginZipIT.class
            .getClassLoader()
            .getResourceAsStream(className.replace('.', '/') + ".class")) {
      return in != null;
    } catch (IOException e) {
      return false;
    }
  }
}
