package de.smartcitysearch.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import de.smartcitysearch.analysis.AnalyzedToken;
import de.smartcitysearch.analysis.GermanAnalysis;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.lucene.analysis.Analyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code analyze}: prints, as JSON, the tokens the German analysis makes of a text. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Print the tokens the German analysis makes of TEXT as JSON:",
      "{\"tokens\":[{\"term\",\"start\",\"end\",\"position\",\"type\"}]}.",
      "A folder of extra vocabulary files is read from the system property smartcity.search.vocabulary.dir"
          + " or the environment variable SMARTCITY_SEARCH_VOCABULARY_DIR."
    })
final class AnalyzeCommand implements Callable<Integer> {

  /** Which chain to run. */
  enum Chain {
    index,
    exact,
    query
  }

  private static final Gson GSON =
      new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create();

  @Spec private CommandSpec spec;

  @Option(
      names = "--analyzer",
      defaultValue = "index",
      paramLabel = "index|exact|query",
      description =
          "index (splits compounds), exact (no splitting) or query (as the query builder analyses words);"
              + " default: ${DEFAULT-VALUE}")
  private Chain chain;

  @Parameters(
      arity = "1..*",
      paramLabel = "TEXT",
      description = "the text to analyse (several arguments are joined by spaces)")
  private List<String> text;

  @Override
  public Integer call() {
    GermanAnalysis analysis;
    try {
      analysis = GermanAnalysis.fromEnvironment();
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("analyze: " + e.getMessage());
      return 2;
    }
    Analyzer analyzer =
        switch (chain) {
          case index -> analysis.indexAnalyzer();
          case exact -> analysis.exactAnalyzer();
          case query -> analysis.queryAnalyzer();
        };
    List<AnalyzedToken> tokens = AnalyzedToken.of(analyzer, String.join(" ", text));
    PrintWriter out = spec.commandLine().getOut();
    out.println(GSON.toJson(Map.of("tokens", tokens)));
    out.flush();
    return 0;
  }
}
