package de.smartcitysearch.bench.relevance;

import java.nio.file.Path;
import java.util.List;

/**
 * A collection as the suite runs it: the files the product's index command reads, and the judged
 * queries.
 *
 * @param name short name ("karlsruhe-meetings")
 * @param documents how the documents were made, one line for the report
 * @param inputs files handed to {@code smartcity-search index --input}
 * @param oparlCity the {@code --oparl-city} option, or null
 * @param documentCount how many event documents the inputs hold: the product's index must have
 *     exactly these
 * @param queries the judged queries
 * @param baseIndex a product index of some of the inputs to start from, or null: the index command
 *     is incremental (sources already in the index are skipped unread), so a collection that adds
 *     pages to another one's documents need not index those again
 */
record RelevanceCollection(
    String name,
    String documents,
    List<Path> inputs,
    String oparlCity,
    int documentCount,
    List<JudgedQuery> queries,
    Path baseIndex) {

  RelevanceCollection {
    inputs = List.copyOf(inputs);
    queries = List.copyOf(queries);
    if (queries.isEmpty()) {
      throw new IllegalStateException(
          "collection " + name + " has no queries: is the shared data complete?");
    }
  }
}
