package de.smartcitysearch.cli;

import de.smartcitysearch.analysis.GermanAnalysis;
import de.smartcitysearch.cluster.SearchCluster;
import de.smartcitysearch.enrich.TopicTagger;
import de.smartcitysearch.extract.ExtractionLimits;
import de.smartcitysearch.extract.InputOptions;
import de.smartcitysearch.extract.PageEnricher;
import de.smartcitysearch.index.DocumentIngestion;
import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.index.IndexInUseException;
import de.smartcitysearch.search.SearchBackend;
import de.smartcitysearch.server.SearchServer;
import de.smartcitysearch.server.ServedIndex;
import de.smartcitysearch.server.ServerConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: makes sure the index is current, then serves the search API until SIGTERM or
 * Ctrl-C.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the search API (default: the seed pages, index in data/index, port 4567).")
final class ServeCommand implements Callable<Integer> {

  /** A body is held in the heap while it is read and handed on: at most a sixteenth of the heap. */
  private static final int HEAP_SHARE_OF_A_BODY = 16;

  /**
   * An answer with 100 hits and all facets is some 100 KB of objects: 100,000 of them would not fit
   * a small heap.
   */
  private static final int MAX_CACHED_ANSWERS = 100_000;

  @Spec CommandSpec spec;

  @Option(
      names = "--input",
      paramLabel = "DIR",
      description =
          "Folder of pages to index before serving (default: seeds/ of the installation).")
  Path input;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Index folder (default: data/index of the installation).")
  Path index;

  @Option(
      names = "--opensearch",
      paramLabel = "URL",
      description =
          "Serve the index of an OpenSearch cluster (node URLs separated by commas) instead of a folder;"
              + " with --index-name. Nothing is indexed at start: index --opensearch writes it.")
  String opensearch;

  @Option(
      names = "--index-name",
      paramLabel = "NAME",
      description = "The index in the cluster (with --opensearch).")
  String indexName;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "Port, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port = ServerConfig.DEFAULT_PORT;

  @Option(
      names = "--host",
      paramLabel = "ADDR",
      description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host = ServerConfig.DEFAULT_HOST;

  @Option(
      names = "--cors-origins",
      paramLabel = "LIST",
      split = ",",
      description = "Origins allowed to read the API from a browser (default: any).")
  List<String> corsOrigins = new ArrayList<>();

  @Option(
      names = "--frame-ancestors",
      paramLabel = "LIST",
      split = ",",
      description =
          "Sites allowed to show the pages in a frame, e.g. https://partner.example (default: 'self').")
  List<String> frameAncestors = new ArrayList<>();

  @Option(
      names = "--trusted-proxies",
      paramLabel = "LIST",
      split = ",",
      description =
          "Addresses of reverse proxies whose X-Forwarded-For names the client (default: none).")
  List<String> trustedProxies = new ArrayList<>();

  @Option(
      names = "--rate-limit",
      paramLabel = "N",
      defaultValue = "" + ServerConfig.RateLimit.DEFAULT_PER_SECOND,
      description =
          "Read requests per second per client, 0 for no limit (default: ${DEFAULT-VALUE}).")
  double rateLimit;

  @Option(
      names = "--rate-burst",
      paramLabel = "N",
      defaultValue = "" + ServerConfig.RateLimit.DEFAULT_BURST,
      description = "Requests a client may make at once after a pause (default: ${DEFAULT-VALUE}).")
  int rateBurst;

  @Option(
      names = "--max-body-kb",
      paramLabel = "KB",
      defaultValue = "" + ServerConfig.DEFAULT_MAX_BODY_KB,
      description = "Largest request body accepted, in KB (default: ${DEFAULT-VALUE}).")
  int maxBodyKb;

  @Option(
      names = "--cached-answers",
      paramLabel = "N",
      defaultValue = "" + ServerConfig.DEFAULT_CACHED_ANSWERS,
      description =
          "Search answers kept for repeated requests on the same index version and day, 0 for none "
              + "(default: ${DEFAULT-VALUE}).")
  int cachedAnswers;

  @Option(
      names = "--parse-heap-mb",
      paramLabel = "MB",
      defaultValue = "" + ExtractionLimits.DEFAULT_PARSE_HEAP_MB,
      description =
          "Heap of the child process each uploaded file is parsed in, in MB; a file that needs more is "
              + "refused (default: ${DEFAULT-VALUE}).")
  int parseHeapMb;

  @Option(
      names = "--cache-mb",
      paramLabel = "MB",
      defaultValue = "" + ServerConfig.DEFAULT_CACHE_MB,
      description =
          "Heap the kept search answers may take together, in MB (default: ${DEFAULT-VALUE}).")
  int cacheMb;

  @Option(
      names = "--idle-timeout",
      paramLabel = "SECONDS",
      defaultValue = "" + ServerConfig.Connections.DEFAULT_IDLE_SECONDS,
      description = "Close connections idle this long (default: ${DEFAULT-VALUE}).")
  int idleTimeoutSeconds;

  @Option(
      names = "--header-timeout",
      paramLabel = "SECONDS",
      defaultValue = "" + ServerConfig.Connections.DEFAULT_HEADER_SECONDS,
      description =
          "Answer 408 and close when a request's headers take longer (default: ${DEFAULT-VALUE}).")
  int headerTimeoutSeconds;

  @Option(
      names = "--max-connections-per-address",
      paramLabel = "N",
      defaultValue = "" + ServerConfig.Connections.DEFAULT_PER_ADDRESS,
      description =
          "Open connections one client address may hold, 0 for no limit; trusted proxies are not counted "
              + "(default: ${DEFAULT-VALUE}).")
  int connectionsPerAddress;

  /** The server settings from the options; a bad value is a usage error naming the option. */
  private ServerConfig config(String adminKey) {
    long maxBodyKbForHeap = (Runtime.getRuntime().maxMemory() >> 10) / HEAP_SHARE_OF_A_BODY;
    if (maxBodyKb < 1 || maxBodyKb > maxBodyKbForHeap) {
      throw new ParameterException(
          spec.commandLine(),
          "--max-body-kb must be between 1 and "
              + maxBodyKbForHeap
              + " (a sixteenth of the heap; more heap: SMARTCITY_SEARCH_HEAP), not "
              + maxBodyKb);
    }
    ServerConfig.RateLimit limit;
    try {
      limit =
          rateLimit == 0
              ? ServerConfig.RateLimit.OFF
              : new ServerConfig.RateLimit(rateLimit, rateBurst);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(), "--rate-limit/--rate-burst: " + e.getMessage());
    }
    long heapMb = Runtime.getRuntime().maxMemory() >> 20;
    if (cacheMb < 1 || cacheMb > heapMb / 4) {
      throw new ParameterException(
          spec.commandLine(),
          "--cache-mb must be between 1 and a quarter of the heap ("
              + heapMb / 4
              + " MB), not "
              + cacheMb);
    }
    if (cachedAnswers < 0 || cachedAnswers > MAX_CACHED_ANSWERS) {
      throw new ParameterException(
          spec.commandLine(),
          "--cached-answers must be between 0 and "
              + MAX_CACHED_ANSWERS
              + ", not "
              + cachedAnswers);
    }
    ServerConfig.Connections connections;
    try {
      connections =
          new ServerConfig.Connections(
              Duration.ofSeconds(idleTimeoutSeconds),
              Duration.ofSeconds(headerTimeoutSeconds),
              connectionsPerAddress);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(),
          "--idle-timeout/--header-timeout/--max-connections-per-address: " + e.getMessage());
    }
    return new ServerConfig(host, port, corsOrigins, adminKey, frameAncestors)
        .withTrustedProxies(trustedProxies)
        .withConnections(connections)
        .withRateLimit(limit)
        .withMaxBodyBytes(maxBodyKb * 1024)
        .withCachedAnswers(cachedAnswers)
        .withCachedAnswerBytes((long) cacheMb << 20)
        .withCuratorKey(System.getenv(ServerConfig.CURATOR_KEY_ENV));
  }

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new ParameterException(
          spec.commandLine(), "--port must be between 0 and 65535, not " + port);
    }
    String adminKey = System.getenv(ServerConfig.ADMIN_KEY_ENV);
    ServerConfig config = config(adminKey); // a bad option stops the command before any work
    if (opensearch != null || indexName != null) {
      return serveCluster(config);
    }
    Path input = this.input != null ? this.input : AppHome.resolve("seeds");
    Path index = this.index != null ? this.index : AppHome.resolve("data", "index");
    StartupWarmUp.begin(input); // while the analysis loads on this thread
    GermanAnalysis analysis = Searchers.analysis();
    EventSchema schema = new EventSchema(analysis);
    PageEnricher enricher = Enrichers.create(new EnrichmentOptions(null), analysis);
    if (parseHeapMb < 64 || parseHeapMb > 8192) {
      throw new ParameterException(
          spec.commandLine(), "--parse-heap-mb must be between 64 and 8192, not " + parseHeapMb);
    }
    InputOptions inputs =
        InputOptions.DEFAULTS; // the start-up run reads the operator's own folder, in this process
    // uploads come from outside: each file is parsed in a child JVM, so no file can take this
    // server's heap
    InputOptions uploads =
        new InputOptions(ExtractionLimits.DEFAULTS.withParseHeapMb(parseHeapMb), null);
    try {
      new IndexPreparer(schema, enricher, inputs).ensureFresh(input, index);
    } catch (IllegalStateException | IndexInUseException e) {
      System.err.println("serve: " + e.getMessage());
      return 2;
    }
    ServedIndex served;
    try {
      served = ServedIndex.open(index, schema, adminKey != null && !adminKey.isBlank());
    } catch (IllegalArgumentException e) {
      System.err.println("serve: " + e.getMessage());
      return 2;
    }
    SearchBackend searcher = Searchers.create(served.manager(), schema);
    StartupWarmUp.firstSearch(searcher); // while the HTTP server starts
    DocumentIngestion ingestion =
        served.writer() == null ? null : new DocumentIngestion(served.writer(), enricher, uploads);
    SearchServer server = new SearchServer(searcher, ingestion, config);
    return run(
        server,
        searcher,
        ingestion != null,
        config,
        () -> {
          if (ingestion != null) {
            ingestion.close();
          }
          served.close();
        });
  }

  /** {@code serve --opensearch URL --index-name NAME}: the cluster's index, read-only. */
  private int serveCluster(ServerConfig config) throws Exception {
    if (opensearch == null || indexName == null) {
      System.err.println("serve: --opensearch URL and --index-name NAME go together");
      return 2;
    }
    if (input != null || index != null) {
      System.err.println(
          "serve: --input and --index are for a folder; a cluster is written by index --opensearch");
      return 2;
    }
    Optional<SearchCluster> installed = SearchCluster.installed();
    if (installed.isEmpty()) {
      System.err.println(
          "serve: this installation has no OpenSearch support (opensearch-backend is not on the"
              + " class path)");
      return 2;
    }
    EventSchema schema = new EventSchema(Searchers.analysis());
    SearchCluster.ServedCluster served;
    try {
      served =
          installed
              .get()
              .serve(
                  opensearch,
                  indexName,
                  schema,
                  Searchers.places(),
                  TopicTagger.taxonomy(),
                  Clock.systemDefaultZone());
    } catch (IllegalArgumentException e) {
      System.err.println("serve: " + e.getMessage());
      return 2;
    }
    SearchBackend searcher = served.backend();
    try {
      searcher.indexState(); // an unreachable cluster or a missing index is said before listening
    } catch (RuntimeException e) {
      served.close();
      System.err.println("serve: " + e.getMessage());
      return 1;
    }
    // admin writes to a cluster go through index --opensearch: the server holds no writer
    return run(new SearchServer(searcher, null, config), searcher, false, config, served::close);
  }

  /** Closes what a served index holds. */
  @FunctionalInterface
  private interface Closing {
    void close() throws IOException;
  }

  /** Starts the server and runs until SIGTERM or Ctrl-C. */
  private int run(
      SearchServer server,
      SearchBackend searcher,
      boolean admin,
      ServerConfig config,
      Closing closing)
      throws Exception {
    int actualPort;
    try {
      actualPort = server.start();
    } catch (IllegalStateException e) {
      closing.close();
      System.err.println("serve: " + e.getMessage());
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close(); // lets running requests finish
                  try {
                    closing.close();
                  } catch (IOException e) {
                    System.err.println("serve: closing the index failed: " + e.getMessage());
                  }
                  System.out.println("serve: stopped");
                  stopped.countDown();
                },
                "serve-shutdown"));
    System.out.printf(
        "serve: %d documents on http://%s:%d/ (admin %s, curator %s)%n",
        searcher.indexState().documents(),
        host.equals("0.0.0.0") ? "localhost" : host,
        actualPort,
        admin ? "on" : "off",
        config.curatorKey() == null && config.adminKey() == null ? "off" : "on");
    System.out.printf(
        "serve: heap limit %d MB; uploaded files parsed in child processes of %d MB heap each, %d at a "
            + "time; bodies up to %d KB; search answers kept up to %d MB%n",
        Runtime.getRuntime().maxMemory() >> 20,
        parseHeapMb,
        ExtractionLimits.PARALLEL_CHILD_PARSES,
        maxBodyKb,
        cacheMb);
    System.out.flush();
    stopped.await();
    return 0;
  }
}
