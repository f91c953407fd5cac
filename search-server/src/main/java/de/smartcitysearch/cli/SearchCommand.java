package de.smartcitysearch.cli;

import de.smartcitysearch.document.DocumentKind;
import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.search.SearchBackend;
import de.smartcitysearch.search.SearchRequest;
import de.smartcitysearch.server.Json;
import de.smartcitysearch.server.ServedIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code search}: runs one search through the query core and prints exactly the JSON of {@code
 * /api/search}.
 */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description =
        "Search an index and print the answer as JSON, as GET /api/search gives it "
            + "(no query: all events, by start date).")
final class SearchCommand implements Callable<Integer> {

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Index folder (default: data/index of the installation).")
  Path index;

  @Option(
      names = "--type",
      paramLabel = "event|session",
      description = "Only events or only sessions (default: both for a query, events without one).")
  String type;

  @Option(
      names = "--size",
      paramLabel = "N",
      defaultValue = "10",
      description =
          "Hits to print, 1 to " + SearchRequest.MAX_SIZE + " (default: ${DEFAULT-VALUE}).")
  int size;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words to search for.")
  List<String> words = new ArrayList<>();

  @Override
  public Integer call() {
    if (size < 1 || size > SearchRequest.MAX_SIZE) {
      System.err.println(
          "search: --size must be between 1 and " + SearchRequest.MAX_SIZE + ", not " + size);
      return 2;
    }
    DocumentKind kind;
    try {
      kind = type == null ? null : DocumentKind.fromId(type);
    } catch (IllegalArgumentException e) {
      System.err.println("search: --type must be event or session, not '" + type + "'");
      return 2;
    }
    String text = String.join(" ", words).strip();
    if (text.length() > SearchRequest.MAX_QUERY_LENGTH) {
      System.err.println(
          "search: the query has "
              + text.length()
              + " characters; at most "
              + SearchRequest.MAX_QUERY_LENGTH);
      return 2;
    }
    boolean listing = text.isEmpty();
    SearchRequest request =
        SearchRequest.builder()
            .query(text)
            .sort(listing ? SearchRequest.SortOrder.DATE : null)
            .size(size)
            .kind(kind == null && listing ? DocumentKind.EVENT : kind)
            .build();
    Path folder = index != null ? index : AppHome.resolve("data", "index");
    try {
      if (!IndexPreparer.hasIndex(folder)) {
        System.err.println("search: no index at " + folder);
        return 2;
      }
      EventSchema schema = Searchers.schema();
      try (ServedIndex served = ServedIndex.open(folder, schema, false)) {
        SearchBackend searcher = Searchers.create(served.manager(), schema);
        System.out.println(Json.write(searcher.search(request)));
        return 0;
      }
    } catch (IOException e) {
      System.err.println(
          "search: cannot read the index at " + folder + " (" + e.getMessage() + ")");
      return 1;
    }
  }
}
