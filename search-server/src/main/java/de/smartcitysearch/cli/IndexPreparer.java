package de.smartcitysearch.cli;

import de.smartcitysearch.extract.InputOptions;
import de.smartcitysearch.extract.PageEnricher;
import de.smartcitysearch.index.EventIndexer;
import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.index.IndexProgress;
import de.smartcitysearch.index.IndexRunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/**
 * The step before serving: brings the index folder up to date with the input folder, incrementally
 * (only new and changed pages are read), or serves an existing index as it is when there is no
 * input folder.
 *
 * <p>Pages that vanished from the input stay in the index: documents added through the admin API
 * live in the same index and must survive a restart. {@code smartcity-search index
 * --delete-missing} removes them. Documents deleted through the admin API stay deleted while their
 * page is unchanged (the index keeps tombstones for them).
 */
final class IndexPreparer {

  private final EventSchema schema;
  private final PageEnricher enricher;
  private final InputOptions options;

  IndexPreparer(EventSchema schema, PageEnricher enricher, InputOptions options) {
    this.schema = schema;
    this.enricher = enricher;
    this.options = options;
  }

  /**
   * Makes {@code index} a current index of {@code input}.
   *
   * @throws IllegalStateException with a message for the user when there is neither an input nor an
   *     index
   */
  void ensureFresh(Path input, Path index) throws IOException {
    if (!Files.isDirectory(input)) {
      if (!hasIndex(index)) {
        throw new IllegalStateException(
            "no search index in "
                + index.toAbsolutePath()
                + " and no input folder "
                + input.toAbsolutePath()
                + " to build one from");
      }
      System.err.println("serve: no input folder " + input + "; serving the index as it is");
      return;
    }
    IndexRunSummary summary =
        new EventIndexer(index, schema, options)
            .index(List.of(input), enricher, false, IndexProgress.NONE);
    System.err.println("serve: indexed " + input + ": " + summary.report(10));
  }

  /** True when the folder holds a Lucene index. */
  static boolean hasIndex(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (FSDirectory dir = FSDirectory.open(folder)) {
      return DirectoryReader.indexExists(dir);
    }
  }
}
