package de.smartcitysearch.bench.relevance;

import de.smartcitysearch.bench.query.ProductSearch;
import de.smartcitysearch.cli.SmartCitySearchCli;
import de.smartcitysearch.search.SearchRequest;
import de.smartcitysearch.search.SearchResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The product as a visitor meets it: {@code smartcity-search index} writes a real index on disk,
 * and the query core (configured as {@code serve} configures it) answers each query on a fixed day.
 */
final class ProductEngine implements AutoCloseable {

  private final ProductSearch search;

  private ProductEngine(ProductSearch search) {
    this.search = search;
  }

  /**
   * Runs the index command on the collection's inputs into {@code index} and opens the result.
   *
   * @throws IllegalStateException when the command fails
   */
  static ProductEngine index(RelevanceCollection collection, Path index, LocalDate today)
      throws IOException {
    if (collection.baseIndex() != null) {
      Files.createDirectories(index);
      try (Stream<Path> files = Files.list(collection.baseIndex())) {
        for (Path f : files.toList()) {
          Files.copy(f, index.resolve(f.getFileName()));
        }
      }
    }
    List<String> args = new ArrayList<>(List.of("index", "--quiet", "--index", index.toString()));
    if (collection.oparlCity() != null) {
      args.addAll(List.of("--oparl-city", collection.oparlCity()));
    }
    args.add("--input");
    collection.inputs().forEach(p -> args.add(p.toString()));
    int exit = SmartCitySearchCli.run(args.toArray(String[]::new));
    if (exit != 0) {
      throw new IllegalStateException(
          "smartcity-search " + String.join(" ", args) + " ended with exit code " + exit);
    }
    return new ProductEngine(ProductSearch.open(index, today));
  }

  /**
   * The first page of the answer, as the search page shows it. A program session counts as its
   * event: the judgements are about events, and a session is a way of finding one. A search that
   * throws is an answer too (the visitor gets an error page): it counts as no result and is
   * reported as an error, so the run goes on.
   */
  Ranking search(String query) throws IOException {
    SearchResponse answer;
    try {
      answer = search.searcher().search(SearchRequest.of(query));
    } catch (RuntimeException e) {
      return Ranking.failed(e.toString());
    }
    Set<String> events = new LinkedHashSet<>();
    for (SearchResponse.Hit hit : answer.hits()) {
      events.add(hit.document().event() != null ? hit.document().event().id() : hit.id());
    }
    return Ranking.of(List.copyOf(events), answer.total());
  }

  @Override
  public void close() throws IOException {
    search.close();
  }
}
