package de.smartcitysearch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/**
 * The step before serving: make the index folder hold a current index of the input folder. The indexer's
 * incremental {@code EventIndexer} implements it; until that is wired, {@link #EXISTING_ONLY} serves an index
 * that was built beforehand and says so plainly when there is none.
 */
@FunctionalInterface
interface IndexPreparer {

  /**
   * Makes {@code index} a current index of {@code input} (creating or updating it as needed).
   *
   * @throws IllegalStateException with a message for the user when it cannot
   */
  void ensureFresh(Path input, Path index) throws IOException;

  /** Builds nothing: the index must already exist. */
  IndexPreparer EXISTING_ONLY = (input, index) -> {
    if (!hasIndex(index)) {
      throw new IllegalStateException("no search index in " + index.toAbsolutePath() + " and this build cannot"
          + " index " + input + " by itself yet; build the index first (smartcity-search index)");
    }
  };

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
