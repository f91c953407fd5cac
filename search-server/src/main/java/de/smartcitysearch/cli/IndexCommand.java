package de.smartcitysearch.cli;

import de.smartcitysearch.analysis.GermanAnalysis;
import de.smartcitysearch.cluster.SearchCluster;
import de.smartcitysearch.enrich.GazetteerFormatException;
import de.smartcitysearch.extract.ExtractionLimits;
import de.smartcitysearch.extract.InputOptions;
import de.smartcitysearch.extract.PageEnricher;
import de.smartcitysearch.index.ConsoleProgress;
import de.smartcitysearch.index.EventIndexer;
import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.index.EventStore;
import de.smartcitysearch.index.IndexInUseException;
import de.smartcitysearch.index.IndexProgress;
import de.smartcitysearch.index.IndexRunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code index}: brings an event index up to date with files, folders, JSON Lines and OParl
 * meetings.
 */
@Command(
    name = "index",
    description = {
      "Index event pages incrementally: unchanged inputs are skipped, changed ones replaced.",
      "The index is a folder (--index) or an index in an OpenSearch cluster (--opensearch, --index-name) with the "
          + "smartcity-search analysis plugin on every node.",
      "Reads .txt (page dumps), .html/.htm, .pdf, .docx, .odt, JSON Lines (.jsonl, .ndjson, also .gz) "
          + "and .json files; each JSON record is an OParl meeting (\"type\" .../Meeting or "
          + "\"agendaItems\"), a council text (\"file_id\", \"text\") or an event page (\"id\", \"title\", \"text\").",
      "Exit code 0 when the run completed (inputs that could not be read are listed and skipped), "
          + "1 when the index could not be written (or the cluster not reached), 2 for bad arguments."
    },
    mixinStandardHelpOptions = true)
final class IndexCommand implements Callable<Integer> {

  @Option(
      names = "--input",
      required = true,
      arity = "1..*",
      paramLabel = "PATH",
      description = "Files or folders to index (folders recursively).")
  List<Path> inputs;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "The index folder (created if needed).")
  Path index;

  @Option(
      names = "--opensearch",
      paramLabel = "URL",
      description =
          "Index into this OpenSearch cluster instead of a folder (node URLs separated by commas).")
  String opensearch;

  @Option(
      names = "--index-name",
      paramLabel = "NAME",
      description = "The index in the cluster (with --opensearch).")
  String indexName;

  @Option(
      names = "--shards",
      paramLabel = "N",
      description = "Primary shards of a new cluster index (default: 1).")
  Integer shards;

  @Option(
      names = "--replicas",
      paramLabel = "N",
      description = "Replicas of a new cluster index, 0 on a single node (default: 1).")
  Integer replicas;

  @Option(
      names = "--gazetteer",
      paramLabel = "FILE",
      description =
          "Official municipality register (Destatis GV100AD) to use instead of the built-in gazetteer.")
  Path gazetteer;

  @Option(
      names = "--delete-missing",
      description =
          "Remove indexed sources that are not in the inputs (off: a partial input keeps the rest).")
  boolean deleteMissing;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Option(
      names = "--oparl-city",
      paramLabel = "NAME",
      description =
          "City of OParl meetings whose records name no locality (e.g. Karlsruhe for its council data).")
  String oparlCity;

  @Option(
      names = "--max-file-mb",
      paramLabel = "MB",
      defaultValue = "" + ExtractionLimits.DEFAULT_MAX_FILE_MB,
      description = "Skip documents larger than this (default: ${DEFAULT-VALUE}).")
  long maxFileMb;

  @Option(
      names = "--max-chars",
      paramLabel = "N",
      defaultValue = "" + ExtractionLimits.DEFAULT_MAX_CHARS,
      description =
          "Cut the text of a document after this many characters (default: ${DEFAULT-VALUE}).")
  int maxChars;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "" + ExtractionLimits.DEFAULT_TIMEOUT_SECONDS,
      description =
          "Give up reading and enriching a document after this long (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  @Override
  public Integer call() {
    if (maxFileMb <= 0 || maxChars <= 0 || timeoutSeconds <= 0) {
      System.err.println("index: --max-file-mb, --max-chars and --timeout must be positive");
      return 2;
    }
    if ((index == null) == (opensearch == null)) {
      System.err.println("index: give either --index DIR or --opensearch URL --index-name NAME");
      return 2;
    }
    if (opensearch != null && indexName == null) {
      System.err.println("index: --opensearch needs --index-name NAME (the index in the cluster)");
      return 2;
    }
    if (opensearch == null && (indexName != null || shards != null || replicas != null)) {
      System.err.println(
          "index: --index-name, --shards and --replicas are for a cluster; give --opensearch URL too");
      return 2;
    }
    if (gazetteer != null && !Files.isRegularFile(gazetteer)) {
      System.err.println("index: gazetteer " + gazetteer + " is not a readable file");
      return 2;
    }
    InputOptions options =
        new InputOptions(
            new ExtractionLimits(maxFileMb << 20, maxChars, Duration.ofSeconds(timeoutSeconds)),
            oparlCity);
    GermanAnalysis analysis = Searchers.analysis();
    PageEnricher enricher;
    try {
      enricher = Enrichers.create(new EnrichmentOptions(gazetteer), analysis);
    } catch (GazetteerFormatException e) {
      System.err.println("index: gazetteer " + gazetteer + ": " + e.getMessage());
      return 2;
    }
    EventIndexer indexer;
    if (opensearch == null) {
      indexer = new EventIndexer(index, new EventSchema(analysis), options);
    } else {
      Optional<SearchCluster> cluster = SearchCluster.installed();
      if (cluster.isEmpty()) {
        System.err.println(
            "index: this installation has no OpenSearch support (opensearch-backend is not on the"
                + " class path)");
        return 2;
      }
      EventStore.Opener store;
      try {
        store =
            cluster
                .get()
                .store(
                    opensearch,
                    indexName,
                    shards == null ? 1 : shards,
                    replicas == null ? 1 : replicas,
                    line -> System.err.println("index: " + line));
      } catch (IllegalArgumentException e) {
        System.err.println("index: " + e.getMessage());
        return 2;
      }
      indexer = new EventIndexer(store, options, Runtime.getRuntime().availableProcessors());
    }
    IndexProgress progress = ConsoleProgress.forTerminal(quiet); // the indexer closes it
    try {
      IndexRunSummary summary = indexer.index(inputs, enricher, deleteMissing, progress);
      System.out.println(summary.report(50));
      return 0;
    } catch (NoSuchFileException e) {
      System.err.println("index: input " + e.getFile() + " does not exist; nothing was changed");
      return 2;
    } catch (IndexInUseException e) {
      System.err.println("index: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      System.err.println(
          "index: "
              + e.getMessage()
              + (opensearch == null
                  ? "; the index keeps its previous state"
                  : "; the next run writes again what this one did not finish"));
      return 1;
    }
  }
}
