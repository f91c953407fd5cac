package de.smartcitysearch.index;

import java.io.IOException;
import java.nio.file.Path;

/** Another indexer holds the write lock of the index. */
public final class IndexInUseException extends IOException {

  public IndexInUseException(Path indexDir, Throwable cause) {
    super("index " + indexDir + " is in use by another indexer", cause);
  }
}
